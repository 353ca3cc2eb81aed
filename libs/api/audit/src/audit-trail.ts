import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditEntityType, AuditOutcome } from '@carecircle/shared/domain';
import type { AuditRowDraft, RequestContext } from '@carecircle/api/platform';
import { AuditEventEntity } from './audit-event.entity';

const KNOWN_ENTITY_TYPES = new Set<string>(Object.values(AuditEntityType));

/** A refusal worth recording, as read from an error the request answered with. */
export interface Refusal {
  entity?: unknown;
  id?: unknown;
  operation: string;
}

/**
 * Writes audit rows. Every row of a request or of a write goes in one multi-row INSERT: a caseload
 * page of a hundred clients costs one statement, not one per field resolver.
 */
@Injectable()
export class AuditTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(ctx: RequestContext, rows: readonly AuditRowDraft[], manager: EntityManager): Promise<void> {
    const values = rows.flatMap((row) => {
      const actor = row.actor ?? ctx.principal;
      if (!actor) return [];
      return [
        {
          organizationId: actor.organizationId,
          actorId: actor.id,
          actorRole: actor.role,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          fields: row.fields,
          requestId: ctx.requestId,
          clientAddress: ctx.clientAddress,
          userAgent: ctx.userAgent,
          reason: ctx.reason,
          outcome: row.outcome,
        },
      ];
    });
    if (values.length === 0) return;
    await manager.createQueryBuilder().insert().into(AuditEventEntity).values(values).updateEntity(false).execute();
  }

  /**
   * At the end of a request: the reads collected outside any write and a DENIED row for each
   * refusal, in one statement outside any transaction, so a failed request cannot roll them back.
   */
  async finishRequest(ctx: RequestContext, refusals: readonly Refusal[]): Promise<void> {
    const denied: AuditRowDraft[] = refusals.map((refusal) => {
      const named = typeof refusal.entity === 'string' && KNOWN_ENTITY_TYPES.has(refusal.entity) && typeof refusal.id === 'string';
      return {
        action: AuditAction.READ,
        entityType: named ? (refusal.entity as AuditEntityType) : AuditEntityType.OPERATION,
        entityId: named ? (refusal.id as string) : refusal.operation,
        fields: null,
        outcome: AuditOutcome.DENIED,
      };
    });
    await this.insert(ctx, [...ctx.takeReads(), ...denied], this.dataSource.manager);
    const disclosures = ctx.takeDisclosures();
    if (disclosures.length && ctx.principal) {
      const principal = ctx.principal;
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into('disclosure', ['organization_id', 'client_id', 'consent_id', 'recipient_staff_id', 'information_kind', 'request_id'])
        .values(
          disclosures.map((d) => ({
            organization_id: principal.organizationId,
            client_id: d.clientId,
            consent_id: d.consentId,
            recipient_staff_id: principal.id,
            information_kind: d.informationKind,
            request_id: ctx.requestId,
          })),
        )
        .updateEntity(false)
        .execute();
    }
  }
}
