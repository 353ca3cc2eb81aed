import { Injectable } from '@nestjs/common';
import { CENSORED_DISCHARGE_REASONS, EpisodeSelection, RETENTION_HORIZON_DAYS, type IsoDate } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy, scopedStatement } from '@carecircle/api/clients';
import { dimensionJoin, type MetricDimension } from './metric-dimension';

export interface RetentionRateRow {
  group: string;
  days: number;
  eligible: number;
  retained: number;
  rate: number | null;
}

export interface SurvivalStepRow {
  group: string;
  days: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
}

export interface RetentionReport {
  rates: RetentionRateRow[];
  steps: SurvivalStepRow[];
}

interface RetentionReportRows {
  rates: Array<Omit<RetentionRateRow, 'rate'>>;
  steps: SurvivalStepRow[];
}

export interface CohortWindow {
  /** Admission dates from/to, inclusive. */
  admittedFrom: IsoDate;
  admittedTo: IsoDate;
  dimension: MetricDimension;
  /** Every episode, or each person's first only (a readmission then does not count the person twice). */
  episodes: EpisodeSelection;
  /** The landmark, in days after admission, of the support-system dimensions (unused by the others). */
  landmarkDays: number;
}

/** One episode behind a curve, with its client's id (the resolver discloses the client). */
export interface GroupEpisodeRow {
  clientId: string;
  admissionDate: IsoDate;
  dischargeDate: IsoDate | null;
  daysInTreatment: number;
  leftCare: boolean;
}

/**
 * Episodes of care of the caller's clients admitted in the window: days in treatment so far (to
 * discharge or today) and whether the episode ended in leaving care (any discharge except
 * completion or transfer, `leftCare` in shared/domain), per DOMAIN.md's retention definitions.
 * Retention is a property of an episode: a readmitted person counts once per episode, or once in
 * all with FIRST_ONLY. The episode is exposed under the client alias `c` (`c.id` is the client),
 * so the dimension joins group by the episode's program and admission month, and the support-system
 * joins keep only the episodes in the landmark cohort (so their curves start at the landmark).
 */
const EPISODES = `
  episodes AS (
    SELECT c.id, c.episode_id, g.grp,
           (COALESCE(c.discharge_date, :today::date) - c.admission_date) AS days,
           (c.status = 'DISCHARGED' AND c.discharge_reason NOT IN (${CENSORED_DISCHARGE_REASONS.map((r) => `'${r}'`).join(', ')})) AS left_care,
           c.admission_date, c.status, c.discharge_date
    FROM (
      SELECT ep.client_id AS id, ep.id AS episode_id, ep.program_id, ep.admission_date, ep.status, ep.discharge_date, ep.discharge_reason
      FROM episode_of_care ep
      JOIN scoped s ON s.id = ep.client_id
      WHERE (NOT :firstOnly::boolean OR ep.sequence = 1)
    ) c
    DIMENSION_JOIN
    WHERE c.admission_date BETWEEN :admittedFrom::date AND LEAST(:admittedTo::date, :today::date)
  )`;

/** Retention at each horizon per group, over `episodes` (only when the caller asks for rates). */
const RATES = `
       rates AS (
         SELECT e.grp AS "group", h.n AS days,
                count(*) FILTER (WHERE e.admission_date <= :today::date - h.n)::int AS eligible,
                count(*) FILTER (WHERE e.admission_date <= :today::date - h.n
                                   AND (e.status <> 'DISCHARGED' OR e.discharge_date - e.admission_date >= h.n))::int AS retained
         FROM episodes e CROSS JOIN unnest(:horizons::int[]) AS h(n)
         GROUP BY e.grp, h.n
       ),`;

