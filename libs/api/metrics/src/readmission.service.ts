import { Injectable } from '@nestjs/common';
import { DischargeReason, EpisodeSelection, READMISSION_WINDOW_DAYS, type IsoDate } from '@carecircle/shared/domain';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy, scopedStatement } from '@carecircle/api/clients';

const [SHORT_WINDOW, LONG_WINDOW] = READMISSION_WINDOW_DAYS;

export interface ReadmissionRateRow {
  /** null on the row for all reasons together. */
  dischargeReason: DischargeReason | null;
  discharges: number;
  eligibleWithin30Days: number;
  readmittedWithin30Days: number;
  rateWithin30Days: number | null;
  eligibleWithin90Days: number;
  readmittedWithin90Days: number;
  rateWithin90Days: number | null;
}

export interface DischargeWindow {
  /** Discharge dates from/to, inclusive. */
  dischargedFrom: IsoDate;
  dischargedTo: IsoDate;
  episodes: EpisodeSelection;
}

/**
 * Readmission within 30 and 90 days of a discharge (DOMAIN.md: a program measure; a high rate after
 * "treatment completed" says discharge planning is failing), over the discharges of the caller's
 * clients in the window — the same scope as retention.
 *
 * - A discharge is readmitted within N days when the client's next episode began at most N days
 *   after it (`readmittedWithin` in shared/domain).
 * - The rate's denominator is the discharges whose outcome at N days is known: readmitted within N
 *   days already, or discharged at least N days ago. A discharge last week that has not come back
 *   yet is left out of the 30-day rate rather than counted as a success.
 * - Deaths are counted as discharges but never in a rate: nobody can be readmitted after one.
 */
@Injectable()
export class ReadmissionService {
  constructor(
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  async rates(ctx: RequestContext, window: DischargeWindow): Promise<{ overall: ReadmissionRateRow; byDischargeReason: ReadmissionRateRow[] }> {
    const statement = scopedStatement(
      this.access,
      ctx,
      `WITH discharges AS (
         SELECT ep.discharge_reason AS reason, ep.discharge_date,
                (next.admission_date - ep.discharge_date) AS days_to_return
         FROM episode_of_care ep
         JOIN scoped s ON s.id = ep.client_id
         LEFT JOIN episode_of_care next ON next.client_id = ep.client_id AND next.sequence = ep.sequence + 1
         WHERE ep.status = 'DISCHARGED'
           AND ep.discharge_date BETWEEN :from::date AND LEAST(:to::date, :today::date)
           AND (NOT :firstOnly::boolean OR ep.sequence = 1)
       ),
       marked AS (
         SELECT reason,
                reason <> 'DEATH' AS readmittable,
                COALESCE(days_to_return <= :short::int, false) AS back_short,
                COALESCE(days_to_return <= :long::int, false) AS back_long,
                discharge_date <= :today::date - :short::int AS followed_short,
                discharge_date <= :today::date - :long::int AS followed_long
         FROM discharges
       )
       SELECT reason::text AS "dischargeReason", GROUPING(reason) = 1 AS "allReasons",
              count(*)::int AS discharges,
              count(*) FILTER (WHERE readmittable AND (back_short OR followed_short))::int AS "eligibleWithin30Days",
              count(*) FILTER (WHERE readmittable AND back_short)::int AS "readmittedWithin30Days",
              count(*) FILTER (WHERE readmittable AND (back_long OR followed_long))::int AS "eligibleWithin90Days",
              count(*) FILTER (WHERE readmittable AND back_long)::int AS "readmittedWithin90Days"
       FROM marked
       GROUP BY ROLLUP (reason)
       ORDER BY GROUPING(reason) DESC, reason`,
      {
        from: window.dischargedFrom,
        to: window.dischargedTo,
        today: this.clock.today(),
        short: SHORT_WINDOW,
        long: LONG_WINDOW,
        firstOnly: window.episodes === EpisodeSelection.FIRST_ONLY,
      },
    );
    const rows: Array<Omit<ReadmissionRateRow, 'rateWithin30Days' | 'rateWithin90Days'> & { allReasons: boolean }> = await ctx.manager.query(
      statement.sql,
      statement.params,
    );
    const withRates = rows.map(({ allReasons, ...row }) => ({
      allReasons,
      row: {
        ...row,
        dischargeReason: allReasons ? null : row.dischargeReason,
        rateWithin30Days: row.eligibleWithin30Days > 0 ? row.readmittedWithin30Days / row.eligibleWithin30Days : null,
        rateWithin90Days: row.eligibleWithin90Days > 0 ? row.readmittedWithin90Days / row.eligibleWithin90Days : null,
      },
    }));
    const empty: ReadmissionRateRow = {
      dischargeReason: null,
      discharges: 0,
      eligibleWithin30Days: 0,
      readmittedWithin30Days: 0,
      rateWithin30Days: null,
      eligibleWithin90Days: 0,
      readmittedWithin90Days: 0,
      rateWithin90Days: null,
    };
    return {
      overall: withRates.find((r) => r.allReasons)?.row ?? empty,
      byDischargeReason: withRates.filter((r) => !r.allReasons).map((r) => r.row),
    };
  }
}
