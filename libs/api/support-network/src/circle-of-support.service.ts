import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@carecircle/shared/domain';
import type { RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy, scopedStatement, type VisibleClientIds } from '@carecircle/api/clients';
import { CIRCLE_OF_SUPPORT_MEDIAN_MIN_CLIENTS, type CircleOfSupportModel } from './circle-of-support.model';

interface CircleRow {
  clientId: string;
  supportive: number;
  risk: number;
  family: number;
  peer: number;
  checkIns: number;
  meetings: number;
  medianOverClients: number;
  medianSupportive: number | null;
  medianRisk: number | null;
  medianFamily: number | null;
  medianPeer: number | null;
  medianCheckIns: number | null;
  medianMeetings: number | null;
}

/**
 * One statement per page of clients: each client's counts and, per program, the medians of the same
 * counts over the caller's visible clients in that program with an open episode. Scoping comes from
 * the policy's visible-client query (as `scoped`), the same scope as every other metric.
 *
 * "Last 30 days" is the organization's today and the 29 days before it: dated records by their date,
 * check-ins by the instants between the organization's midnights (as check-in-trends.service.ts does).
 */
const CIRCLE_SQL = `
  WITH target AS (
    SELECT c.id, c.program_id FROM client c
    WHERE c.id = ANY(CAST(:ids AS uuid[])) AND c.id IN (SELECT id FROM scoped)
  ),
  cohort AS (
    SELECT c.id, c.program_id FROM client c
    WHERE c.id IN (SELECT id FROM scoped) AND c.status <> 'DISCHARGED' AND c.program_id IN (SELECT program_id FROM target)
  ),
  subjects AS (SELECT id FROM target UNION SELECT id FROM cohort),
  members AS (
    SELECT m.client_id, count(*) FILTER (WHERE m.stance = 'SUPPORTIVE') AS supportive, count(*) FILTER (WHERE m.stance = 'RISK') AS risk
    FROM support_network_member m
    WHERE m.client_id IN (SELECT id FROM subjects) AND m.removed_at IS NULL
    GROUP BY m.client_id
  ),
  family AS (
    SELECT e.client_id, count(*) AS n FROM family_engagement_event e
    WHERE e.client_id IN (SELECT id FROM subjects) AND e.occurred_on BETWEEN CAST(:today AS date) - 29 AND CAST(:today AS date)
    GROUP BY e.client_id
  ),
  peer AS (
    SELECT p.client_id, count(*) AS n FROM peer_contact p
    WHERE p.client_id IN (SELECT id FROM subjects) AND p.withdrawn_at IS NULL
      AND p.occurred_on BETWEEN CAST(:today AS date) - 29 AND CAST(:today AS date)
    GROUP BY p.client_id
  ),
  checks AS (
    SELECT ci.client_id, count(*) AS n, count(*) FILTER (WHERE ci.attended_meeting) AS meetings FROM check_in ci
    WHERE ci.client_id IN (SELECT id FROM subjects)
      AND ci.occurred_at >= ((CAST(:today AS date) - 29)::timestamp AT TIME ZONE CAST(:zone AS text))
      AND ci.occurred_at < ((CAST(:today AS date) + 1)::timestamp AT TIME ZONE CAST(:zone AS text))
    GROUP BY ci.client_id
  ),
  counts AS (
    SELECT s.id,
           COALESCE(m.supportive, 0)::int AS supportive, COALESCE(m.risk, 0)::int AS risk,
           COALESCE(f.n, 0)::int AS family, COALESCE(p.n, 0)::int AS peer,
           COALESCE(k.n, 0)::int AS check_ins, COALESCE(k.meetings, 0)::int AS meetings
    FROM subjects s
    LEFT JOIN members m ON m.client_id = s.id
    LEFT JOIN family f ON f.client_id = s.id
    LEFT JOIN peer p ON p.client_id = s.id
    LEFT JOIN checks k ON k.client_id = s.id
  ),
  medians AS (
    SELECT co.program_id, count(*)::int AS clients,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY n.supportive) AS supportive,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY n.risk) AS risk,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY n.family) AS family,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY n.peer) AS peer,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY n.check_ins) AS check_ins,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY n.meetings) AS meetings
    FROM cohort co JOIN counts n ON n.id = co.id
    GROUP BY co.program_id
  )
  SELECT t.id AS "clientId", n.supportive, n.risk, n.family, n.peer, n.check_ins AS "checkIns", n.meetings,
         COALESCE(md.clients, 0) AS "medianOverClients",
         -- A median over a handful of clients is close to one person's own figure: none below the minimum.
         CASE WHEN md.clients >= :minClients THEN md.supportive END AS "medianSupportive",
         CASE WHEN md.clients >= :minClients THEN md.risk END AS "medianRisk",
         CASE WHEN md.clients >= :minClients THEN md.family END AS "medianFamily",
         CASE WHEN md.clients >= :minClients THEN md.peer END AS "medianPeer",
         CASE WHEN md.clients >= :minClients THEN md.check_ins END AS "medianCheckIns",
         CASE WHEN md.clients >= :minClients THEN md.meetings END AS "medianMeetings"
  FROM target t
  JOIN counts n ON n.id = t.id
  LEFT JOIN medians md ON md.program_id = t.program_id`;

/**
 * The circle of support on a client's record. The ids are ones the policy scoped; the medians are over
 * the policy's visible-client query, so a counselor's median is over their own clients only.
 */
@Injectable()
export class CircleOfSupportService {
  constructor(private readonly access: ClientAccessPolicy) {}

  async circles(ctx: RequestContext, clientIds: VisibleClientIds, today: IsoDate, timeZone: string): Promise<CircleOfSupportModel[]> {
    const { sql, params } = scopedStatement(this.access, ctx, CIRCLE_SQL, {
      ids: [...clientIds],
      today,
      zone: timeZone,
      minClients: CIRCLE_OF_SUPPORT_MEDIAN_MIN_CLIENTS,
    });
    const rows: CircleRow[] = await ctx.manager.query(sql, params);
    const byClient = new Map(rows.map((row) => [row.clientId, row]));
    return clientIds.map((clientId) => {
      const row = byClient.get(clientId);
      // Every id was scoped by the policy before it reached here, so a missing row is a bug, not a refusal.
      if (!row) throw new Error(`circleOfSupport: no row for client ${clientId}`);
      return {
        supportiveMembers: row.supportive,
        riskMembers: row.risk,
        familyEventsLast30Days: row.family,
        peerContactsLast30Days: row.peer,
        checkInsLast30Days: row.checkIns,
        meetingsReportedLast30Days: row.meetings,
        programMedian: {
          medianOverClients: row.medianOverClients,
          supportiveMembers: row.medianSupportive,
          riskMembers: row.medianRisk,
          familyEventsLast30Days: row.medianFamily,
          peerContactsLast30Days: row.medianPeer,
          checkInsLast30Days: row.medianCheckIns,
          meetingsReportedLast30Days: row.medianMeetings,
        },
      };
    });
  }
}