@Injectable()
export class RetentionService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  /**
   * Retention at N days (among episodes begun at least N days ago, the share that lasted at least N
   * days; episodes begun fewer than N days ago are left out of that rate) and Kaplan–Meier curves,
   * one per group, in one statement. On the curves: at each distinct time the number at risk counts
   * everyone whose time is at or after it; the product over (1 − events/at risk) is taken as
   * exp(Σ ln(…)), and as 0 once a step empties the risk set. The rates are computed only when asked
   * for (`withRates`): the support-system section shows curves alone.
   */
  async report(ctx: RequestContext, window: CohortWindow, withRates: boolean): Promise<RetentionReport> {
    const { rates, steps } = await this.query(ctx, window, withRates);
    return { rates: rates.map((r) => ({ ...r, rate: r.eligible > 0 ? r.retained / r.eligible : null })), steps };
  }

  /**
   * The episodes behind one group's curve, from the same episodes and the same scope as the report,
   * ordered by the client's name.
   */
  async groupEpisodes(ctx: RequestContext, window: CohortWindow, group: string): Promise<GroupEpisodeRow[]> {
    const statement = scopedStatement(
      this.access,
      ctx,
      `WITH ${EPISODES.replace('DIMENSION_JOIN', dimensionJoin(window.dimension))}
       SELECT e.id AS "clientId", to_char(e.admission_date, 'YYYY-MM-DD') AS "admissionDate",
              to_char(e.discharge_date, 'YYYY-MM-DD') AS "dischargeDate", e.days::int AS "daysInTreatment", e.left_care AS "leftCare"
       FROM episodes e JOIN client cl ON cl.id = e.id
       WHERE e.grp = :group
       ORDER BY cl.last_name, cl.first_name, cl.id, e.admission_date`,
      { ...this.params(window), group },
    );
    return ctx.manager.query(statement.sql, statement.params);
  }

  private params(window: CohortWindow): Record<string, unknown> {
    return {
      today: this.clock.today(),
      dayZone: this.clock.timeZone(),
      landmarkDays: window.landmarkDays,
      admittedFrom: window.admittedFrom,
      admittedTo: window.admittedTo,
      firstOnly: window.episodes === EpisodeSelection.FIRST_ONLY,
    };
  }

  private async query(ctx: RequestContext, window: CohortWindow, withRates: boolean): Promise<RetentionReportRows> {
    const statement = scopedStatement(
      this.access,
      ctx,
      `WITH ${EPISODES.replace('DIMENSION_JOIN', dimensionJoin(window.dimension))},
       ${withRates ? RATES : ''}
       steps AS (
         SELECT grp, days,
                count(*) FILTER (WHERE left_care)::int AS events,
                count(*) FILTER (WHERE NOT left_care)::int AS censored
         FROM episodes GROUP BY grp, days
       ),
       at_risk AS (
         SELECT grp, days, events, censored,
                (sum(events + censored) OVER (PARTITION BY grp ORDER BY days DESC))::int AS at_risk
         FROM steps
       ),
       curves AS (
         SELECT grp AS "group", days, at_risk AS "atRisk", events, censored,
                CASE WHEN bool_or(events = at_risk) OVER w THEN 0::float8
                     ELSE exp(sum(CASE WHEN events > 0 AND events < at_risk THEN ln(1 - events::float8 / at_risk) ELSE 0 END) OVER w)
                END AS survival
         FROM at_risk
         WINDOW w AS (PARTITION BY grp ORDER BY days ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
       )
       SELECT ${withRates ? `(SELECT COALESCE(json_agg(r ORDER BY r."group", r.days), '[]') FROM rates r)` : `'[]'::json`} AS rates,
              (SELECT COALESCE(json_agg(k ORDER BY k."group", k.days), '[]') FROM curves k) AS steps`,
      { ...this.params(window), ...(withRates ? { horizons: [...RETENTION_HORIZON_DAYS] } : {}) },
    );
    // One row always (two aggregates over possibly no episodes).
    const [row]: RetentionReportRows[] = await ctx.manager.query(statement.sql, statement.params);
    return row ?? { rates: [], steps: [] };
  }
}
