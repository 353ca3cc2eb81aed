import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { AuditEntityType, StaffRole } from '@carecircle/shared/domain';
import { ApiError, ApiErrorCode, Clock, type RequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { ClientEntity } from './client.entity';
import type { EditableClient, VisibleClient, VisibleClientIds, VisibleClientQuery } from './visible-client';

/**
 * The one place that decides which clients a staff member may see, and the only maker of
 * `VisibleClient` and `VisibleClientId`. Every read of client data starts from here:
 * - counselor: clients on their current caseload (a current COUNSELOR assignment), and the clients
 *   they were responsible for at discharge;
 * - peer support worker: clients currently assigned to them;
 * - supervisor: clients currently assigned to anyone on their team, or to themselves;
 * - admin: no clinical data at all.
 * Organization is always enforced. A client found here is recorded as disclosed to the caller.
 *
 * Break-the-glass (libs/api/emergency-access), in the same WHERE clause on every path:
 * - a restricted client (a `client_restriction` row, e.g. a staff member who is also a client) is
 *   seen only by their current care team: the counselor and the peer worker assigned today. Everyone
 *   else, the supervisor included, drops it from every read, list, chart and edit; a counselor who
 *   discharged them loses it too;
 * - a live emergency grant (`emergency_access` for this staff member and client, not yet expired)
 *   adds that one client to the holder's READ scope, restricted or not, on every read path (the
 *   record, its sections, lists and charts), for the grant's life, except the caseload list
 *   (`caseloadClients`), which stays the people one is responsible for. Grants never widen EDIT
 *   scope: changing the record still needs normal scope (`findEditableClient` refuses with
 *   FORBIDDEN, reason EMERGENCY_ACCESS_READ_ONLY).
 */
/** Who may open a record in an emergency: the clinicians (counselors and supervisors), not peer workers or administrators. */
export function mayOpenInEmergency(principal: StaffPrincipal): boolean {
  return principal.role === StaffRole.COUNSELOR || principal.role === StaffRole.SUPERVISOR;
}

@Injectable()
export class ClientAccessPolicy {
  constructor(private readonly clock: Clock) {}

  assertMayReadClinicalData(principal: StaffPrincipal): void {
    if (principal.role === StaffRole.ADMIN) {
      throw ApiError.forbidden('Administrators manage staff and programs; client records are for the care team.');
    }
  }

  /** Adds the caller's scope to a query that already selects `client` under `alias`. */
  restrictToVisible<T extends object>(qb: SelectQueryBuilder<T>, ctx: RequestContext, alias = 'client'): SelectQueryBuilder<T> {
    return this.restrict(qb, ctx.staff, alias, 'read');
  }

  /**
   * The clients the caller is responsible for, as the caseload lists them: the read scope without
   * emergency grants (an emergency opens one record; it does not put the client on a caseload).
   */
  caseloadClients(ctx: RequestContext): VisibleClientQuery {
    return this.restrict(ctx.manager.getRepository(ClientEntity).createQueryBuilder('client'), ctx.staff, 'client', 'caseload') as VisibleClientQuery;
  }

  /**
   * `read`: the scope above. `edit`: the clients whose clinical record the caller may change, i.e.
   * a counselor's own (as for reading) and, for a supervisor, clients whose responsible counselor is
   * the supervisor or on their team (not clients seen only through a peer worker on the team).
   * `caseload`: the read scope without emergency grants. Only `read` includes them.
   */
  private restrict<T extends object>(
    qb: SelectQueryBuilder<T>,
    principal: StaffPrincipal,
    alias: string,
    purpose: 'read' | 'caseload' | 'edit',
  ): SelectQueryBuilder<T> {
    this.assertMayReadClinicalData(principal);
    const params = { scopeOrg: principal.organizationId, scopeStaff: principal.id, scopeToday: this.clock.today(), scopeNow: this.clock.now() };
    // Written as `id IN (ids)` so PostgreSQL starts from the caller's assignments (an index-only scan
    // of care_team_assignment_staff_current_idx per staff member) and probes `client` by key,
    // instead of testing every client of the organization against correlated EXISTS clauses. The
    // branches of the UNION ALL may repeat a client; the semi-join counts each once.
    //
    // Whose assignments: the caller's own, and for a supervisor also their team's.
    let staff: string;
    let role = '';
    switch (principal.role) {
      case StaffRole.COUNSELOR:
        staff = `SELECT CAST(:scopeStaff AS uuid) AS id`;
        role = ` AND cta.role = 'COUNSELOR'`;
        break;
      case StaffRole.PEER_SUPPORT:
        staff = `SELECT CAST(:scopeStaff AS uuid) AS id`;
        role = ` AND cta.role = 'PEER_SUPPORT'`;
        break;
      case StaffRole.SUPERVISOR:
        staff =
          `SELECT CAST(:scopeStaff AS uuid) AS id UNION ALL ` +
          `SELECT team.id FROM staff_user team WHERE team.supervisor_id = :scopeStaff AND team.organization_id = :scopeOrg`;
        // Editing is for the responsible counselor's supervisor, not for clients seen only through a peer worker.
        if (purpose === 'edit') role = ` AND cta.role = 'COUNSELOR'`;
        break;
      default:
        throw ApiError.forbidden();
    }
    // A restricted client (client_restriction) is for its current care team only: the counselor or
    // peer worker assigned today, whoever else's assignment brought it into scope. Uncorrelated
    // IN / NOT IN (both columns NOT NULL) so each list is read once and hashed, not probed per row.
    const notRestricted =
      `(cta.client_id NOT IN (SELECT cr.client_id FROM client_restriction cr)` +
      ` OR cta.client_id IN (SELECT own.client_id FROM care_team_assignment own WHERE own.staff_user_id = :scopeStaff` +
      ` AND own.started_on <= :scopeToday AND (own.ended_on IS NULL OR own.ended_on > :scopeToday)))`;
    // Responsible now (ended_on is exclusive and may lie in the future). A counselor's or peer
    // worker's own current assignment is their current care team, so the restriction cannot drop it.
    const branches = [
      `SELECT cta.client_id FROM (${staff}) scope_staff JOIN care_team_assignment cta ON cta.staff_user_id = scope_staff.id` +
        ` WHERE cta.started_on <= :scopeToday AND (cta.ended_on IS NULL OR cta.ended_on > :scopeToday)${role}` +
        (principal.role === StaffRole.SUPERVISOR ? ` AND ${notRestricted}` : ''),
    ];
    // Responsible when the client was discharged: a counselor keeps access to the records of clients
    // they discharged (readmissions, letters, retention), not to clients they handed over to a
    // colleague. A peer support worker sees current assignments only. `at_discharge` is kept by the
    // database (migration CareTeamAtDischarge): the client is DISCHARGED and this assignment was
    // current on the discharge date. Read from its partial index, not by joining every assignment
    // the staff ever had to `client`.
    if (principal.role !== StaffRole.PEER_SUPPORT) {
      branches.push(
        `SELECT cta.client_id FROM (${staff}) scope_staff JOIN care_team_assignment cta ON cta.staff_user_id = scope_staff.id` +
          ` WHERE cta.at_discharge${role} AND ${notRestricted}`,
      );
    }
    // A live emergency grant adds its client to the READ scope of a clinician, restricted or not
    // (one indexed probe of emergency_access (staff_user_id, client_id, expires_at)).
    if (purpose === 'read' && mayOpenInEmergency(principal)) {
      branches.push(`SELECT ea.client_id FROM emergency_access ea WHERE ea.staff_user_id = :scopeStaff AND ea.expires_at > :scopeNow`);
    }
    return qb.andWhere(`${alias}.organization_id = :scopeOrg`, params).andWhere(`${alias}.id IN (${branches.join(' UNION ALL ')})`, params);
  }

  /** The caller's visible clients as a query to narrow further; rows it returns pass through `disclose`. */
  visibleClients(ctx: RequestContext): VisibleClientQuery {
    return this.restrictToVisible(ctx.manager.getRepository(ClientEntity).createQueryBuilder('client'), ctx) as VisibleClientQuery;
  }

  /**
   * The ids a narrowed `visibleClients` query matches, in one statement, for work that looks at
   * clients before showing any (risk filters, flag lists). Nothing is disclosed by it.
   */
  async idsOf(query: VisibleClientQuery): Promise<VisibleClientIds> {
    const rows: Array<{ id: string }> = await query.clone().select('client.id', 'id').getRawMany();
    return rows.map((row) => row.id) as unknown as VisibleClientIds;
  }

  /** The rows a narrowed `visibleClients` query matches, with their ids, in one statement; nothing is disclosed. */
  async rowsAndIdsOf(query: VisibleClientQuery): Promise<{ rows: ClientEntity[]; ids: VisibleClientIds }> {
    const rows = await query.getMany();
    return { rows, ids: rows.map((row) => row.id) as unknown as VisibleClientIds };
  }

  /** The SQL and parameters of the caller's visible client ids, to join into an aggregate statement. */
  visibleClientIdsQuery(ctx: RequestContext): [string, unknown[]] {
    return this.visibleClients(ctx).select('client.id', 'id').getQueryAndParameters();
  }

  /**
   * Rows of a query that started from `visibleClients`, as the caller's visible clients, recorded
   * as disclosed to the caller (one audit row per client for the whole request).
   */
  disclose(ctx: RequestContext, rows: readonly ClientEntity[]): VisibleClient[] {
    ctx.recordRead(
      AuditEntityType.CLIENT,
      rows.map((row) => row.id),
    );
    return rows as VisibleClient[];
  }

  /** The subset of `clientIds` the caller may see, in one query; nothing is disclosed by it. */
  async visibleAmong(ctx: RequestContext, clientIds: readonly string[]): Promise<VisibleClientIds> {
    if (clientIds.length === 0) return [];
    const visible = new Set<string>(
      await this.idsOf(this.visibleClients(ctx).andWhere('client.id IN (:...scopeAmong)', { scopeAmong: [...new Set(clientIds)] })),
    );
    return clientIds.filter((id) => visible.has(id)) as unknown as VisibleClientIds;
  }

  /** The client with its program if the caller may see it; otherwise NOT_FOUND, as for an unknown id. */
  private async findInScope(ctx: RequestContext, clientId: string, purpose: 'read' | 'caseload' = 'read'): Promise<ClientEntity> {
    const client = await this.restrict(ctx.manager.getRepository(ClientEntity).createQueryBuilder('client'), ctx.staff, 'client', purpose)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.id = :clientId', { clientId })
      .getOne();
    if (!client) throw ApiError.notFound(AuditEntityType.CLIENT, clientId);
    return client;
  }

  /** The client if the caller may see it, recorded as disclosed; otherwise NOT_FOUND, as for an unknown id. */
  async findVisibleClient(ctx: RequestContext, clientId: string): Promise<VisibleClient> {
    return this.disclose(ctx, [await this.findInScope(ctx, clientId)])[0]!;
  }

  /**
   * The client if the caller may change its clinical record: their counselor or that counselor's
   * supervisor. Staff who can see the client but are neither (peer workers, a supervisor who sees
   * the client only through a peer worker on their team) get FORBIDDEN; everyone else NOT_FOUND.
   */
  async findEditableClient(ctx: RequestContext, clientId: string): Promise<EditableClient> {
    // Without emergency grants: an emergency opens the record for reading only.
    const client = await this.findInScope(ctx, clientId, 'caseload').catch(async (error: unknown) => {
      const readable = await this.restrict(ctx.manager.getRepository(ClientEntity).createQueryBuilder('client'), ctx.staff, 'client', 'read')
        .andWhere('client.id = :clientId', { clientId })
        .getExists();
      if (!readable) throw error;
      throw new ApiError(ApiErrorCode.FORBIDDEN, 'Emergency access opens the record for reading only; changes are for the care team.', {
        entity: AuditEntityType.CLIENT,
        id: clientId,
        reason: 'EMERGENCY_ACCESS_READ_ONLY',
      });
    });
    const forbidden = () =>
      ApiError.forbidden("Only the client's counselor or their supervisor can change this record.", { entity: AuditEntityType.CLIENT, id: clientId });
    const principal = ctx.staff;
    if (principal.role !== StaffRole.COUNSELOR && principal.role !== StaffRole.SUPERVISOR) throw forbidden();
    if (principal.role === StaffRole.SUPERVISOR) {
      const editable = await this.restrict(ctx.manager.getRepository(ClientEntity).createQueryBuilder('client'), principal, 'client', 'edit')
        .andWhere('client.id = :clientId', { clientId: client.id })
        .getExists();
      if (!editable) throw forbidden();
    }
    return client as EditableClient;
  }

  /**
   * Clients of the caller's organization with this date of birth and these names (case and spacing
   * ignored, as `normalizePersonName` in shared/domain), whoever is responsible for them: the
   * intake's duplicate check, so a person who comes back is readmitted instead of recorded twice.
   * Counselors and supervisors only; the caller records what it shows.
   */
  async identityMatches(ctx: RequestContext, person: { firstName: string; lastName: string; dateOfBirth: string }): Promise<ClientEntity[]> {
    this.assertMayAdmit(ctx.staff);
    const normalized = (column: string) => `lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`;
    return ctx.manager
      .getRepository(ClientEntity)
      .createQueryBuilder('client')
      .where('client.organization_id = :org', { org: ctx.organizationId })
      .andWhere('client.date_of_birth = :dateOfBirth', { dateOfBirth: person.dateOfBirth })
      .andWhere(`${normalized('client.first_name')} = ${normalized(':firstName')}`, { firstName: person.firstName })
      .andWhere(`${normalized('client.last_name')} = ${normalized(':lastName')}`, { lastName: person.lastName })
      .orderBy('client.last_name', 'ASC')
      .addOrderBy('client.first_name', 'ASC')
      .addOrderBy('client.id', 'ASC')
      .getMany();
  }

  /**
   * A client of the caller's organization, to readmit. A discharged client is on nobody's caseload
   * (and a counselor sees only the clients they discharged), so any counselor or supervisor of the
   * organization may find one here, as the duplicate check offers it; the readmission then makes
   * the caller's caseload (or their team's counselor) responsible. NOT_FOUND outside the organization.
   */
  async findClientForReadmission(ctx: RequestContext, clientId: string): Promise<ClientEntity> {
    this.assertMayAdmit(ctx.staff);
    const client = await ctx.manager
      .getRepository(ClientEntity)
      .createQueryBuilder('client')
      .setLock('pessimistic_write')
      .where('client.organization_id = :org AND client.id = :clientId', { org: ctx.organizationId, clientId })
      .getOne();
    if (!client) throw ApiError.notFound(AuditEntityType.CLIENT, clientId);
    ctx.recordRead(AuditEntityType.CLIENT, [client.id]);
    return client;
  }

  /** Admitting and readmitting are for counselors and clinical supervisors. */
  assertMayAdmit(principal: StaffPrincipal): void {
    this.assertMayReadClinicalData(principal);
    if (principal.role !== StaffRole.COUNSELOR && principal.role !== StaffRole.SUPERVISOR) {
      throw ApiError.forbidden('Only a counselor or a clinical supervisor can admit or readmit a client.');
    }
  }

  /** The client as just written by the caller, who was allowed to edit it in this transaction. */
  async reloadEditable(ctx: RequestContext, client: EditableClient): Promise<EditableClient> {
    return (await ctx.manager.getRepository(ClientEntity).findOneOrFail({ where: { id: client.id }, relations: { program: true } })) as EditableClient;
  }
}
