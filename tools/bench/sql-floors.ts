/**
 * The SQL floors of the bench (issue "Performance at scale"): for each measure, the best single
 * hand-written statement we know for the same answer as the app, run by the app role, so
 * `npm run bench` can time the app against it. Each function takes the viewer and the dashboard's
 * range and returns the statement and its positional parameters; nothing here runs anything.
 *
 * What "the same answer" includes: the viewer's read scope exactly as ClientAccessPolicy decides it
 * (responsible now or at discharge, a supervisor's team, restricted clients for their current care
 * team only, live emergency grants for reads but not for the caseload), the domain rules of
 * DOMAIN.md (retention horizons, leaving care, the check-in schedule, the organization's day) and
 * the stored risk flags (`client_risk`, kept current by the app; the bench warms it up first).
 *
 * The scope is written the way the plans showed fastest on 10,000 clients: from the viewer's (and
 * their team's) assignments through care_team_assignment_staff_current_idx, then `client` by key.
 *
 * Floors read the data as it is recorded, not what the app keeps derived to answer faster: the
 * weekly check-in roll-up (check_in_week) and the assignments marked as covering a discharge
 * (care_team_assignment.at_discharge) are the app's own work, kept at write time, and a floor that
 * used them would time the app against itself. The stored risk flags (client_risk) are the
 * exception: they are the answer (what the caseload sorts and shows), not a way to reach it.
 */
import { dualDiagnosisSql } from '../../libs/api/clients/src/dual-diagnosis.sql';
import { SUPPORT_SYSTEM_GROUPS, SupportSystemDimension } from '../../libs/shared/domain/src/support-system';

export interface SqlFloor {
  sql: string;
  params: unknown[];
}

export interface FloorInput {
  organizationId: string;
  staffId: string;
  role: 'COUNSELOR' | 'SUPERVISOR';
  /** The organization's today, YYYY-MM-DD. */
  today: string;
  /** The organization's IANA time zone (check-ins count on its day). */
  timeZone: string;
  /** Caseload page: the statuses shown (the web's default filter) and the page. */
  statuses: string[];
  offset: number;
  limit: number;
  /** Dashboards: the range, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** Support-system curves: the landmark, in days after admission (the web's default 30). */
  landmarkDays: number;
}

/**
 * `scoped(id, …columns)`: the viewer's clients. Parameters: $1 organization, $2 viewer, $3 today.
 * `caseload` leaves out emergency grants (they open one record, not a caseload).
 */
function scopedCte(input: FloorInput, purpose: 'read' | 'caseload', columns: string[] = []): string {
  const staff =
    input.role === 'COUNSELOR'
      ? `SELECT $2::uuid AS id`
      : `SELECT $2::uuid AS id UNION ALL SELECT t.id FROM staff_user t WHERE t.supervisor_id = $2 AND t.organization_id = $1`;
  const role = input.role === 'COUNSELOR' ? ` AND a.role = 'COUNSELOR'` : '';
  const notRestricted = `(a.client_id NOT IN (SELECT cr.client_id FROM client_restriction cr)
         OR a.client_id IN (SELECT own.client_id FROM care_team_assignment own WHERE own.staff_user_id = $2
                              AND own.started_on <= $3::date AND (own.ended_on IS NULL OR own.ended_on > $3::date)))`;
  const grants = purpose === 'read' ? `UNION ALL SELECT ea.client_id FROM emergency_access ea WHERE ea.staff_user_id = $2 AND ea.expires_at > now()` : '';
  return `scoped AS (
    SELECT c.id${columns.map((column) => `, c.${column}`).join('')} FROM client c
     WHERE c.organization_id = $1 AND c.id IN (
       SELECT a.client_id FROM (${staff}) s JOIN care_team_assignment a ON a.staff_user_id = s.id
        WHERE a.started_on <= $3::date AND (a.ended_on IS NULL OR a.ended_on > $3::date)${role}${input.role === 'SUPERVISOR' ? ` AND ${notRestricted}` : ''}
       UNION ALL
       SELECT a.client_id FROM (${staff}) s JOIN care_team_assignment a ON a.staff_user_id = s.id JOIN client d ON d.id = a.client_id
        WHERE d.status = 'DISCHARGED' AND a.started_on <= d.discharge_date AND (a.ended_on IS NULL OR a.ended_on > d.discharge_date)${role} AND ${notRestricted}
       ${grants}))`;
}

