import { RECOVERY_STANCE_LABELS } from '@carecircle/shared/domain';
import type { RecoveryStance } from '@carecircle/web/data-access';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode<T> extends Point {
  item: T;
  /** Degrees clockwise from 12 o'clock. */
  angle: number;
}

/**
 * Places n items evenly on a circle around (cx, cy), the first at 12 o'clock, going clockwise.
 * Coordinates are rounded to 0.1 so snapshots and tests stay stable.
 */
export function placeOnCircle<T>(items: readonly T[], center: Point, radius: number): PlacedNode<T>[] {
  const n = items.length;
  return items.map((item, i) => {
    const angle = n === 0 ? 0 : (360 * i) / n;
    const radians = ((angle - 90) * Math.PI) / 180;
    return {
      item,
      angle,
      x: round(center.x + radius * Math.cos(radians)),
      y: round(center.y + radius * Math.sin(radians)),
    };
  });
}

/** The point `distance` along the segment from a towards b (used to stop lines at circle edges). */
export function pointToward(a: Point, b: Point, distance: number): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length === 0) return { ...a };
  return {
    x: round(a.x + ((b.x - a.x) * distance) / length),
    y: round(a.y + ((b.y - a.y) * distance) / length),
  };
}

/** An SVG path zig-zagging from a to b: the "risk" line style, recognisable without colour. */
export function zigzagPath(a: Point, b: Point, amplitude = 5, wavelength = 12): string {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const steps = Math.max(2, Math.round(length / (wavelength / 2)));
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  const parts = [`M${round(a.x)} ${round(a.y)}`];
  for (let i = 1; i < steps; i++) {
    const t = (length * i) / steps;
    const side = i % 2 === 0 ? -amplitude : amplitude;
    parts.push(`L${round(a.x + ux * t - uy * side)} ${round(a.y + uy * t + ux * side)}`);
  }
  parts.push(`L${round(b.x)} ${round(b.y)}`);
  return parts.join(' ');
}

export type StanceCounts = Record<RecoveryStance, number>;

export function countStances(members: ReadonlyArray<{ stance: RecoveryStance }>): StanceCounts {
  const counts: StanceCounts = { SUPPORTIVE: 0, NEUTRAL: 0, RISK: 0 };
  for (const m of members) counts[m.stance] += 1;
  return counts;
}

/** "Support network of Jo: 4 people — 2 supportive, 1 neutral, 1 risk." */
export function ecomapSummary(clientName: string, members: ReadonlyArray<{ stance: RecoveryStance }>): string {
  const counts = countStances(members);
  const n = members.length;
  if (n === 0) return `Support network of ${clientName}: no one recorded yet.`;
  const parts = (['SUPPORTIVE', 'NEUTRAL', 'RISK'] as const).map((s) => `${counts[s]} ${RECOVERY_STANCE_LABELS[s].toLowerCase()}`);
  return `Support network of ${clientName}: ${n} ${n === 1 ? 'person' : 'people'} — ${parts.join(', ')}.`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
