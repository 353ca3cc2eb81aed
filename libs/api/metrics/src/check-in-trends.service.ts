import { Injectable } from '@nestjs/common';
import { EXPECTED_CHECK_INS_PER_WEEK, type IsoDate } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy } from '@carecircle/api/clients';
import { dimensionJoin, type MetricDimension } from './metric-dimension';
import { scopedStatement } from './scoped-sql';

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
   */
  async weekly(ctx: RequestContext, range: { from: IsoDate; to: IsoDate; dimension: MetricDimension }): Promise<CheckInWeekRow[]> {
    const perWeek = EXPECTED_CHECK_INS_PER_WEEK;
    const statement = scopedStatement(
      this.access,
      ctx,
      `WITH members AS (
         SELECT c.id, g.grp, c.admission_date, LEAST(COALESCE(c.discharge_date, :today::date), :today::date) AS last_day,
                CASE c.check_in_schedule WHEN 'DAILY' THEN ${perWeek.DAILY} WHEN 'SEVERAL_PER_WEEK' THEN ${perWeek.SEVERAL_PER_WEEK} ELSE ${perWeek.WEEKLY} END AS per_week
         FROM client c JOIN scoped s ON s.id = c.id
         ${dimensionJoin(range.dimension)}
         WHERE c.admission_date <= :to::date AND COALESCE(c.discharge_date, :today::date) >= :from::date
       ),
       weeks AS (
         SELECT generate_series(date_trunc('week', :from::date), date_trunc('week', LEAST(:to::date, :today::date)), interval '1 week')::date AS week_start
       ),
       expected AS (
         SELECT w.week_start, m.grp,
                count(*) FILTER (WHERE m.admission_date <= w.week_start + 6 AND m.last_day >= w.week_start)::int AS clients_in_care,
                sum(GREATEST(0, LEAST(m.last_day + 1, w.week_start + 7) - GREATEST(m.admission_date, w.week_start)) * m.per_week / 7.0)::float8 AS expected
         FROM weeks w CROSS JOIN members m
         GROUP BY w.week_start, m.grp
       ),
       received AS (
         SELECT date_trunc('week', (ci.occurred_at AT TIME ZONE CAST(:dayZone AS text))::date)::date AS week_start, m.grp,
                count(*)::int AS received,
                avg(ci.craving)::float8 AS mean_craving,
                avg(ci.mood)::float8 AS mean_mood,
                avg(ci.used_substances::int)::float8 AS share_use,
                avg(ci.attended_meeting::int)::float8 AS share_meetings
         FROM check_in ci JOIN members m ON m.id = ci.client_id
         WHERE (ci.occurred_at AT TIME ZONE CAST(:dayZone AS text))::date BETWEEN GREATEST(:from::date, m.admission_date) AND LEAST(:to::date, m.last_day)
         GROUP BY 1, 2
       )
       SELECT e.grp AS "group", to_char(e.week_start, 'YYYY-MM-DD') AS "weekStart", e.clients_in_care AS "clientsInCare",
              e.expected, COALESCE(r.received, 0) AS received,
              CASE WHEN e.expected > 0 THEN LEAST(1, COALESCE(r.received, 0) / e.expected) END AS "completionRate",
              r.mean_craving AS "meanCraving", r.mean_mood AS "meanMood",
              r.share_use AS "shareReportingUse", r.share_meetings AS "shareAttendingMeetings"
       FROM expected e LEFT JOIN received r ON r.week_start = e.week_start AND r.grp = e.grp
       WHERE e.clients_in_care > 0
       ORDER BY e.grp, e.week_start`,
      { today: this.clock.today(), dayZone: this.clock.timeZone(), from: range.from, to: range.to },
    );
    return ctx.manager.query(statement.sql, statement.params);
  }
}
