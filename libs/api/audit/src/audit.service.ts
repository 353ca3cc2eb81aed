import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  actor: { id: string; organizationId: string; role: StaffRole };
  requestId: string;
  action: string;
  entityType: string;
  entityIds: readonly string[];
  fields?: readonly string[];
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One INSERT for the whole entry, one row per entity. Pass the transaction's manager for writes
   * so the audit row and the change commit or roll back together.
   */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entry.entityIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(
        entry.entityIds.map((entityId) => ({
          organizationId: entry.actor.organizationId,
          actorId: entry.actor.id,
          actorRole: entry.actor.role,
          action: entry.action,
          entityType: entry.entityType,
          entityId,
          fields: entry.fields ? [...entry.fields] : null,
          requestId: entry.requestId,
        })),
      )
      .updateEntity(false)
      .execute();
  }
}
