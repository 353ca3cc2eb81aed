import { Injectable } from '@nestjs/common';
import { RiskSeverity } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy } from '@carecircle/api/clients';
import { RiskFlagsService } from './risk-flags.service';
import { scopedStatement } from './scoped-sql';

export interface CounselorCaseloadRow {
  counselorId: string;
  counselorName: string;
  activeClients: number;
  plansOverdue: number;
  plansAwaitingSignOff: number;
  familyEngagedLast30Days: number;
  clientsWithPeerWorker: number;
  peerContactedLast14Days: number;
  urgentFlags: number;
  warningFlags: number;
  infoFlags: number;
  clientsWithUrgentFlags: number;
}

@Injectable()
export class CaseloadSummaryService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
    private readonly risk: RiskFlagsService,
  ) {}

  /** One row per counselor with clients in care in the caller's scope (a supervisor's team, or a counselor's own). */
  async byCounselor(ctx: RequestContext): Promise<CounselorCaseloadRow[]> {
    const statement = scopedStatement(
      this.access,
      ctx,
      `WITH active AS (
         SELECT c.id, a.staff_user_id AS counselor_id
         FROM client c JOIN scoped s ON s.id = c.id
         JOIN care_team_assignment a ON a.client_id = c.id AND a.role = 'COUNSELOR'
              AND a.started_on <= :today::date AND (a.ended_on IS NULL OR a.ended_on > :today::date)
         WHERE c.status <> 'DISCHARGED'
       )
       SELECT st.id AS "counselorId", st.display_name AS "counselorName",
              array_agg(act.id) AS "clientIds",
              count(*)::int AS "activeClients",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_plan cp WHERE cp.client_id = act.id AND cp.status = 'ACTIVE' AND cp.review_due_on < :today::date))::int AS "plansOverdue",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_plan cp WHERE cp.client_id = act.id AND cp.status = 'PENDING_REVIEW'))::int AS "plansAwaitingSignOff",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM family_engagement_event fe WHERE fe.client_id = act.id AND fe.occurred_on > :today::date - 30))::int AS "familyEngagedLast30Days",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_team_assignment pa WHERE pa.client_id = act.id AND pa.role = 'PEER_SUPPORT'
                                                AND pa.started_on <= :today::date AND (pa.ended_on IS NULL OR pa.ended_on > :today::date)))::int AS "clientsWithPeerWorker",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM peer_contact pc WHERE pc.client_id = act.id AND pc.withdrawn_at IS NULL AND pc.occurred_on > :today::date - 14))::int AS "peerContactedLast14Days"
       FROM active act JOIN staff_user st ON st.id = act.counselor_id
       GROUP BY st.id, st.display_name
       ORDER BY st.display_name`,
      { today: this.clock.today() },
    );
    const rows: Array<Omit<CounselorCaseloadRow, 'urgentFlags' | 'warningFlags' | 'infoFlags' | 'clientsWithUrgentFlags'> & { clientIds: string[] }> =
      await ctx.manager.query(statement.sql, statement.params);
    // The risk rules take only ids the policy minted; no client record is disclosed by a count.
    const flags = await this.risk.flagsFor(ctx, await this.access.visibleAmong(ctx, rows.flatMap((r) => r.clientIds)));
    return rows.map(({ clientIds, ...row }) => {
      const all = clientIds.flatMap((id) => flags.get(id) ?? []);
      const count = (severity: RiskSeverity) => all.filter((f) => f.severity === severity).length;
      return {
        ...row,
        urgentFlags: count(RiskSeverity.URGENT),
        warningFlags: count(RiskSeverity.WARNING),
        infoFlags: count(RiskSeverity.INFO),
        clientsWithUrgentFlags: clientIds.filter((id) => (flags.get(id) ?? []).some((f) => f.severity === RiskSeverity.URGENT)).length,
      };
    });
  }
}
