import type { Logger } from 'typeorm';

/**
 * Counts the SQL statements the API sends, so tests can prove a page costs a fixed number of
 * queries whatever its size. Plugged in as TypeORM's logger; logs nothing itself.
 */
export class QueryCounter implements Logger {
  private count = 0;
  readonly statements: string[] = [];

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  get total(): number {
    return this.count;
  }

  logQuery(query: string): void {
    if (/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query.trim())) return;
    this.count++;
    this.statements.push(query);
  }

  // The rest of TypeORM's logger interface: counting ignores these.
  logQueryError(): void {
    return undefined;
  }
  logQuerySlow(): void {
    return undefined;
  }
  logSchemaBuild(): void {
    return undefined;
  }
  logMigration(): void {
    return undefined;
  }
  log(): void {
    return undefined;
  }
}