// Dashboards: $1 organization, $2 viewer, $3 today, $4 from, $5 to, $6 time zone (as many as the statement uses).
function dashboardParams(input: FloorInput, count: number): unknown[] {
  return [input.organizationId, input.staffId, input.today, input.from, input.to, input.timeZone].slice(0, count);
}

/** Episodes of care admitted in the range (all episodes): days in treatment so far, and whether they ended in leaving care. */
const EPISODES = `episodes AS (
    SELECT ep.admission_date, ep.status, ep.discharge_date, COALESCE(ep.discharge_date, $3::date) - ep.admission_date AS days,
           -- DOMAIN.md: leaving care is any discharge except completion or transfer (CENSORED_DISCHARGE_REASONS).
           (ep.status = 'DISCHARGED' AND ep.discharge_reason NOT IN ('TREATMENT_COMPLETED', 'TRANSFERRED')) AS left_care
      FROM episode_of_care ep JOIN scoped s ON s.id = ep.client_id
     WHERE ep.admission_date BETWEEN $4::date AND LEAST($5::date, $3::date))`;

/** Retention at 30/60/90/180 days: among episodes begun at least N days ago, the share that lasted N days. */
export function retentionFloor(input: FloorInput): SqlFloor {
  return {
    sql: `WITH ${scopedCte(input, 'read')}, ${EPISODES},
      rates AS (
        SELECT h.n AS days,
               count(*) FILTER (WHERE e.admission_date <= $3::date - h.n)::int AS eligible,
               count(*) FILTER (WHERE e.admission_date <= $3::date - h.n AND (e.status <> 'DISCHARGED' OR e.discharge_date - e.admission_date >= h.n))::int AS retained
          FROM episodes e CROSS JOIN (VALUES (30), (60), (90), (180)) AS h(n)
         GROUP BY h.n)
      SELECT 'All clients' AS "group", days, eligible, retained, CASE WHEN eligible > 0 THEN retained::float8 / eligible END AS rate
        FROM rates ORDER BY days`,
    params: dashboardParams(input, 5),
  };
}

/** Kaplan–Meier steps over the same episodes: at risk, events (left care), censored, survival. */
export function kaplanMeierFloor(input: FloorInput): SqlFloor {
  return {
    sql: `WITH ${scopedCte(input, 'read')}, ${EPISODES},
      steps AS (SELECT days, count(*) FILTER (WHERE left_care)::int AS events, count(*) FILTER (WHERE NOT left_care)::int AS censored FROM episodes GROUP BY days),
      at_risk AS (SELECT days, events, censored, (sum(events + censored) OVER (ORDER BY days DESC))::int AS at_risk FROM steps)
      SELECT 'All clients' AS "group", days, at_risk AS "atRisk", events, censored,
             CASE WHEN bool_or(events = at_risk) OVER w THEN 0::float8
                  ELSE exp(sum(CASE WHEN events > 0 AND events < at_risk THEN ln(1 - events::float8 / at_risk) ELSE 0 END) OVER w) END AS survival
        FROM at_risk
      WINDOW w AS (ORDER BY days ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
       ORDER BY days`,
    params: dashboardParams(input, 5),
  };
}

/**
 * Weekly check-in trends (ISO weeks): clients in care and expected check-ins (daily 7, several a
 * week 3, weekly 1 — EXPECTED_CHECK_INS_PER_WEEK) swept from each client's first and last week,
 * received check-ins over a plain time range per client (the organization's midnights as instants,
 * from the covering index) put in their week by the instant it starts, completion capped at 1.
 */
