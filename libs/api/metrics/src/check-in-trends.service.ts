import { Injectable } from '@nestjs/common';
import { EXPECTED_CHECK_INS_PER_WEEK, type IsoDate } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy, scopedStatement } from '@carecircle/api/clients';
import { dimensionJoin, type MetricDimension } from './metric-dimension';

export interface CheckInWeekRow {
  group: string;
  weekStart: IsoDate;
  clientsInCare: number;
  expected: number;
  received: number;
  completionRate: number | null;
  meanCraving: number | null;
  meanMood: number | null;
  shareReportingUse: number | null;
  shareAttendingMeetings: number | null;
}

@Injectable()
export class CheckInTrendsService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  /**
   * Weekly (ISO weeks, Monday start) check-in trends for the caller's clients in care during the
   * range. Expected check-ins count each client's days in care that week against their schedule;
   * completion is received ÷ expected, capped at 100%. Check-ins count on the organization's day
   * (its time zone), the same day "today" and the check-in list use.
   *
   * In one statement that stays fast at a million check-ins:
   * - expected check-ins and clients in care are swept over the weeks from each client's first and
   *   last week (changes summed per week, then running sums), not computed for every client × week;
   * - each client's weeks wholly inside their days in the range are read from the weekly roll-up
   *   (`check_in_week`, one row per client and week, kept by triggers): a year is ~52 rows a client,
   *   not ~365 check-ins;
   * - only the partial weeks at either end are read from the check-ins, over a plain `occurred_at`
   *   range (the organization's midnights as instants) from the covering index (client_id,
   *   occurred_at) INCLUDE (craving, mood, …), and put in their week by the instant each week
   *   starts (`width_bucket` over the weeks' midnights), not by converting every check-in to a local date.
   *
   * A support-system dimension groups each client by their current episode's landmark (`landmarkDays`);
   * clients whose episode is not in the landmark cohort are left out of those groupings.
   */
  async weekly(
    ctx: RequestContext,
    range: { from: IsoDate; to: IsoDate; dimension: MetricDimension; landmarkDays: number },
  ): Promise<CheckInWeekRow[]> {
    const perWeek = EXPECTED_CHECK_INS_PER_WEEK;
    const statement = scopedStatement(
      this.access,
      ctx,
      `WITH members AS (
         SELECT c.id, g.grp, c.admission_date, LEAST(COALESCE(c.discharge_date, :today::date), :today::date) AS last_day,
                CASE c.check_in_schedule WHEN 'DAILY' THEN ${perWeek.DAILY} WHEN 'SEVERAL_PER_WEEK' THEN ${perWeek.SEVERAL_PER_WEEK} ELSE ${perWeek.WEEKLY} END AS per_week
         FROM scoped c
         ${dimensionJoin(range.dimension)}
         WHERE c.admission_date <= :to::date AND COALESCE(c.discharge_date, :today::date) >= :from::date
       ),
       weeks AS (
         SELECT w::date AS week_start, n::int AS bucket
         FROM generate_series(date_trunc('week', :from::date), date_trunc('week', LEAST(:to::date, :today::date)), interval '1 week') WITH ORDINALITY AS s(w, n)
       ),
       -- A client is in care in week w when week(admission) <= w <= week(last day), for
       -- max(0, min(last day + 1, w + 7) - max(admission, w)) days: 7 in the weeks between, part
       -- of the first and last week. As changes at the week they happen: +1 client at the first
       -- week, -1 after the last; 7 days a week from the week after the first to the week before
       -- the last; the first and last weeks' own days. Expected = days × per week ÷ 7.
       -- Monday on or before a date, in date arithmetic (1900-01-01 was a Monday): date_trunc would
       -- go through a timestamp with time zone for every client.
       spans AS (
         SELECT m.grp, m.admission_date AS a, m.last_day AS l, m.per_week AS p,
                m.admission_date - (m.admission_date - DATE '1900-01-01') % 7 AS fw, m.last_day - (m.last_day - DATE '1900-01-01') % 7 AS lw
         FROM members m
       ),
       -- The changes summed per group and week as they are made (four aggregates over the clients),
       -- not four rows per client: 3,700 clients cost ~70 ms that way, ~10 ms this way.
       changes AS (
         SELECT grp, fw AS week_start, count(*) FILTER (WHERE fw <= lw) AS clients, 0 AS full_days,
                COALESCE(sum(CASE WHEN fw < lw THEN fw + 7 - a WHEN fw = lw THEN GREATEST(0, l + 1 - a) ELSE 0 END * p), 0) AS own_days
         FROM spans GROUP BY grp, fw
         UNION ALL
         SELECT grp, lw + 7, -count(*) FILTER (WHERE fw <= lw), 0, 0 FROM spans GROUP BY grp, lw
         UNION ALL
         SELECT grp, fw + 7, 0, COALESCE(sum(7 * p) FILTER (WHERE fw < lw), 0), 0 FROM spans GROUP BY grp, fw
         UNION ALL
         SELECT grp, lw, 0, -COALESCE(sum(7 * p) FILTER (WHERE fw < lw), 0), COALESCE(sum((l + 1 - lw) * p) FILTER (WHERE fw < lw), 0) FROM spans GROUP BY grp, lw
         UNION ALL
         SELECT grp, w.week_start, 0, 0, 0 FROM (SELECT DISTINCT grp FROM members) groups CROSS JOIN weeks w
       ),
       swept AS (
         SELECT grp, week_start,
                sum(sum(clients)) OVER running AS clients_in_care,
                sum(sum(full_days)) OVER running + sum(own_days) AS expected_days
         FROM changes GROUP BY grp, week_start
         WINDOW running AS (PARTITION BY grp ORDER BY week_start)
       ),
       expected AS (
         SELECT w.week_start, w.bucket, s.grp, s.clients_in_care::int AS clients_in_care, (s.expected_days / 7.0)::float8 AS expected
         FROM swept s JOIN weeks w ON w.week_start = s.week_start
       ),
       -- Each member's check-ins between lo and hi (whole local days): the weeks wholly inside from the
       -- weekly roll-up (check_in_week, kept by triggers), the partial weeks at either end, at most
       -- six days each, from the check-ins themselves. ff is the first Monday on or after lo, lf the
       -- last Monday on or before the day after hi: full weeks are ff <= w < lf, the head [lo, ff) and
       -- the tail [lf, hi + 1); with no full week the head is the whole range and the tail is empty.
       bounds AS (
         SELECT m.id, m.grp, r.lo, r.hi1, r.lo + (7 - (r.lo - DATE '1900-01-01') % 7) % 7 AS ff, r.hi1 - (r.hi1 - DATE '1900-01-01') % 7 AS lf
         FROM members m CROSS JOIN LATERAL (SELECT GREATEST(:from::date, m.admission_date) AS lo, LEAST(:to::date, m.last_day) + 1 AS hi1) r
       ),
       received_parts AS (
         -- Summed per group and week before the weeks are numbered: joined first, the planner expects a
         -- few hundred rows, sorts the ~86,000 a large team has and spills them to disk.
         SELECT w.bucket, r.grp, r.check_ins, r.craving_sum, r.craving_count, r.mood_sum, r.mood_count, r.used_count, r.meeting_count
         FROM (SELECT b.grp, cw.week_start, sum(cw.check_ins) AS check_ins, sum(cw.craving_sum) AS craving_sum, sum(cw.craving_count) AS craving_count,
                      sum(cw.mood_sum) AS mood_sum, sum(cw.mood_count) AS mood_count,
                      sum(cw.used_substances_count) AS used_count, sum(cw.attended_meeting_count) AS meeting_count
               FROM bounds b
               JOIN check_in_week cw ON cw.client_id = b.id AND cw.week_start >= b.ff AND cw.week_start < b.lf
               GROUP BY 1, 2) r
         JOIN weeks w ON w.week_start = r.week_start
         UNION ALL
         SELECT width_bucket(ci.occurred_at, s.starts), b.grp, count(*), sum(ci.craving), count(ci.craving), sum(ci.mood), count(ci.mood),
                count(*) FILTER (WHERE ci.used_substances), count(*) FILTER (WHERE ci.attended_meeting)
         FROM bounds b
         CROSS JOIN (SELECT array_agg(week_start::timestamp AT TIME ZONE CAST(:dayZone AS text) ORDER BY bucket) AS starts FROM weeks) s
         CROSS JOIN LATERAL (VALUES (b.lo, LEAST(b.ff, b.hi1)), (GREATEST(b.ff, b.lf), b.hi1)) edge(first_day, end_day)
         JOIN check_in ci ON ci.client_id = b.id
          AND ci.occurred_at >= (edge.first_day::timestamp AT TIME ZONE CAST(:dayZone AS text))
          AND ci.occurred_at < (edge.end_day::timestamp AT TIME ZONE CAST(:dayZone AS text))
         WHERE edge.first_day < edge.end_day
         GROUP BY 1, 2
       ),
       -- Means as avg() makes them (numeric sum ÷ count), so a week reads the same from either source.
       received AS (
         SELECT bucket, grp, sum(check_ins)::int AS received,
                (sum(craving_sum)::numeric / NULLIF(sum(craving_count), 0))::float8 AS mean_craving,
                (sum(mood_sum)::numeric / NULLIF(sum(mood_count), 0))::float8 AS mean_mood,
                (sum(used_count)::numeric / sum(check_ins))::float8 AS share_use,
                (sum(meeting_count)::numeric / sum(check_ins))::float8 AS share_meetings
         FROM received_parts GROUP BY 1, 2
       )
       SELECT e.grp AS "group", to_char(e.week_start, 'YYYY-MM-DD') AS "weekStart", e.clients_in_care AS "clientsInCare",
              e.expected, COALESCE(r.received, 0) AS received,
              CASE WHEN e.expected > 0 THEN LEAST(1, COALESCE(r.received, 0) / e.expected) END AS "completionRate",
              r.mean_craving AS "meanCraving", r.mean_mood AS "meanMood",
              r.share_use AS "shareReportingUse", r.share_meetings AS "shareAttendingMeetings"
       FROM expected e LEFT JOIN received r ON r.bucket = e.bucket AND r.grp = e.grp
       WHERE e.clients_in_care > 0
       ORDER BY e.grp, e.week_start`,
      { today: this.clock.today(), dayZone: this.clock.timeZone(), from: range.from, to: range.to, landmarkDays: range.landmarkDays },
      ['admission_date', 'discharge_date', 'check_in_schedule', 'program_id'],
    );
    return ctx.manager.query(statement.sql, statement.params);
  }
}
