/**
 * The bench's own SQL floor for the caseload page, used when tools/bench/sql-floors.ts (helper
 * "metrics-sql") does not provide one: the best single statement we could write for the same answer
 * as the caseload document the web sends with its default filter and sort — the open clients the
 * viewer is responsible for, urgent flags first, then by name (ICU collation) and id, with every
 * field the page shows and the total — as hand-written SQL run by the app role.
 */
import { dualDiagnosisSql } from '../../libs/api/clients/src/dual-diagnosis.sql';

export interface SqlFloor {
  sql: string;
  params: unknown[];
}

export interface CaseloadFloorInput {
  organizationId: string;
  staffId: string;
  role: 'COUNSELOR' | 'SUPERVISOR';
  /** The organization's today, YYYY-MM-DD. */
  today: string;
  statuses: string[];
  offset: number;
  limit: number;
}

export function localCaseloadPageFloor(input: CaseloadFloorInput): SqlFloor {
  // $1 organization, $2 viewer, $3 today, $4 statuses, $5 limit, $6 offset.
  const assigned =
    input.role === 'COUNSELOR'
      ? `a.staff_user_id = $2 AND a.role = 'COUNSELOR'`
      : `(a.staff_user_id = $2 OR a.staff_user_id IN (SELECT t.id FROM staff_user t WHERE t.supervisor_id = $2 AND t.organization_id = $1))`;
  const sql = `
    SELECT c.id, c.first_name, c.last_name, c.preferred_name, c.pronouns, c.status, c.level_of_care, c.admission_date, c.recovery_start_date,
           c.discharge_date, c.check_in_schedule, p.id AS program_id, p.name AS program_name,
           (SELECT max(ci.occurred_at) FROM check_in ci WHERE ci.client_id = c.id) AS last_check_in_at,
           (SELECT json_build_object('latest', (array_agg(cp.status ORDER BY cp.plan_version DESC))[1],
                                     'activeId', (array_agg(cp.id) FILTER (WHERE cp.status = 'ACTIVE'))[1],
                                     'reviewDueOn', (array_agg(cp.review_due_on) FILTER (WHERE cp.status = 'ACTIVE'))[1])
              FROM care_plan cp WHERE cp.client_id = c.id) AS plans,
           ${dualDiagnosisSql('c')} AS dual_diagnosis,
           coalesce(r.flags, '[]'::jsonb) AS risk_flags, coalesce(r.highest_severity_rank, 0) AS risk_rank,
           (SELECT coalesce(json_agg(json_build_object('role', ct.role, 'id', s.id, 'displayName', s.display_name) ORDER BY ct.role, ct.started_on), '[]')
              FROM care_team_assignment ct JOIN staff_user s ON s.id = ct.staff_user_id
             WHERE ct.client_id = c.id AND ct.started_on <= $3::date AND (ct.ended_on IS NULL OR ct.ended_on > $3::date)) AS care_team,
           count(*) OVER () AS total
      FROM client c
      JOIN program p ON p.id = c.program_id
      LEFT JOIN client_risk r ON r.client_id = c.id
     WHERE c.organization_id = $1 AND c.status = ANY ($4::client_status[])
       AND EXISTS (SELECT 1 FROM care_team_assignment a
                    WHERE a.client_id = c.id AND ${assigned}
                      AND ((a.started_on <= $3::date AND (a.ended_on IS NULL OR a.ended_on > $3::date))
                           OR (c.status = 'DISCHARGED' AND a.started_on <= c.discharge_date AND (a.ended_on IS NULL OR a.ended_on > c.discharge_date))))
       AND (NOT EXISTS (SELECT 1 FROM client_restriction cr WHERE cr.client_id = c.id)
            OR EXISTS (SELECT 1 FROM care_team_assignment own WHERE own.client_id = c.id AND own.staff_user_id = $2
                         AND own.started_on <= $3::date AND (own.ended_on IS NULL OR own.ended_on > $3::date)))
     ORDER BY (coalesce(r.highest_severity_rank, 0) = 3) DESC, c.last_name COLLATE "und-x-icu", c.first_name COLLATE "und-x-icu", c.id
     LIMIT $5 OFFSET $6`;
  return { sql, params: [input.organizationId, input.staffId, input.today, input.statuses, input.limit, input.offset] };
}

/** What every floor needs to know about the viewer and the dashboard's range. */
export interface FloorInput extends CaseloadFloorInput {
  /** The dashboard's range, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** The organization's time zone (check-ins count on its day). */
  timeZone: string;
}

