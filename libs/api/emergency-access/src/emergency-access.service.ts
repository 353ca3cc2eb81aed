import { Injectable } from '@nestjs/common';
import { addMinutes } from 'date-fns';
import { AuditAction, AuditEntityType, AuditOutcome, EMERGENCY_ACCESS_MINUTES, StaffRole } from '@carecircle/shared/domain';
import { ApiError, ApiErrorCode, Clock, type RequestContext, type StaffPrincipal, type WriteContext } from '@carecircle/api/platform';
import { AuditEventEntity } from '@carecircle/api/audit';
import { ClientEntity, mayOpenInEmergency } from '@carecircle/api/clients';
import { ClientRestrictionEntity } from './client-restriction.entity';
import { EmergencyAccessEntity } from './emergency-access.entity';
import type { EmergencyAccessModel, EmergencyClientMatchModel } from './emergency-access.models';
import type { ClientRestrictionArgs, EmergencyAccessArgs, EmergencyLookupArgs } from './emergency-access.inputs';

/** How far back the list of recent emergency accesses looks, and how many it shows at most. */
const RECENT_DAYS = 30;
const RECENT_LIMIT = 200;

/**
 * Break-the-glass (42 CFR 2.51). Who may do what:
 * - mark or unmark a record restricted: a privacy officer (any client of the organization), or a
 *   supervisor whose team (or who themselves) is currently assigned to the client;
 * - open a restricted or out-of-scope record in an emergency: counselors and supervisors, with the
 *   nature of the emergency (and the recipient when information goes to medical personnel); the
 *   grant reads the record for EMERGENCY_ACCESS_MINUTES and never edits it (ClientAccessPolicy);
 * - see the emergency accesses of a client: its current care team, its supervisor (as above) and
 *   privacy officers; the recent list: supervisors (their team's clients) and privacy officers (all).
 * Peer workers and administrators do not open records in an emergency.
 */
@Injectable()
export class EmergencyAccessService {
  constructor(private readonly clock: Clock) {}

  async markRestricted(ctx: WriteContext, args: ClientRestrictionArgs): Promise<string> {
    const reason = requiredText(args.reason, 'reason');
    await this.assertMayChangeRestriction(ctx, args.clientId);
    const repo = ctx.manager.getRepository(ClientRestrictionEntity);
    if (await repo.exists({ where: { clientId: args.clientId } })) {
      throw ApiError.conflict('This record is already restricted.', { entity: AuditEntityType.CLIENT, id: args.clientId, reason: 'ALREADY_RESTRICTED' });
    }
    await repo.insert({ clientId: args.clientId, organizationId: ctx.organizationId, restrictedById: ctx.staffId, reason, restrictedAt: this.clock.now() });
    await this.audit(ctx, AuditAction.RESTRICT, AuditEntityType.CLIENT_RESTRICTION, args.clientId, args.clientId, reason, ['reason']);
    return args.clientId;
  }

  async unmarkRestricted(ctx: WriteContext, args: ClientRestrictionArgs): Promise<string> {
    const reason = requiredText(args.reason, 'reason');
    await this.assertMayChangeRestriction(ctx, args.clientId);
    const removed = await ctx.manager.getRepository(ClientRestrictionEntity).delete({ clientId: args.clientId, organizationId: ctx.organizationId });
    if (!removed.affected) {
      throw ApiError.conflict('This record is not restricted.', { entity: AuditEntityType.CLIENT, id: args.clientId, reason: 'NOT_RESTRICTED' });
    }
    await this.audit(ctx, AuditAction.UNRESTRICT, AuditEntityType.CLIENT_RESTRICTION, args.clientId, args.clientId, reason, ['reason']);
    return args.clientId;
  }

  /** Opens the record for reading for EMERGENCY_ACCESS_MINUTES, documented as §2.51 asks. */
  async requestEmergencyAccess(ctx: WriteContext, args: EmergencyAccessArgs): Promise<EmergencyAccessModel> {
    this.assertMayOpenInEmergency(ctx.staff);
    const nature = requiredText(args.natureOfEmergency, 'natureOfEmergency');
    const client = await this.clientOfOrganization(ctx, args.clientId);
    const grantedAt = this.clock.now();
    const row = await ctx.manager.getRepository(EmergencyAccessEntity).save({
      organizationId: ctx.organizationId,
      clientId: client.id,
      staffUserId: ctx.staffId,
      natureOfEmergency: nature,
      recipientName: optionalText(args.recipientName),
      recipientAffiliation: optionalText(args.recipientAffiliation),
      grantedAt,
      expiresAt: addMinutes(grantedAt, EMERGENCY_ACCESS_MINUTES),
      requestId: ctx.requestId,
    });
    const recipient = [row.recipientName, row.recipientAffiliation].filter(Boolean).join(', ');
    await this.audit(ctx, AuditAction.EMERGENCY_ACCESS, AuditEntityType.EMERGENCY_ACCESS, row.id, client.id, recipient ? `${nature} (information to ${recipient})` : nature, [
      'natureOfEmergency',
      'recipientName',
      'recipientAffiliation',
    ]);
    return toModel(row, client, ctx.staff.displayName);
  }