export function checkInTrendsFloor(input: FloorInput): SqlFloor {
  return {
    sql: `WITH ${scopedCte(input, 'read', ['admission_date', 'discharge_date', 'check_in_schedule'])},
      members AS (
        SELECT c.id, c.admission_date, LEAST(COALESCE(c.discharge_date, $3::date), $3::date) AS last_day,
               CASE c.check_in_schedule WHEN 'DAILY' THEN 7 WHEN 'SEVERAL_PER_WEEK' THEN 3 ELSE 1 END AS per_week
          FROM scoped c
         WHERE c.admission_date <= $5::date AND COALESCE(c.discharge_date, $3::date) >= $4::date),
      weeks AS (
        SELECT w::date AS week_start, n::int AS bucket
          FROM generate_series(date_trunc('week', $4::date), date_trunc('week', LEAST($5::date, $3::date)), interval '1 week') WITH ORDINALITY AS s(w, n)),
      spans AS (
        SELECT m.admission_date AS a, m.last_day AS l, m.per_week AS p,
               m.admission_date - (m.admission_date - DATE '1900-01-01') % 7 AS fw, m.last_day - (m.last_day - DATE '1900-01-01') % 7 AS lw
          FROM members m),
      changes AS (
        SELECT fw AS week_start, count(*) FILTER (WHERE fw <= lw) AS clients, 0 AS full_days,
               COALESCE(sum(CASE WHEN fw < lw THEN fw + 7 - a WHEN fw = lw THEN GREATEST(0, l + 1 - a) ELSE 0 END * p), 0) AS own_days
          FROM spans GROUP BY fw
        UNION ALL SELECT lw + 7, -count(*) FILTER (WHERE fw <= lw), 0, 0 FROM spans GROUP BY lw
        UNION ALL SELECT fw + 7, 0, COALESCE(sum(7 * p) FILTER (WHERE fw < lw), 0), 0 FROM spans GROUP BY fw
        UNION ALL SELECT lw, 0, -COALESCE(sum(7 * p) FILTER (WHERE fw < lw), 0), COALESCE(sum((l + 1 - lw) * p) FILTER (WHERE fw < lw), 0) FROM spans GROUP BY lw
        UNION ALL SELECT week_start, 0, 0, 0 FROM weeks),
      swept AS (
        SELECT week_start, sum(sum(clients)) OVER running AS clients_in_care, sum(sum(full_days)) OVER running + sum(own_days) AS expected_days
          FROM changes GROUP BY week_start WINDOW running AS (ORDER BY week_start)),
      expected AS (
        SELECT w.week_start, w.bucket, s.clients_in_care::int AS clients_in_care, (s.expected_days / 7.0)::float8 AS expected
          FROM swept s JOIN weeks w ON w.week_start = s.week_start),
      received AS (
        SELECT width_bucket(ci.occurred_at, b.starts) AS bucket, count(*)::int AS received,
               avg(ci.craving)::float8 AS mean_craving, avg(ci.mood)::float8 AS mean_mood,
               avg(ci.used_substances::int)::float8 AS share_use, avg(ci.attended_meeting::int)::float8 AS share_meetings
          FROM members m
         CROSS JOIN (SELECT array_agg(week_start::timestamp AT TIME ZONE $6::text ORDER BY bucket) AS starts FROM weeks) b
          JOIN check_in ci ON ci.client_id = m.id
           AND ci.occurred_at >= (GREATEST($4::date, m.admission_date)::timestamp AT TIME ZONE $6::text)
           AND ci.occurred_at < ((LEAST($5::date, m.last_day) + 1)::timestamp AT TIME ZONE $6::text)
         GROUP BY 1)
      SELECT 'All clients' AS "group", to_char(e.week_start, 'YYYY-MM-DD') AS "weekStart", e.clients_in_care AS "clientsInCare", e.expected,
             COALESCE(r.received, 0) AS received, CASE WHEN e.expected > 0 THEN LEAST(1, COALESCE(r.received, 0) / e.expected) END AS "completionRate",
             r.mean_craving AS "meanCraving", r.mean_mood AS "meanMood", r.share_use AS "shareReportingUse", r.share_meetings AS "shareAttendingMeetings"
        FROM expected e LEFT JOIN received r ON r.bucket = e.bucket
       WHERE e.clients_in_care > 0
       ORDER BY e.week_start`,
    params: dashboardParams(input, 6),
  };
}

