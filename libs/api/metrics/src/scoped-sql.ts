import type { RequestContext } from '@carecircle/api/platform';
import type { ClientAccessPolicy } from '@carecircle/api/clients';

export interface ScopedSql {
  sql: string;
  params: unknown[];
}

/**
 * Builds one SQL statement over the caller's visible clients: the policy's scoped query becomes a
 * `scoped(id)` CTE and `:name` placeholders in `body` become positional parameters after the
 * policy's own. Aggregates stay in SQL; scoping stays in the one policy.
 */
export function scopedStatement(access: ClientAccessPolicy, ctx: RequestContext, body: string, named: Record<string, unknown>): ScopedSql {
  const [scopeSql, scopeParams] = access.visibleClientIdsQuery(ctx);
  const params: unknown[] = [...scopeParams];
  const positions = new Map<string, number>();
  const sql = body.replace(/(?<!:):([a-zA-Z_][a-zA-Z0-9_]*)/g, (_match, name: string) => {
    if (!(name in named)) throw new Error(`scopedStatement: no value for :${name}`);
    let position = positions.get(name);
    if (position === undefined) {
      params.push(named[name]);
      position = params.length;
      positions.set(name, position);
    }
    return `$${position}`;
  });
  return { sql: `WITH scoped AS (${scopeSql}) ${sql.trim().replace(/^WITH\s+/i, ', ')}`, params };
}
