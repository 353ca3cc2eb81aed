import { ClientStatus, LEVELS_OF_CARE, type LevelOfCare } from '@carecircle/shared/domain';

/**
 * SQL twins of what the caseload shows and sorts by, over a client row under `alias`, with the
 * organization's day as the named parameter `:caseloadToday` (a date). The caseload statement test
 * checks them against the pure functions of shared/domain.
 */

/** Names compare as people read them: by letters (ICU root collation), not by byte value ("adams" is not after "Zed"). */
export const NAME_COLLATION = '"und-x-icu"';

function alias(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Not a plain SQL alias: ${name}`);
  return name;
}

/** A client's level of care as its ASAM code (0.5 … 4), the order clinicians read levels in. */
export function asamCodeSql(client: string): string {
  const cases = Object.entries(LEVELS_OF_CARE).map(([level, info]) => `WHEN '${level as LevelOfCare}' THEN ${Number.parseFloat(info.asamCode)}`);
  return `(CASE ${alias(client)}.level_of_care ${cases.join(' ')} END)`;
}

/** Active, on hold, discharged. */
export function statusRankSql(client: string): string {
  return `(CASE ${alias(client)}.status WHEN '${ClientStatus.ACTIVE}' THEN 0 WHEN '${ClientStatus.ON_HOLD}' THEN 1 WHEN '${ClientStatus.DISCHARGED}' THEN 2 END)`;
}

/** `daysInTreatment` (shared/domain): admission day is day 1; counting stops at discharge. */
export function daysInTreatmentSql(client: string): string {
  const c = alias(client);
  return `GREATEST(0, LEAST(COALESCE(${c}.discharge_date, CAST(:caseloadToday AS date)), CAST(:caseloadToday AS date)) - ${c}.admission_date + 1)`;
}

/**
 * The date of the next recovery milestone after today, as `nextMilestone` (shared/domain) finds
 * it: 1, 7, 30, 60, 90 days, 6 and 9 months, 1 year, 18 months, then every year from 2; null
 * without a recovery start date, before it, and after discharge. Month and year steps clamp to the
 * month's end as date-fns does (PostgreSQL's date + interval does the same).
 */
export function nextMilestoneDateSql(client: string): string {
  const c = alias(client);
  const today = 'CAST(:caseloadToday AS date)';
  const start = `${c}.recovery_start_date`;
  const fixed = [
    `${start} + 1`,
    `${start} + 7`,
    `${start} + 30`,
    `${start} + 60`,
    `${start} + 90`,
    `CAST(${start} + interval '6 months' AS date)`,
    `CAST(${start} + interval '9 months' AS date)`,
    `CAST(${start} + interval '1 year' AS date)`,
    `CAST(${start} + interval '18 months' AS date)`,
  ];
  // Yearly from the second year: the first whole-year anniversary after today. age() counts whole
  // years; a start on 29 February can make that anniversary fall on today, hence the next one.
  const years = `GREATEST(2, CAST(extract(year FROM age(${today}, ${start})) AS int) + 1)`;
  const yearly = `CAST(${start} + make_interval(years => ${years}) AS date)`;
  const nextYearly = `CAST(${start} + make_interval(years => ${years} + 1) AS date)`;
  // The fixed milestones rise in this order, so the first one after today is the next.
  const steps = fixed.map((d) => `WHEN ${d} > ${today} THEN ${d}`).join(' ');
  return (
    `(CASE WHEN ${start} IS NULL OR ${start} > ${today} OR ${c}.status = '${ClientStatus.DISCHARGED}' THEN NULL ` +
    `${steps} WHEN ${yearly} > ${today} THEN ${yearly} ELSE ${nextYearly} END)`
  );
}

/** When the client last checked in (any channel), or null. */
export function lastCheckInSql(client: string): string {
  return `(SELECT max(ci.occurred_at) FROM check_in ci WHERE ci.client_id = ${alias(client)}.id)`;
}