/**
 * Kaplan–Meier steps by one part of the support system at the landmark (issue 14): the episodes
 * admitted in the range still in treatment after their landmark day (admission + $7 days; open, or
 * discharged after it), each in the group of what was recorded up to that day on the organization's
 * calendar ($6): network members created before the midnight ending the landmark day and not removed
 * by then, by stance; family events and peer contacts (not withdrawn) dated from admission to the
 * landmark; check-ins from the admission day's midnight to that one, and how many reported a meeting.
 * Each fact is counted over one client's indexed range, stopping at 2 where only 0/1/2+ matters.
 * Parameters: $1 organization, $2 viewer, $3 today, $4 from, $5 to, $6 time zone, $7 landmark days.
 */
export function supportRetentionFloor(dimension: SupportSystemDimension, input: FloorInput): SqlFloor {
  const [first, second, third] = SUPPORT_SYSTEM_GROUPS[dimension].map((label) => `'${label.replace(/'/g, "''")}'`);
  const members = (stance: 'SUPPORTIVE' | 'RISK', cap: number) => `(SELECT count(*)::int FROM (SELECT 1 FROM support_network_member m
        WHERE m.client_id = e.client_id AND m.stance = '${stance}' AND m.created_at < e.ends AND (m.removed_at IS NULL OR m.removed_at >= e.ends) LIMIT ${cap}) x)`;
  const group: Record<SupportSystemDimension, string> = {
    [SupportSystemDimension.SUPPORTIVE_NETWORK]: `CASE ${members('SUPPORTIVE', 2)} WHEN 0 THEN ${first} WHEN 1 THEN ${second} ELSE ${third} END`,
    [SupportSystemDimension.RISK_IN_NETWORK]: `CASE ${members('RISK', 1)} WHEN 0 THEN ${first} ELSE ${second} END`,
    [SupportSystemDimension.FAMILY_ENGAGEMENT]: `CASE (SELECT count(*)::int FROM (SELECT 1 FROM family_engagement_event fe
        WHERE fe.client_id = e.client_id AND fe.occurred_on BETWEEN e.admission_date AND e.landmark LIMIT 2) x)
        WHEN 0 THEN ${first} WHEN 1 THEN ${second} ELSE ${third} END`,
    // Contacts per week over the landmark window, n ÷ ($7 ÷ 7), compared in whole numbers: under one a week is 7n < $7.
    [SupportSystemDimension.PEER_CONTACT]: `(SELECT CASE WHEN count(*) = 0 THEN ${first} WHEN count(*) * 7 < $7::int THEN ${second} ELSE ${third} END
        FROM peer_contact pc WHERE pc.client_id = e.client_id AND pc.occurred_on BETWEEN e.admission_date AND e.landmark AND pc.withdrawn_at IS NULL)`,
    // Share of check-ins reporting a meeting: none (or no check-ins) / at most half / more than half.
    [SupportSystemDimension.MUTUAL_AID]: `(SELECT CASE WHEN count(*) FILTER (WHERE ci.attended_meeting) = 0 THEN ${first}
                 WHEN count(*) FILTER (WHERE ci.attended_meeting) * 2 <= count(*) THEN ${second} ELSE ${third} END
        FROM check_in ci WHERE ci.client_id = e.client_id AND ci.occurred_at >= e.starts AND ci.occurred_at < e.ends)`,
  };
  return {
    sql: `WITH ${scopedCte(input, 'read')},
      cohort AS (
        SELECT ep.client_id, ep.admission_date, ep.admission_date + $7::int AS landmark,
               (ep.admission_date::timestamp AT TIME ZONE $6::text) AS starts, ((ep.admission_date + $7::int + 1)::timestamp AT TIME ZONE $6::text) AS ends,
               COALESCE(ep.discharge_date, $3::date) - ep.admission_date AS days,
               (ep.status = 'DISCHARGED' AND ep.discharge_reason NOT IN ('TREATMENT_COMPLETED', 'TRANSFERRED')) AS left_care
          FROM episode_of_care ep JOIN scoped s ON s.id = ep.client_id
         WHERE ep.admission_date BETWEEN $4::date AND LEAST($5::date, $3::date)
           AND ep.admission_date + $7::int <= $3::date AND (ep.discharge_date IS NULL OR ep.discharge_date > ep.admission_date + $7::int)),
      grouped AS (SELECT e.days, e.left_care, ${group[dimension]} AS grp FROM cohort e),
      steps AS (SELECT grp, days, count(*) FILTER (WHERE left_care)::int AS events, count(*) FILTER (WHERE NOT left_care)::int AS censored FROM grouped GROUP BY grp, days),
      at_risk AS (SELECT grp, days, events, censored, (sum(events + censored) OVER (PARTITION BY grp ORDER BY days DESC))::int AS at_risk FROM steps)
      SELECT grp AS "group", days, at_risk AS "atRisk", events, censored,
             CASE WHEN bool_or(events = at_risk) OVER w THEN 0::float8
                  ELSE exp(sum(CASE WHEN events > 0 AND events < at_risk THEN ln(1 - events::float8 / at_risk) ELSE 0 END) OVER w) END AS survival
        FROM at_risk
      WINDOW w AS (PARTITION BY grp ORDER BY days ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
       ORDER BY "group", days`,
    params: [...dashboardParams(input, 6), input.landmarkDays],
  };
}

