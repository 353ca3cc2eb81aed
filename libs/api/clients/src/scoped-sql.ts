import type { RequestContext } from '@carecircle/api/platform';
import type { ClientAccessPolicy } from './client-access.policy';

export interface ScopedSql {
  sql: string;
  params: unknown[];
}

/**
 * Builds one SQL statement over the caller's visible clients: the policy's scoped query becomes a
 * `scoped(id)` CTE and `:name` placeholders in `body` become positional parameters after the
 * policy's own. Aggregates stay in SQL; scoping stays in the one policy.
 *
 * `clientColumns` adds those `client` columns to `scoped`, under their own names, so a statement
 * that needs them reads `scoped` as its client table instead of joining `client` a second time.
 */
export function scopedStatement(
  access: ClientAccessPolicy,
  ctx: RequestContext,
  body: string,
  named: Record<string, unknown>,
  clientColumns: readonly string[] = [],
): ScopedSql {
  const [scopeSql, scopeParams] = clientColumns.length === 0 ? access.visibleClientIdsQuery(ctx) : visibleClientsWith(access, ctx, clientColumns);
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

function visibleClientsWith(access: ClientAccessPolicy, ctx: RequestContext, columns: readonly string[]): [string, unknown[]] {
  const query = access.visibleClients(ctx).select('client.id', 'id');
  for (const column of columns) {
    if (!/^[a-z_]+$/.test(column)) throw new Error(`scopedStatement: not a column name: ${column}`);
    query.addSelect(`client.${column}`, column);
  }
  return query.getQueryAndParameters();
}
