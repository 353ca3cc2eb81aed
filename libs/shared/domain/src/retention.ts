import { ClientStatus, calendarDaysBetween, DischargeReason, EpisodeSelection, type IsoDate } from './episode-of-care';

/** The horizons retention is reported at, in days since admission (DOMAIN.md: N = 30, 60, 90, 180). */
export const RETENTION_HORIZON_DAYS = [30, 60, 90, 180] as const;

/**
 * Whether an episode that ended this way counts as leaving care for the Kaplan–Meier curve
 * (DOMAIN.md: the event is a discharge for any reason other than completion or transfer; the rest
 * are censored). The SQL in libs/api/metrics/src/retention.service.ts applies the same rule.
 */
export const CENSORED_DISCHARGE_REASONS = [DischargeReason.TREATMENT_COMPLETED, DischargeReason.TRANSFERRED] as const;

export function leftCare(status: ClientStatus, dischargeReason: DischargeReason | null): boolean {
  return status === ClientStatus.DISCHARGED && dischargeReason !== null && !(CENSORED_DISCHARGE_REASONS as readonly DischargeReason[]).includes(dischargeReason);
}

/** Retained at N days (DOMAIN.md): the episode lasted at least N days, i.e. still open, or discharged N or more days after admission. */
export function retainedAt(
  episode: { admissionDate: IsoDate; status: ClientStatus; dischargeDate: IsoDate | null },
  days: number,
): boolean {
  if (episode.status !== ClientStatus.DISCHARGED || episode.dischargeDate === null) return true;
  return calendarDaysBetween(episode.admissionDate, episode.dischargeDate) >= days;
}

/** An episode is eligible for retention at N days once it began at least N days ago. */
export function eligibleForRetentionAt(admissionDate: IsoDate, today: IsoDate, days: number): boolean {
  return calendarDaysBetween(admissionDate, today) >= days;
}

/**
 * The episodes a metric counts: all of them, or each person's first (lowest sequence) only.
 * The SQL twin filters on `sequence = 1`.
 */
export function selectEpisodes<T extends { clientId: string; sequence: number }>(episodes: readonly T[], selection: EpisodeSelection): T[] {
  return selection === EpisodeSelection.ALL ? [...episodes] : episodes.filter((episode) => episode.sequence === 1);
}
