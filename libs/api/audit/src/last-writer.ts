import type { EntityManager } from 'typeorm';

export interface LastWriter {
  changedById: string;
  changedByName: string;
}

/**
 * Who last wrote a record, from the audit trail (most records keep no "updated by" column). Used to
 * name the colleague in a stale-write conflict.
 */
export async function lastWriterOf(manager: EntityManager, entityType: string, entityId: string): Promise<LastWriter> {
  const rows: Array<{ actor_id: string; display_name: string | null }> = await manager.query(
    `SELECT a.actor_id, s.display_name
       FROM audit_event a LEFT JOIN staff_user s ON s.id = a.actor_id
      WHERE a.entity_type = $1 AND a.entity_id = $2 AND a.action NOT IN ('READ', 'LIST')
      ORDER BY a.id DESC
      LIMIT 1`,
    [entityType, entityId],
  );
  const row = rows[0];
  return { changedById: row?.actor_id ?? '', changedByName: row?.display_name ?? 'another staff member' };
}