  /** Exact match on last name (case and spacing ignored) and date of birth, in the caller's organization; no browsing. */
  async findClientForEmergency(ctx: RequestContext, args: EmergencyLookupArgs): Promise<EmergencyClientMatchModel[]> {
    this.assertMayOpenInEmergency(ctx.staff);
    const lastName = requiredText(args.lastName, 'lastName');
    const normalized = (column: string) => `lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`;
    const rows: Array<{ id: string; first_name: string; last_name: string; date_of_birth: string; restricted: boolean }> = await ctx.manager.query(
      `SELECT c.id, c.first_name, c.last_name, c.date_of_birth::text AS date_of_birth,
              EXISTS (SELECT 1 FROM client_restriction cr WHERE cr.client_id = c.id) AS restricted
         FROM client c
        WHERE c.organization_id = $1 AND c.date_of_birth = $2::date AND ${normalized('c.last_name')} = ${normalized('$3')}
        ORDER BY c.last_name, c.first_name, c.id
        LIMIT 20`,
      [ctx.organizationId, args.dateOfBirth, lastName],
    );
    ctx.recordRead(
      AuditEntityType.CLIENT,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, dateOfBirth: r.date_of_birth, restricted: r.restricted }));
  }

  async forClient(ctx: RequestContext, clientId: string): Promise<EmergencyAccessModel[]> {
    await this.assertMayReview(ctx, clientId);
    const rows = await this.accesses(ctx).andWhere('ea.client_id = :clientId', { clientId }).getMany();
    ctx.recordRead(
      AuditEntityType.EMERGENCY_ACCESS,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toModel(r, r.client!, r.staffUser!.displayName));
  }

  /** Privacy officers: the organization's; supervisors: their team's clients'; anyone else: none. */
  async recent(ctx: RequestContext): Promise<EmergencyAccessModel[]> {
    const principal = ctx.staff;
    const qb = this.accesses(ctx).andWhere('ea.granted_at >= :since', { since: addMinutes(this.clock.now(), -RECENT_DAYS * 24 * 60) }).take(RECENT_LIMIT);
    if (!principal.isPrivacyOfficer) {
      if (principal.role !== StaffRole.SUPERVISOR) return [];
      qb.andWhere(`EXISTS (SELECT 1 FROM care_team_assignment cta WHERE cta.client_id = ea.client_id AND ${teamHolds('cta')})`, this.teamParams(ctx));
    }
    const rows = await qb.getMany();
    ctx.recordRead(
      AuditEntityType.EMERGENCY_ACCESS,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toModel(r, r.client!, r.staffUser!.displayName));
  }

  /** Whether each client is restricted, for the record's banner and buttons (one query per request). */
  async isRestricted(ctx: RequestContext, clientId: string): Promise<boolean> {
    const restricted = await ctx
      .loader<string, boolean>('emergency-access:restricted', async (ids) => {
        const rows = await ctx.manager
          .getRepository(ClientRestrictionEntity)
          .createQueryBuilder('cr')
          .select('cr.client_id', 'id')
          .where('cr.client_id IN (:...ids)', { ids: [...ids] })
          .getRawMany<{ id: string }>();
        const set = new Set(rows.map((r) => r.id));
        return ids.map((id) => set.has(id));
      })
      .load(clientId);
    return restricted;
  }

  /** When the caller's live emergency access to this client ends; null without one. */
  async accessUntil(ctx: RequestContext, clientId: string): Promise<Date | null> {
    return ctx
      .loader<string, Date | null>('emergency-access:until', async (ids) => {
        const rows = await ctx.manager
          .getRepository(EmergencyAccessEntity)
          .createQueryBuilder('ea')
          .select('ea.client_id', 'id')
          .addSelect('max(ea.expires_at)', 'until')
          .where('ea.staff_user_id = :me AND ea.client_id IN (:...ids) AND ea.expires_at > :now', { me: ctx.staffId, ids: [...ids], now: this.clock.now() })
          .groupBy('ea.client_id')
          .getRawMany<{ id: string; until: Date }>();
        const byId = new Map(rows.map((r) => [r.id, new Date(r.until)]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(clientId);
  }

  /** Whether the caller may mark or unmark this client restricted (the record's button). */
  async mayChangeRestriction(ctx: RequestContext, clientId: string): Promise<boolean> {
    if (ctx.staff.isPrivacyOfficer) return true;
    if (ctx.role !== StaffRole.SUPERVISOR) return false;
    return this.supervisesClient(ctx, clientId);
  }

  private accesses(ctx: RequestContext) {
    return ctx.manager
      .getRepository(EmergencyAccessEntity)
      .createQueryBuilder('ea')
      .innerJoinAndSelect('ea.client', 'client')
      .innerJoinAndSelect('ea.staffUser', 'staff')
      .where('ea.organization_id = :org', { org: ctx.organizationId })
      .orderBy('ea.granted_at', 'DESC')
      .addOrderBy('ea.id', 'ASC');
  }

  private teamParams(ctx: RequestContext) {
    return { teamSupervisor: ctx.staffId, teamOrg: ctx.organizationId, teamToday: this.clock.today() };
  }

  /** Someone on the supervisor's team (or the supervisor) is assigned to the client today, restriction or not. */
  private async supervisesClient(ctx: RequestContext, clientId: string): Promise<boolean> {
    const rows: unknown[] = await ctx.manager.query(
      `SELECT 1 FROM care_team_assignment cta JOIN client c ON c.id = cta.client_id
        WHERE cta.client_id = $1 AND c.organization_id = $2
          AND cta.started_on <= $3 AND (cta.ended_on IS NULL OR cta.ended_on > $3)
          AND (cta.staff_user_id = $4 OR cta.staff_user_id IN (SELECT t.id FROM staff_user t WHERE t.supervisor_id = $4 AND t.organization_id = $2))
        LIMIT 1`,
      [clientId, ctx.organizationId, this.clock.today(), ctx.staffId],
    );
    return rows.length > 0;
  }

  private async assertMayChangeRestriction(ctx: RequestContext, clientId: string): Promise<void> {
    await this.clientOfOrganization(ctx, clientId);
    if (await this.mayChangeRestriction(ctx, clientId)) return;
    throw ApiError.forbidden("Only the client's supervisor or a privacy officer can change the restriction.", { entity: AuditEntityType.CLIENT, id: clientId });
  }

  /** The care team today, the client's supervisor, privacy officers; NOT_FOUND for anyone else, as for an unknown id. */
  private async assertMayReview(ctx: RequestContext, clientId: string): Promise<void> {
    await this.clientOfOrganization(ctx, clientId);
    if (ctx.staff.isPrivacyOfficer) return;
    if (ctx.role === StaffRole.SUPERVISOR && (await this.supervisesClient(ctx, clientId))) return;
    const careTeam: unknown[] = await ctx.manager.query(
      `SELECT 1 FROM care_team_assignment cta WHERE cta.client_id = $1 AND cta.staff_user_id = $2
          AND cta.started_on <= $3 AND (cta.ended_on IS NULL OR cta.ended_on > $3) LIMIT 1`,
      [clientId, ctx.staffId, this.clock.today()],
    );
    if (careTeam.length === 0) throw ApiError.notFound(AuditEntityType.CLIENT, clientId);
  }

  private assertMayOpenInEmergency(principal: StaffPrincipal): void {
    if (!mayOpenInEmergency(principal)) {
      throw new ApiError(ApiErrorCode.FORBIDDEN, 'Emergency access is for counselors and supervisors.', {
        reason: 'EMERGENCY_ACCESS_NOT_FOR_ROLE',
      });
    }
  }

  /** Any client of the caller's organization (emergency access is for records outside one's scope); NOT_FOUND otherwise. */
  private async clientOfOrganization(ctx: RequestContext, clientId: string): Promise<ClientEntity> {
    const client = await ctx.manager.getRepository(ClientEntity).findOne({ where: { id: clientId, organizationId: ctx.organizationId } });
    if (!client) throw ApiError.notFound(AuditEntityType.CLIENT, clientId);
    return client;
  }

  /** One audit row carrying the reason given (the request-wide reason header is for other accesses). */
  private async audit(
    ctx: WriteContext,
    action: AuditAction,
    entityType: AuditEntityType,
    entityId: string,
    clientId: string,
    reason: string,
    fields: string[],
  ): Promise<void> {
    await ctx.manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values({
        organizationId: ctx.organizationId,
        actorId: ctx.staffId,
        actorRole: ctx.role,
        action,
        entityType,
        entityId,
        clientId,
        fields,
        requestId: ctx.requestId,
        clientAddress: ctx.clientAddress,
        userAgent: ctx.userAgent,
        reason,
        outcome: AuditOutcome.ALLOWED,
      })
      .updateEntity(false)
      .execute();
  }
}

function teamHolds(alias: string): string {
  return (
    `${alias}.started_on <= :teamToday AND (${alias}.ended_on IS NULL OR ${alias}.ended_on > :teamToday)` +
    ` AND (${alias}.staff_user_id = :teamSupervisor OR ${alias}.staff_user_id IN (SELECT t.id FROM staff_user t WHERE t.supervisor_id = :teamSupervisor AND t.organization_id = :teamOrg))`
  );
}

function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw ApiError.inputProblems([{ field, problem: `${field} is required` }], 'REASON_REQUIRED');
  return text;
}

function optionalText(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

function toModel(row: EmergencyAccessEntity, client: ClientEntity, staffName: string): EmergencyAccessModel {
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: `${client.firstName} ${client.lastName}`,
    staffId: row.staffUserId,
    staffName,
    natureOfEmergency: row.natureOfEmergency,
    recipientName: row.recipientName,
    recipientAffiliation: row.recipientAffiliation,
    grantedAt: row.grantedAt,
    expiresAt: row.expiresAt,
  };
}
