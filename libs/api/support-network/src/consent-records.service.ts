import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { AuditAction, AuditEntityType, ConsentDecisionReason, ConsentRecipientKind, ConsentScope, type ConsentDecision } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { ClientAccessPolicy, type VisibleClientId, type VisibleClientIds } from '@carecircle/api/clients';
import { ConsentEntity } from './consent.entity';
import { ConsentService } from './consent.service';
import { SupportNetworkMemberEntity } from './support-network-member.entity';
import type { RecordConsentInput } from './record-consent.input';
import type { ConsentVersionArgs } from './consent-version.args';
import type { ConsentDecisionArgs } from './consent-decision.args';

const SCOPE_ORDER = Object.values(ConsentScope);

/** Consents on file: recording, revoking, listing, and the decision question for one client. */
@Injectable()
export class ConsentRecordsService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
    private readonly consentService: ConsentService,
  ) {}

  /** Every consent of a page of visible clients (revoked and expired included), newest first, in one query. */
  async consentsForClients(ctx: RequestContext, clientIds: VisibleClientIds): Promise<ConsentEntity[][]> {
    const rows = await this.consentsWhere(ctx.manager, 'consent.client_id IN (:...clientIds)', { clientIds });
    return groupByKey(clientIds, rows, (row) => row.clientId as VisibleClientId);
  }

  async record(ctx: WriteContext, input: RecordConsentInput): Promise<ConsentEntity> {
    const client = await this.access.findEditableClient(ctx, input.clientId);
    const today = this.clock.today();
    if (input.signedOn > today) {
      throw ApiError.inputProblems([{ field: 'signedOn', problem: `signedOn must be today (${today}) or earlier: record a consent once it is signed` }]);
    }
    const manager = ctx.manager;
    let recipientMemberId: string | null = null;
    if (input.recipientKind === ConsentRecipientKind.SUPPORT_NETWORK_MEMBER) {
      const member = await manager
        .getRepository(SupportNetworkMemberEntity)
        .findOneBy({ id: input.recipientMemberId ?? '', clientId: client.id, removedAt: IsNull() });
      if (!member) {
        const problem = "recipientMemberId must be a current member of this client's support network";
        throw ApiError.inputProblems([{ field: 'recipientMemberId', problem }]);
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
        informationDescription: input.informationDescription?.trim() || null,
        signedOn: input.signedOn,
        effectiveOn: input.effectiveOn,
        expiresOn: input.expiresOn ?? null,
        expiryEvent: input.expiryEvent?.trim() || null,
        revokedAt: null,
        revokedOn: null,
        recordedById: ctx.staffId,
        updatedById: ctx.staffId,
      }),
    );
    const fields = [
      'clientId',
      'recipientKind',
      ...(recipientMemberId ? ['recipientMemberId'] : []),
      ...(recipientOrganization ? ['recipientOrganization'] : []),
      'scopes',
      'purpose',
      ...(consent.informationDescription ? ['informationDescription'] : []),
      'signedOn',
      'effectiveOn',
      ...(consent.expiresOn ? ['expiresOn'] : []),
      ...(consent.expiryEvent ? ['expiryEvent'] : []),
    ];
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.CONSENT, [consent.id], fields);
    return this.loadOne(manager, consent.id);
  }

  /**
   * Records the client's revocation, dated as they gave it (today when no date is sent); it holds
   * from the moment it is recorded. A revocation is final: revoking again is refused, and nothing is deleted.
   */
  async revoke(ctx: WriteContext, { consentId, expectedVersion, revokedOn }: ConsentVersionArgs): Promise<ConsentEntity> {
    const repo = ctx.manager.getRepository(ConsentEntity);
    const consent = await repo.findOneBy({ id: consentId, organizationId: ctx.organizationId });
    if (!consent) throw ApiError.notFound(AuditEntityType.CONSENT, consentId);
    try {
      await this.access.findEditableClient(ctx, consent.clientId);
    } catch (error) {
      if (error instanceof ApiError && error.extensions['code'] === 'NOT_FOUND') throw ApiError.notFound(AuditEntityType.CONSENT, consentId);
      throw error;
    }
    if (consent.revokedAt) throw this.alreadyRevoked({ ...consent, revokedAt: consent.revokedAt });
    const today = this.clock.today();
    const dated = revokedOn ?? today;
    if (dated > today) {
      throw ApiError.inputProblems([{ field: 'revokedOn', problem: `revokedOn must be today (${today}) or earlier: record a revocation once it is given` }]);
    }
    if (dated < consent.signedOn) {
      throw ApiError.inputProblems([{ field: 'revokedOn', problem: `revokedOn must be on or after the day the consent was signed (${consent.signedOn})` }]);
    }
    await assertCurrentVersion(ctx, ConsentEntity, consent, expectedVersion);
    try {
      await versionedUpdate(ctx, ConsentEntity, consent.id, expectedVersion, { revokedAt: this.clock.now(), revokedOn: dated });
    } catch (error) {
      // Revoked by someone else in between: say so, as for a consent found revoked.
      const current = await repo.findOneBy({ id: consent.id });
      if (current?.revokedAt) throw this.alreadyRevoked({ ...current, revokedAt: current.revokedAt });
      throw error;
    }
    ctx.recordWrite(AuditAction.REVOKE, AuditEntityType.CONSENT, [consent.id], ['revokedAt', 'revokedOn']);
    return this.loadOne(ctx.manager, consent.id);
  }

  /**
   * "May this recipient see this category of the client's record today?" for the client's counselor
   * or supervisor, answered by ConsentService from the consents on file. The answer discloses part
   * of the client's record, so the client is recorded as read.
   */
  async decide(ctx: RequestContext, args: ConsentDecisionArgs): Promise<ConsentDecision> {
    const client = await this.access.findEditableClient(ctx, args.clientId);
    const recipientId = args.recipientKind === ConsentRecipientKind.PEER_SUPPORT_TEAM ? null : (args.recipientId ?? '').trim();
    const answers = await this.consentService.decide(ctx, [client.id], { kind: args.recipientKind, id: recipientId }, args.scope);
    ctx.recordRead(AuditEntityType.CLIENT, [client.id]);
    return answers.get(client.id) ?? { allowed: false, reason: ConsentDecisionReason.NO_CONSENT };
  }

  private alreadyRevoked(consent: ConsentEntity & { revokedAt: Date }): ApiError {
    const when = consent.revokedOn ?? consent.revokedAt.toISOString();
    return ApiError.conflict(`This consent was already revoked on ${when}; a revocation is final.`, {
      entity: 'consent',
      id: consent.id,
      revokedAt: consent.revokedAt.toISOString(),
      revokedOn: consent.revokedOn,
      currentVersion: consent.version,
    });
  }

  private async loadOne(manager: EntityManager, id: string): Promise<ConsentEntity> {
    const [consent] = await this.consentsWhere(manager, 'consent.id = :id', { id });
    if (!consent) throw ApiError.notFound(AuditEntityType.CONSENT, id);
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