// Dashboards: $1 organization, $2 viewer, $3 today, $4 from, $5 to, $6 time zone — as many as the statement uses
// (PostgreSQL refuses parameters a statement does not name).
function dashboardFloor(sql: string, input: FloorInput): SqlFloor {
  const all = [input.organizationId, input.staffId, input.today, input.from, input.to, input.timeZone];
  const used = Math.max(...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  return { sql, params: all.slice(0, used) };
}

/** The viewer's visible clients (the read scope: responsible now or at discharge, restrictions, live emergency grants) as a CTE. */
function scopedCte(input: FloorInput): string {
  const assigned =
    input.role === 'COUNSELOR'
      ? `a.staff_user_id = $2 AND a.role = 'COUNSELOR'`
      : `(a.staff_user_id = $2 OR a.staff_user_id IN (SELECT t.id FROM staff_user t WHERE t.supervisor_id = $2 AND t.organization_id = $1))`;
  return `scoped AS (
    SELECT c.id FROM client c
     WHERE c.organization_id = $1
       AND ((EXISTS (SELECT 1 FROM care_team_assignment a
                      WHERE a.client_id = c.id AND ${assigned}
                        AND ((a.started_on <= $3::date AND (a.ended_on IS NULL OR a.ended_on > $3::date))
                             OR (c.status = 'DISCHARGED' AND a.started_on <= c.discharge_date AND (a.ended_on IS NULL OR a.ended_on > c.discharge_date))))
             AND (NOT EXISTS (SELECT 1 FROM client_restriction cr WHERE cr.client_id = c.id)
                  OR EXISTS (SELECT 1 FROM care_team_assignment own WHERE own.client_id = c.id AND own.staff_user_id = $2
                               AND own.started_on <= $3::date AND (own.ended_on IS NULL OR own.ended_on > $3::date))))
            OR EXISTS (SELECT 1 FROM emergency_access ea WHERE ea.staff_user_id = $2 AND ea.client_id = c.id AND ea.expires_at > now())))`;
}

const LEFT_CARE = `ep.status = 'DISCHARGED' AND ep.discharge_reason NOT IN ('TREATMENT_COMPLETED', 'TRANSFERRED')`;

/** Episodes admitted in the range (all episodes), with their days in treatment so far and whether they ended in leaving care. */
function episodesCte(): string {
  return `episodes AS (
    SELECT ep.admission_date, ep.status, ep.discharge_date, (COALESCE(ep.discharge_date, $3::date) - ep.admission_date) AS days, (${LEFT_CARE}) AS left_care
      FROM episode_of_care ep JOIN scoped s ON s.id = ep.client_id
     WHERE ep.admission_date BETWEEN $4::date AND LEAST($5::date, $3::date))`;
}

/** Retention at 30/60/90/180 days (DOMAIN.md) over episodes admitted in the range. */
export function localRetentionFloor(input: FloorInput): SqlFloor {
  return dashboardFloor(
    `WITH ${scopedCte(input)}, ${episodesCte()}
      SELECT 'All clients' AS "group", h.n AS days,
             count(*) FILTER (WHERE e.admission_date <= $3::date - h.n)::int AS eligible,
             count(*) FILTER (WHERE e.admission_date <= $3::date - h.n AND (e.status <> 'DISCHARGED' OR e.discharge_date - e.admission_date >= h.n))::int AS retained
        FROM episodes e CROSS JOIN (VALUES (30), (60), (90), (180)) AS h(n)
       GROUP BY h.n ORDER BY h.n`,
    input,
  );
}

/** Kaplan–Meier steps (at risk, events, censored, survival) over the same episodes. */
export function localKaplanMeierFloor(input: FloorInput): SqlFloor {
  return dashboardFloor(
    `WITH ${scopedCte(input)}, ${episodesCte()},
      steps AS (SELECT days, count(*) FILTER (WHERE left_care)::int AS events, count(*) FILTER (WHERE NOT left_care)::int AS censored FROM episodes GROUP BY days),
      at_risk AS (SELECT days, events, censored, (sum(events + censored) OVER (ORDER BY days DESC))::int AS at_risk FROM steps)
      SELECT 'All clients' AS "group", days, at_risk AS "atRisk", events, censored,
             CASE WHEN bool_or(events = at_risk) OVER w THEN 0::float8
                  ELSE exp(sum(CASE WHEN events > 0 AND events < at_risk THEN ln(1 - events::float8 / at_risk) ELSE 0 END) OVER w) END AS survival
        FROM at_risk
      WINDOW w AS (ORDER BY days ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
       ORDER BY days`,
    input,
  );
}

/**
 * Weekly check-in trends (ISO weeks): clients in care, expected check-ins by schedule (daily 7,
 * several a week 3, weekly 1, per EXPECTED_CHECK_INS_PER_WEEK), received, completion and means.
 * Check-ins are found by a plain time range per client (the organization's day boundaries as
 * timestamps), so the (client_id, occurred_at) index serves them.
 */
export function localCheckInTrendsFloor(input: FloorInput): SqlFloor {
  return dashboardFloor(
    `WITH ${scopedCte(input)},
      members AS (
        SELECT c.id, c.admission_date, LEAST(COALESCE(c.discharge_date, $3::date), $3::date) AS last_day,
               CASE c.check_in_schedule WHEN 'DAILY' THEN 7 WHEN 'SEVERAL_PER_WEEK' THEN 3 ELSE 1 END AS per_week
          FROM client c JOIN scoped s ON s.id = c.id
         WHERE c.admission_date <= $5::date AND COALESCE(c.discharge_date, $3::date) >= $4::date),
      weeks AS (SELECT generate_series(date_trunc('week', $4::date), date_trunc('week', LEAST($5::date, $3::date)), interval '1 week')::date AS week_start),
      expected AS (
        SELECT w.week_start,
               count(*) FILTER (WHERE m.admission_date <= w.week_start + 6 AND m.last_day >= w.week_start)::int AS clients_in_care,
               sum(GREATEST(0, LEAST(m.last_day + 1, w.week_start + 7) - GREATEST(m.admission_date, w.week_start)) * m.per_week / 7.0)::float8 AS expected
          FROM weeks w CROSS JOIN members m GROUP BY w.week_start),
      received AS (
        SELECT date_trunc('week', (ci.occurred_at AT TIME ZONE $6::text)::date)::date AS week_start, count(*)::int AS received,
               avg(ci.craving)::float8 AS mean_craving, avg(ci.mood)::float8 AS mean_mood,
               avg(ci.used_substances::int)::float8 AS share_use, avg(ci.attended_meeting::int)::float8 AS share_meetings
          FROM members m JOIN check_in ci ON ci.client_id = m.id
           AND ci.occurred_at >= (GREATEST($4::date, m.admission_date)::timestamp AT TIME ZONE $6::text)
           AND ci.occurred_at < ((LEAST($5::date, m.last_day) + 1)::timestamp AT TIME ZONE $6::text)
         GROUP BY 1)
      SELECT 'All clients' AS "group", to_char(e.week_start, 'YYYY-MM-DD') AS "weekStart", e.clients_in_care AS "clientsInCare", e.expected,
             COALESCE(r.received, 0) AS received, CASE WHEN e.expected > 0 THEN LEAST(1, COALESCE(r.received, 0) / e.expected) END AS "completionRate",
             r.mean_craving AS "meanCraving", r.mean_mood AS "meanMood", r.share_use AS "shareReportingUse", r.share_meetings AS "shareAttendingMeetings"
        FROM expected e LEFT JOIN received r ON r.week_start = e.week_start
       WHERE e.clients_in_care > 0
       ORDER BY e.week_start`,
    input,
  );
}

/** Per counselor of the viewer's open clients: counts of plans, family, peer work and stored risk flags, in one statement. */
export function localCaseloadSummaryFloor(input: FloorInput): SqlFloor {
  const flags = (severity: string) => `sum((SELECT count(*) FROM jsonb_array_elements(r.flags) f WHERE f->>'severity' = '${severity}'))::int`;
  return dashboardFloor(
    `WITH ${scopedCte(input)},
      active AS (
        SELECT c.id, a.staff_user_id AS counselor_id
          FROM client c JOIN scoped s ON s.id = c.id
          JOIN care_team_assignment a ON a.client_id = c.id AND a.role = 'COUNSELOR' AND a.started_on <= $3::date AND (a.ended_on IS NULL OR a.ended_on > $3::date)
         WHERE c.status <> 'DISCHARGED')
      SELECT st.id AS "counselorId", st.display_name AS "counselorName", count(*)::int AS "activeClients",
             ${flags('URGENT')} AS "urgentFlags", ${flags('WARNING')} AS "warningFlags", ${flags('INFO')} AS "infoFlags",
             count(*) FILTER (WHERE r.highest_severity_rank = 3)::int AS "clientsWithUrgentFlags",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_plan cp WHERE cp.client_id = act.id AND cp.status = 'ACTIVE' AND cp.review_due_on < $3::date))::int AS "plansOverdue",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_plan cp WHERE cp.client_id = act.id AND cp.status = 'PENDING_REVIEW'))::int AS "plansAwaitingSignOff",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM family_engagement_event fe WHERE fe.client_id = act.id AND fe.occurred_on > $3::date - 30))::int AS "familyEngagedLast30Days",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_team_assignment pa WHERE pa.client_id = act.id AND pa.role = 'PEER_SUPPORT'
                                               AND pa.started_on <= $3::date AND (pa.ended_on IS NULL OR pa.ended_on > $3::date)))::int AS "clientsWithPeerWorker",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM peer_contact pc WHERE pc.client_id = act.id AND pc.withdrawn_at IS NULL AND pc.occurred_on > $3::date - 14))::int AS "peerContactedLast14Days"
        FROM active act JOIN staff_user st ON st.id = act.counselor_id LEFT JOIN client_risk r ON r.client_id = act.id
       GROUP BY st.id, st.display_name
       ORDER BY st.display_name`,
    input,
  );
}