/** Per counselor of the viewer's clients in care: plans, family, peer work and the stored risk flags, in one statement. */
export function caseloadSummaryFloor(input: FloorInput): SqlFloor {
  return {
    sql: `WITH ${scopedCte(input, 'read', ['status'])},
      active AS (
        SELECT c.id, a.staff_user_id AS counselor_id
          FROM scoped c
          JOIN care_team_assignment a ON a.client_id = c.id AND a.role = 'COUNSELOR' AND a.started_on <= $3::date AND (a.ended_on IS NULL OR a.ended_on > $3::date)
         WHERE c.status <> 'DISCHARGED')
      SELECT st.id AS "counselorId", st.display_name AS "counselorName", count(*)::int AS "activeClients",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_plan cp WHERE cp.client_id = act.id AND cp.status = 'ACTIVE' AND cp.review_due_on < $3::date))::int AS "plansOverdue",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_plan cp WHERE cp.client_id = act.id AND cp.status = 'PENDING_REVIEW'))::int AS "plansAwaitingSignOff",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM family_engagement_event fe WHERE fe.client_id = act.id AND fe.occurred_on > $3::date - 30))::int AS "familyEngagedLast30Days",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM care_team_assignment pa WHERE pa.client_id = act.id AND pa.role = 'PEER_SUPPORT'
                                              AND pa.started_on <= $3::date AND (pa.ended_on IS NULL OR pa.ended_on > $3::date)))::int AS "clientsWithPeerWorker",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM peer_contact pc WHERE pc.client_id = act.id AND pc.withdrawn_at IS NULL AND pc.occurred_on > $3::date - 14))::int AS "peerContactedLast14Days",
             COALESCE(sum(f.urgent), 0)::int AS "urgentFlags", COALESCE(sum(f.warning), 0)::int AS "warningFlags", COALESCE(sum(f.info), 0)::int AS "infoFlags",
             count(*) FILTER (WHERE r.highest_severity_rank = 3)::int AS "clientsWithUrgentFlags"
        FROM active act JOIN staff_user st ON st.id = act.counselor_id
        LEFT JOIN client_risk r ON r.client_id = act.id
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE flag->>'severity' = 'URGENT') AS urgent, count(*) FILTER (WHERE flag->>'severity' = 'WARNING') AS warning,
                 count(*) FILTER (WHERE flag->>'severity' = 'INFO') AS info
            FROM jsonb_array_elements(r.flags) flag) f ON r.flag_count > 0
       GROUP BY st.id, st.display_name
       ORDER BY st.display_name`,
    params: dashboardParams(input, 3),
  };
}

