import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ConsentDecisionReason, ConsentRecipientKind, ConsentScope, type ConsentDecision } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type StaffPrincipal } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { ClientAccessPolicy } from '@carecircle/api/clients';
import { ConsentEntity } from './consent.entity';
import { ConsentService } from './consent.service';
import { SupportNetworkMemberEntity } from './support-network-member.entity';
import type { RecordConsentInput } from './record-consent.input';
import type { ConsentVersionArgs } from './consent-version.args';
import type { ConsentDecisionArgs } from './consent-decision.args';
import { lastWriterOf } from '@carecircle/api/audit';

export const CONSENT_ENTITY_TYPE = 'Consent';
const SCOPE_ORDER = Object.values(ConsentScope);

/** Consents on file: recording, revoking, listing, and the decision question for one client. */
@Injectable()
export class ConsentRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly consentService: ConsentService,
  ) {}

  /** Every consent of many clients (revoked and expired included), newest first, in one query. */
  async consentsForClients(clientIds: readonly string[]): Promise<ConsentEntity[][]> {
    const rows = await this.consentsWhere(this.dataSource.manager, 'consent.client_id IN (:...clientIds)', { clientIds });
    return groupByKey(clientIds, rows, (row) => row.clientId);
  }

  record(me: StaffPrincipal, requestId: string, input: RecordConsentInput): Promise<ConsentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, input.clientId, manager);
      let recipientMemberId: string | null = null;
      if (input.recipientKind === ConsentRecipientKind.SUPPORT_NETWORK_MEMBER) {
        const member = await manager
          .getRepository(SupportNetworkMemberEntity)
          .findOneBy({ id: input.recipientMemberId ?? '', clientId: client.id, removedAt: IsNull() });
        if (!member) {
          const problem = "recipientMemberId must be a current member of this client's support network";
          throw ApiError.badInput(`Please correct the input: ${problem}.`, [{ field: 'recipientMemberId', problem }]);
        }
        recipientMemberId = member.id;
      }
      const recipientOrganization =
        input.recipientKind === ConsentRecipientKind.ORGANIZATION ? (input.recipientOrganization ?? '').trim() : null;
      const repo = manager.getRepository(ConsentEntity);
      const consent = await repo.save(
        repo.create({
          organizationId: client.organizationId,
          clientId: client.id,
          recipientKind: input.recipientKind,
          recipientMemberId,
          recipientOrganization,
          scopes: SCOPE_ORDER.filter((scope) => input.scopes.includes(scope)),
          purpose: input.purpose.trim(),
          effectiveOn: input.effectiveOn,
          expiresOn: input.expiresOn ?? null,
          revokedAt: null,
          recordedById: me.id,
        }),
      );
      const fields = [
        'clientId',
        'recipientKind',
        ...(recipientMemberId ? ['recipientMemberId'] : []),
        ...(recipientOrganization ? ['recipientOrganization'] : []),
        'scopes',
        'purpose',
        'effectiveOn',
        ...(consent.expiresOn ? ['expiresOn'] : []),
      ];
      await this.audit.record({ actor: me, requestId, action: 'CREATE', entityType: CONSENT_ENTITY_TYPE, entityIds: [consent.id], fields }, manager);
      return this.loadOne(manager, consent.id);
    });
  }

  /** Revokes from now on. A revocation is final: revoking again is refused, and nothing is deleted. */
  revoke(me: StaffPrincipal, requestId: string, { consentId, expectedVersion }: ConsentVersionArgs): Promise<ConsentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const consent = await manager.getRepository(ConsentEntity).findOneBy({ id: consentId, organizationId: me.organizationId });
      if (!consent) throw ApiError.notFound('Consent', consentId);
      try {
        await this.access.findEditableClient(me, consent.clientId, manager);
      } catch (error) {
        if (error instanceof ApiError && error.extensions['code'] === 'NOT_FOUND') throw ApiError.notFound('Consent', consentId);
        throw error;
      }
      if (consent.revokedAt) throw this.alreadyRevoked({ ...consent, revokedAt: consent.revokedAt });
      const result = await manager
        .createQueryBuilder()
        .update(ConsentEntity)
        .set({ revokedAt: this.clock.now() })
        .where('id = :id AND version = :expectedVersion AND revoked_at IS NULL', { id: consent.id, expectedVersion })
        .execute();
      if (!result.affected) {
        const current = await manager.getRepository(ConsentEntity).findOneByOrFail({ id: consent.id });
        if (current.revokedAt) throw this.alreadyRevoked({ ...current, revokedAt: current.revokedAt });
        const by = await lastWriterOf(manager, CONSENT_ENTITY_TYPE, consent.id);
        throw ApiError.staleWrite('consent', consent.id, { version: current.version, changedAt: current.updatedAt, ...by });
      }
      await this.audit.record(
        { actor: me, requestId, action: 'REVOKE', entityType: CONSENT_ENTITY_TYPE, entityIds: [consent.id], fields: ['revokedAt'] },
        manager,
      );
      return this.loadOne(manager, consent.id);
    });
  }

  /**
   * "May this recipient see this category of the client's record today?" for the client's counselor
   * or supervisor, answered by ConsentService from the consents on file.
   */
  async decide(me: StaffPrincipal, args: ConsentDecisionArgs): Promise<ConsentDecision> {
    const client = await this.access.findEditableClient(me, args.clientId, this.dataSource.manager);
    const recipientId = args.recipientKind === ConsentRecipientKind.PEER_SUPPORT_TEAM ? null : (args.recipientId ?? '').trim();
    const answers = await this.consentService.decide([client.id], { kind: args.recipientKind, id: recipientId }, args.scope);
    return answers.get(client.id) ?? { allowed: false, reason: ConsentDecisionReason.NO_CONSENT };
  }

  private alreadyRevoked(consent: ConsentEntity & { revokedAt: Date }): ApiError {
    return ApiError.conflict(`This consent was already revoked at ${consent.revokedAt.toISOString()}; a revocation is final.`, {
      entity: 'consent',
      id: consent.id,
      revokedAt: consent.revokedAt.toISOString(),
      currentVersion: consent.version,
    });
  }

  private async loadOne(manager: EntityManager, id: string): Promise<ConsentEntity> {
    const [consent] = await this.consentsWhere(manager, 'consent.id = :id', { id });
    if (!consent) throw ApiError.notFound('Consent', id);
    return consent;
  }

  private consentsWhere(manager: EntityManager, where: string, params: Record<string, unknown>): Promise<ConsentEntity[]> {
    return manager
      .getRepository(ConsentEntity)
      .createQueryBuilder('consent')
      .innerJoinAndSelect('consent.recordedBy', 'recorder')
      .leftJoinAndSelect('consent.recipientMember', 'member')
      .where(where, params)
      .orderBy('consent.effective_on', 'DESC')
      .addOrderBy('consent.created_at', 'DESC')
      .addOrderBy('consent.id', 'ASC')
      .getMany();
  }
}
