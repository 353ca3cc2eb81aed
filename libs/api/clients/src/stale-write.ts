import type { EntityManager } from 'typeorm';
import { lastWriterOf } from '@carecircle/api/audit';
import { ApiError } from '@carecircle/api/platform';

/**
 * The CONFLICT error for a write based on an old version, naming who made the newer change (from
 * the audit trail) and when.
 */
export async function staleWriteError(
  manager: EntityManager,
  entity: { label: string; auditType: string },
  id: string,
  current: { version: number; updatedAt: Date },
): Promise<ApiError> {
  const writer = await lastWriterOf(manager, entity.auditType, id);
  return ApiError.staleWrite(entity.label, id, { version: current.version, changedAt: current.updatedAt, ...writer });
}
