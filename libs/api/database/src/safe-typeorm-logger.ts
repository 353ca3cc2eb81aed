import type { Logger } from 'typeorm';

/** Blanks string literals and caps the length, so SQL text can be logged without the values written into it. */
function withoutLiterals(sql: string): string {
  const blanked = sql.replace(/'(?:[^']|'')*'/g, "'…'").replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '$$…$$');
  return blanked.length > 500 ? `${blanked.slice(0, 500)}…` : blanked;
}

/**
 * TypeORM's own loggers print a failed query with its parameters, which for CareCircle are a
 * client's notes, substances and ids. This one never receives them into a line: a failed query is
 * reported by the API's error handling (an error id, SQLSTATE and schema names only), so here it is
 * silent; a slow query is told by its SQL text with literals blanked; pool warnings go to stderr
 * without the error they wrap (its message can echo a value).
 */
export class SafeTypeormLogger implements Logger {
  constructor(private readonly slowQueryWarnings = true) {}

  logQuery(_query?: string, _parameters?: unknown[]): void {
    return undefined;
  }

  logQueryError(_error?: string | Error, _query?: string, _parameters?: unknown[]): void {
    return undefined;
  }

  logQuerySlow(time: number, query: string): void {
    if (!this.slowQueryWarnings) return;
    process.stderr.write(`${JSON.stringify({ level: 'warn', msg: 'Slow query', ms: time, sql: withoutLiterals(query) })}\n`);
  }

  logSchemaBuild(): void {
    return undefined;
  }

  logMigration(): void {
    return undefined;
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level !== 'warn') return;
    // TypeORM's warnings interpolate the error they wrap; its first words say what happened.
    const text = String(message).split(/[.:]/)[0] ?? '';
    process.stderr.write(`${JSON.stringify({ level: 'warn', msg: `Database: ${text.slice(0, 120)}` })}\n`);
  }
}
