import type { RatingScale } from '@carecircle/shared/domain';

/** The axis for a rating scale (e.g. CRAVING_SCALE): its bounds as the domain, and ticks every `step` from the minimum. */
export function scaleAxis(scale: RatingScale, step = 1): { domain: [number, number]; ticks: number[] } {
  if (!(step > 0)) throw new Error(`A scale axis needs a positive step; got ${step}.`);
  const ticks: number[] = [];
  for (let value = scale.min; value <= scale.max; value += step) ticks.push(value);
  return { domain: [scale.min, scale.max], ticks };
}

/** "0–10": the scale's bounds as people read them in titles and column headers. */
export function scaleRange(scale: RatingScale): string {
  return `${scale.min}–${scale.max}`;
}