/**
 * A caseload page of `limit` for a counselor or supervisor: the open clients they are responsible
 * for (no emergency grants), urgent flags first, then by name (ICU collation) and id — the web's
 * default sort — with every field the CaseloadClients document shows and the total.
 * Parameters: $1 organization, $2 viewer, $3 today, $4 statuses, $5 limit, $6 offset.
 */
export function caseloadPageFloor(input: FloorInput): SqlFloor {
  const columns = ['first_name', 'last_name', 'preferred_name', 'pronouns', 'status', 'level_of_care', 'admission_date', 'recovery_start_date', 'discharge_date', 'check_in_schedule', 'program_id'];
  // The page is chosen first over the cheap columns (top-N sort), then only its rows get the
  // per-client fields; the total counts the same rows without them.
  const sql = `WITH ${scopedCte(input, 'caseload', columns)},
    page AS (
      SELECT c.*, r.flags, coalesce(r.highest_severity_rank, 0) AS risk_rank
        FROM scoped c LEFT JOIN client_risk r ON r.client_id = c.id
       WHERE c.status = ANY ($4::client_status[])
       ORDER BY (coalesce(r.highest_severity_rank, 0) = 3) DESC, c.last_name COLLATE "und-x-icu", c.first_name COLLATE "und-x-icu", c.id
       LIMIT $5 OFFSET $6)
    SELECT c.id, c.first_name, c.last_name, c.preferred_name, c.pronouns, c.status, c.level_of_care, c.admission_date, c.recovery_start_date,
           c.discharge_date, c.check_in_schedule, p.id AS program_id, p.name AS program_name,
           (SELECT max(ci.occurred_at) FROM check_in ci WHERE ci.client_id = c.id) AS last_check_in_at,
           (SELECT json_build_object('latest', (array_agg(cp.status ORDER BY cp.plan_version DESC))[1],
                                     'activeId', (array_agg(cp.id) FILTER (WHERE cp.status = 'ACTIVE'))[1],
                                     'reviewDueOn', (array_agg(cp.review_due_on) FILTER (WHERE cp.status = 'ACTIVE'))[1])
              FROM care_plan cp WHERE cp.client_id = c.id) AS plans,
           ${dualDiagnosisSql('c')} AS dual_diagnosis,
           coalesce(c.flags, '[]'::jsonb) AS risk_flags, c.risk_rank,
           (SELECT coalesce(json_agg(json_build_object('role', ct.role, 'id', s.id, 'displayName', s.display_name) ORDER BY ct.role, ct.started_on), '[]')
              FROM care_team_assignment ct JOIN staff_user s ON s.id = ct.staff_user_id
             WHERE ct.client_id = c.id AND ct.started_on <= $3::date AND (ct.ended_on IS NULL OR ct.ended_on > $3::date)) AS care_team,
           (SELECT count(*) FROM scoped t WHERE t.status = ANY ($4::client_status[])) AS total
      FROM page c
      JOIN program p ON p.id = c.program_id
     ORDER BY (c.risk_rank = 3) DESC, c.last_name COLLATE "und-x-icu", c.first_name COLLATE "und-x-icu", c.id`;
  return { sql, params: [input.organizationId, input.staffId, input.today, input.statuses, input.limit, input.offset] };
}
