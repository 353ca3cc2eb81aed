import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ApiError, type WriteContext } from '@carecircle/api/platform';

/** What every versioned table has: a version bumped on each write and who made the last one. */
export interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
}

/** How a record is named to the person whose write was stale, from its table name. */
function labelOf(ctx: WriteContext, entity: EntityTarget<Versioned>): string {
  const table = ctx.manager.connection.getMetadata(entity).tableName;
  return table === 'client' ? 'client record' : table.replace(/_/g, ' ');
}

/**
 * The CONFLICT error for a write based on an old version: names who made the newer change (the
 * row's `updated_by_id`) and when, so the person can look at it before retrying.
 */
export async function staleWriteError(ctx: WriteContext, entity: EntityTarget<Versioned>, current: Versioned): Promise<ApiError> {
  const rows = current.updatedById
    ? ((await ctx.manager.query('SELECT display_name FROM staff_user WHERE id = $1', [current.updatedById])) as Array<{ display_name: string }>)
    : [];
  return ApiError.staleWrite(labelOf(ctx, entity), current.id, {
    version: current.version,
    changedAt: current.updatedAt,
    changedById: current.updatedById ?? '',
    changedByName: rows[0]?.display_name ?? 'another staff member',
  });
}

/** Refuses early, before judging the rest of the input, when the caller's version is already old. */
export async function assertCurrentVersion<E extends Versioned>(ctx: WriteContext, entity: EntityTarget<E>, row: E, expectedVersion: number): Promise<void> {
  if (row.version !== expectedVersion) throw await staleWriteError(ctx, entity as EntityTarget<Versioned>, row);
}

/**
 * The one versioned update: `UPDATE … SET changes, updated_by = caller WHERE id = … AND version =
 * expected`. A concurrent write in between ends in the same CONFLICT as a stale version; the
 * version and `updated_at` move on with the write.
 */
export async function versionedUpdate<E extends Versioned>(
  ctx: WriteContext,
  entity: EntityTarget<E>,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<E, 'id' | 'version' | 'updatedAt' | 'updatedById'>>,
): Promise<void> {
  const result = await ctx.manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, updatedById: ctx.staffId } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 0) {
    const current = (await ctx.manager.getRepository(entity).findOneBy({ id } as never)) as E | null;
    if (!current) throw ApiError.notFound(labelOf(ctx, entity as EntityTarget<Versioned>), id);
    throw await staleWriteError(ctx, entity as EntityTarget<Versioned>, current);
  }
}
