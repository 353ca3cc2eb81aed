import { Injectable } from '@nestjs/common';
import { AuditEntityType, CareTeamRole, ClientStatus, LevelOfCare, RiskSeverity, StaffRole } from '@carecircle/shared/domain';
import { ApiError, Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy } from '@carecircle/api/clients';
import { RiskFlagsService, flagsForRole } from '@carecircle/api/metrics';
import type { CaseloadBalanceModel, CaseloadBalanceRowModel, ReassignmentNeededModel } from './caseload-balance.model';

/** Above this share of the average of the same part, and OVERLOAD_MIN_EXCESS clients above it, a caseload is marked overloaded. */
const OVERLOAD_RATIO = 1.2;
const OVERLOAD_MIN_EXCESS = 2;

interface HolderRow {
  staff_id: string;
  display_name: string;
  staff_role: StaffRole;
  active: boolean;
  client_id: string | null;
  level_of_care: LevelOfCare | null;
}

/**
 * The supervisor's caseload balance: who on the team holds how many clients, split by acuity (risk
 * flags) and level of care, and which clients still sit with a deactivated person. A fixed number of
 * statements whatever the team size: the holders with their clients, the scope check, the risk
 * inputs (one batch), and the reassignment list.
 */
@Injectable()
export class CaseloadBalanceService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly risk: RiskFlagsService,
    private readonly clock: Clock,
  ) {}

  async balance(ctx: RequestContext): Promise<CaseloadBalanceModel> {
    if (ctx.staff.role !== StaffRole.SUPERVISOR) throw ApiError.forbidden('The caseload balance is for clinical supervisors.');
    const today = this.clock.today();
    // Each team member with the clients in care they hold now: counselors (and the supervisor) as
    // counselor, peer workers as peer worker. Deactivated members and the supervisor appear only
    // when they still hold clients.
    const holders: HolderRow[] = await ctx.manager.query(
      `SELECT st.id AS staff_id, st.display_name, st.role AS staff_role, st.active, held.client_id, held.level_of_care
       FROM staff_user st
       LEFT JOIN LATERAL (
         SELECT c.id AS client_id, c.level_of_care FROM care_team_assignment a JOIN client c ON c.id = a.client_id
         WHERE a.staff_user_id = st.id
           AND a.role = CASE WHEN st.role = 'PEER_SUPPORT' THEN 'PEER_SUPPORT'::care_team_role ELSE 'COUNSELOR'::care_team_role END
           AND a.started_on <= $3::date AND (a.ended_on IS NULL OR a.ended_on > $3::date)
           AND c.organization_id = st.organization_id AND c.status <> $4
       ) held ON true
       WHERE st.organization_id = $1
         AND ((st.supervisor_id = $2 AND st.role IN ('COUNSELOR', 'PEER_SUPPORT')) OR st.id = $2)
       ORDER BY CASE WHEN st.role = 'PEER_SUPPORT' THEN 1 ELSE 0 END, st.display_name, st.id`,
      [ctx.organizationId, ctx.staff.id, today, ClientStatus.DISCHARGED],
    );
    // Flags take only ids the policy minted; a count discloses no record.
    const visible = await this.access.visibleAmong(ctx, holders.flatMap((h) => (h.client_id ? [h.client_id] : [])));
    const flags = await this.risk.flagsFor(ctx, visible);
    const worst = (clientId: string) => {
      const severities = new Set(flagsForRole(flags.get(clientId) ?? [], ctx.role).map((f) => f.severity));
      return severities.has(RiskSeverity.URGENT) ? RiskSeverity.URGENT : severities.has(RiskSeverity.WARNING) ? RiskSeverity.WARNING : null;
    };
    const visibleSet = new Set<string>(visible);

    const byStaff = new Map<string, { head: HolderRow; clients: Array<{ id: string; level: LevelOfCare }> }>();
    for (const row of holders) {
      const entry = byStaff.get(row.staff_id) ?? { head: row, clients: [] };
      if (row.client_id && row.level_of_care && visibleSet.has(row.client_id)) entry.clients.push({ id: row.client_id, level: row.level_of_care });
      byStaff.set(row.staff_id, entry);
    }
    const rows: CaseloadBalanceRowModel[] = [];
    for (const { head, clients } of byStaff.values()) {
      const isSupervisor = head.staff_id === ctx.staff.id;
      if ((isSupervisor || !head.active) && clients.length === 0) continue;
      const levels = new Map<LevelOfCare, number>();
      for (const c of clients) levels.set(c.level, (levels.get(c.level) ?? 0) + 1);
      const severities = clients.map((c) => worst(c.id));
      rows.push({
        staff: { id: head.staff_id, displayName: head.display_name, role: head.staff_role, active: head.active },
        role: head.staff_role === StaffRole.PEER_SUPPORT ? CareTeamRole.PEER_SUPPORT : CareTeamRole.COUNSELOR,
        clients: clients.length,
        urgent: severities.filter((s) => s === RiskSeverity.URGENT).length,
        warning: severities.filter((s) => s === RiskSeverity.WARNING).length,
        byLevelOfCare: Object.values(LevelOfCare).flatMap((levelOfCare) => {
          const count = levels.get(levelOfCare);
          return count ? [{ levelOfCare, clients: count }] : [];
        }),
        overloaded: false,
      });
    }
    for (const role of Object.values(CareTeamRole)) {
      const sameRole = rows.filter((r) => r.role === role && r.staff.active);
      if (sameRole.length < 2) continue;
      const average = sameRole.reduce((sum, r) => sum + r.clients, 0) / sameRole.length;
      for (const r of sameRole) r.overloaded = r.clients > average * OVERLOAD_RATIO && r.clients >= average + OVERLOAD_MIN_EXCESS;
    }
    return { rows, needsReassignment: await this.needsReassignment(ctx) };
  }

  /** Clients in care the caller sees whose current counselor or peer worker is deactivated; the names shown are recorded as read. */
  private async needsReassignment(ctx: RequestContext): Promise<ReassignmentNeededModel[]> {
    const rows: Array<{ client_id: string; first_name: string; last_name: string; role: CareTeamRole; staff_id: string; display_name: string; staff_role: StaffRole }> =
      await this.access
        .visibleClients(ctx)
        .innerJoin(
          'care_team_assignment',
          'nr',
          'nr.client_id = client.id AND nr.started_on <= :nrToday AND (nr.ended_on IS NULL OR nr.ended_on > :nrToday)',
          { nrToday: this.clock.today() },
        )
        .innerJoin('staff_user', 'nrs', 'nrs.id = nr.staff_user_id AND NOT nrs.active')
        .andWhere('client.status <> :nrDischarged', { nrDischarged: ClientStatus.DISCHARGED })
        .select('client.id', 'client_id')
        .addSelect('client.first_name', 'first_name')
        .addSelect('client.last_name', 'last_name')
        .addSelect('nr.role', 'role')
        .addSelect('nrs.id', 'staff_id')
        .addSelect('nrs.display_name', 'display_name')
        .addSelect('nrs.role', 'staff_role')
        .orderBy('client.last_name', 'ASC')
        .addOrderBy('client.first_name', 'ASC')
        .addOrderBy('nr.role', 'ASC')
        .getRawMany();
    ctx.recordRead(AuditEntityType.CLIENT, [...new Set(rows.map((r) => r.client_id))]);
    return rows.map((r) => ({
      clientId: r.client_id,
      firstName: r.first_name,
      lastName: r.last_name,
      role: r.role,
      staff: { id: r.staff_id, displayName: r.display_name, role: r.staff_role, active: false },
    }));
  }
}
