/** One client's time in treatment: `event` is a discharge that counts as leaving care. */
export interface SurvivalObservation {
  days: number;
  event: boolean;
}

export interface SurvivalStep {
  days: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
}

/**
 * Kaplan–Meier product-limit estimate. At each distinct time, those with an event and those
 * censored at that time are both counted at risk (censoring is taken to happen just after events).
 * Steps are returned for every time with an event or a censoring, so numbers at risk can be shown.
 * The SQL implementation in libs/api/metrics follows the same definition; tests hold them equal.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalStep[] {
  const times = [...new Set(observations.map((o) => o.days))].sort((a, b) => a - b);
  let atRisk = observations.length;
  let survival = 1;
  const steps: SurvivalStep[] = [];
  for (const days of times) {
    const here = observations.filter((o) => o.days === days);
    const events = here.filter((o) => o.event).length;
    const censored = here.length - events;
    if (events > 0) survival *= 1 - events / atRisk;
    steps.push({ days, atRisk, events, censored, survival });
    atRisk -= here.length;
  }
  return steps;
}

/** The survival estimate at `days` (the last step at or before it). */
export function survivalAt(steps: readonly SurvivalStep[], days: number): number {
  let value = 1;
  for (const step of steps) {
    if (step.days > days) break;
    value = step.survival;
  }
  return value;
}
