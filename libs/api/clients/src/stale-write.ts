import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from '@carecircle/api/audit';
import { ApiError } from '@carecircle/api/platform';

/**
 * The CONFLICT error for a write based on an old version. Who made the newer change comes from the
 * audit trail (the last write recorded for the entity), so no "updated by" column is needed.
 */
export async function staleWriteError(
  manager: EntityManager,
  entity: { label: string; auditType: string },
  id: string,
  current: { version: number; updatedAt: Date },
): Promise<ApiError> {
  const last = await manager
    .getRepository(AuditEventEntity)
    .createQueryBuilder('ae')
    .innerJoin('staff_user', 'su', 'su.id = ae.actor_id')
    .select(['ae.actor_id AS "actorId"', 'su.display_name AS "actorName"', 'ae.occurred_at AS "occurredAt"'])
    .where('ae.entity_type = :type AND ae.entity_id = :id', { type: entity.auditType, id })
    .andWhere(`ae.action NOT IN ('READ', 'LIST')`)
    .orderBy('ae.id', 'DESC')
    .limit(1)
    .getRawOne<{ actorId: string; actorName: string; occurredAt: Date }>();
  return ApiError.staleWrite(entity.label, id, {
    version: current.version,
    changedById: last?.actorId ?? '',
    changedByName: last?.actorName ?? 'another staff member',
    changedAt: current.updatedAt,
  });
}
