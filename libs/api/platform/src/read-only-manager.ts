import { QueryBuilder, type EntityManager } from 'typeorm';

const WRITING_CALLS = new Set([
  'save',
  'insert',
  'update',
  'upsert',
  'delete',
  'remove',
  'softDelete',
  'softRemove',
  'restore',
  'recover',
  'increment',
  'decrement',
  'clear',
  'transaction',
  'relation',
]);
const WRITING_SQL = /^\s*(WITH\b[\s\S]*\b)?(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|ALTER|CREATE|DROP|GRANT|REVOKE|COPY|CALL)\b/i;

/** Thrown when code outside the write path tries to change data. */
export class WriteOutsideWritePathError extends Error {
  constructor(what: string) {
    super(`${what} outside the write path: run the mutation in @Transaction() and write through its WriteContext`);
    this.name = 'WriteOutsideWritePathError';
  }
}

/**
 * Wraps `target` so that every call still works, except the ones that write; objects it hands out
 * (repositories, query builders, chained builders) are wrapped the same way.
 */
function guard<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === 'string' && WRITING_CALLS.has(property) && typeof Reflect.get(object, property) === 'function') {
        return () => {
          throw new WriteOutsideWritePathError(`${label}.${property}()`);
        };
      }
      if (property === 'query' && typeof Reflect.get(object, property) === 'function') {
        return (sql: string, ...rest: unknown[]) => {
          if (WRITING_SQL.test(sql)) throw new WriteOutsideWritePathError('A writing SQL statement');
          return (Reflect.get(object, property) as (...args: unknown[]) => unknown).call(object, sql, ...rest);
        };
      }
      if (property === 'manager' && label !== 'EntityManager') return guard(Reflect.get(object, property) as object, 'EntityManager');
      const value = Reflect.get(object, property) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (result instanceof QueryBuilder) return guard(result, 'QueryBuilder');
        if (property === 'getRepository' || property === 'getTreeRepository') return guard(result as object, 'Repository');
        return result;
      };
    },
  });
}

/**
 * The manager a request reads with outside the write path: it reads like any manager and refuses
 * every write, so a resolver or service that tries to change data without @Transaction() fails at
 * once instead of writing without a transaction or an audit row.
 */
export function readOnlyManager(manager: EntityManager): EntityManager {
  return guard(manager, 'EntityManager');
}
