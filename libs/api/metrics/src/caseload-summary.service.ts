import { Injectable } from '@nestjs/common';
import { RiskSeverity } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy, scopedStatement } from '@carecircle/api/clients';
import { RISK_SEVERITY_STORED_RANK, RiskFlagsService } from './risk-flags.service';

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

  /**
   * One row per counselor with clients in care in the caller's scope (a supervisor's team, or a
   * counselor's own), in one statement that also says whether the stored risk flags were current
   * (read again after a refresh when they were not: RiskFlagsService.readCurrent). Flags are
   * counted from `client_risk` as stored: every flag, as counselors and supervisors (the only callers)
   * are shown them; discharged clients are not counted (and have none).
   */
  async byCounselor(ctx: RequestContext): Promise<CounselorCaseloadRow[]> {
    return this.risk.readCurrent(ctx, async (riskCheck) => {
      const statement = scopedStatement(
        this.access,
        ctx,
        `WITH active AS (
           SELECT c.id, a.staff_user_id AS counselor_id
           FROM scoped c
           JOIN care_team_assignment a ON a.client_id = c.id AND a.role = 'COUNSELOR'
                AND a.started_on <= :today::date AND (a.ended_on IS NULL OR a.ended_on > :today::date)
           WHERE c.status <> 'DISCHARGED'
         )
         SELECT st.id AS "counselorId", st.display_name AS "counselorName",
                count(*)::int AS "activeClients",
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_plan cp WHERE cp.client_id = act.id AND cp.status = 'ACTIVE' AND cp.review_due_on < :today::date))::int AS "plansOverdue",
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_plan cp WHERE cp.client_id = act.id AND cp.status = 'PENDING_REVIEW'))::int AS "plansAwaitingSignOff",
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM family_engagement_event fe WHERE fe.client_id = act.id AND fe.occurred_on > :today::date - 30))::int AS "familyEngagedLast30Days",
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_team_assignment pa WHERE pa.client_id = act.id AND pa.role = 'PEER_SUPPORT'
                                                  AND pa.started_on <= :today::date AND (pa.ended_on IS NULL OR pa.ended_on > :today::date)))::int AS "clientsWithPeerWorker",
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM peer_contact pc WHERE pc.client_id = act.id AND pc.withdrawn_at IS NULL AND pc.occurred_on > :today::date - 14))::int AS "peerContactedLast14Days",
                COALESCE(sum(f.urgent), 0)::int AS "urgentFlags",
                COALESCE(sum(f.warning), 0)::int AS "warningFlags",
                COALESCE(sum(f.info), 0)::int AS "infoFlags",
                count(*) FILTER (WHERE r.highest_severity_rank = ${RISK_SEVERITY_STORED_RANK[RiskSeverity.URGENT]})::int AS "clientsWithUrgentFlags",
                ${riskCheck.sql} AS "riskOutdated"
         FROM active act JOIN staff_user st ON st.id = act.counselor_id
         LEFT JOIN client_risk r ON r.client_id = act.id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE flag->>'severity' = '${RiskSeverity.URGENT}') AS urgent,
                  count(*) FILTER (WHERE flag->>'severity' = '${RiskSeverity.WARNING}') AS warning,
                  count(*) FILTER (WHERE flag->>'severity' = '${RiskSeverity.INFO}') AS info
           FROM jsonb_array_elements(r.flags) flag
         ) f ON r.flag_count > 0
         GROUP BY st.id, st.display_name
         ORDER BY st.display_name`,
        { today: this.clock.today(), ...riskCheck.params },
        ['status'],
      );
      const rows: Array<CounselorCaseloadRow & { riskOutdated: boolean }> = await ctx.manager.query(statement.sql, statement.params);
      return { value: rows.map(({ riskOutdated: _outdated, ...row }) => row), outdated: rows[0]?.riskOutdated ?? null };
    });
  }
}
