import { zodRules } from '@carecircle/web/forms';
import { z } from 'zod';
import { formatDay } from './care-team-labels';

export interface MoveRowValues {
  clientId: string;
  clientName: string;
  move: boolean;
  toStaffId: string;
}

/** The move form: which clients go, to whom, from when. Every checked client needs a destination. */
export function moveCaseloadSchema(part: string, latest: string) {
  return z
    .object({
      effectiveOn: zodRules.isoDate('Effective date').refine((value) => value === '' || value <= latest, `Effective date can be at most ${formatDay(latest)}`),
      moves: z.array(z.object({ clientId: z.string(), clientName: z.string(), move: z.boolean(), toStaffId: z.string() })),
    })
    .superRefine((values, ctx) => {
      if (!values.moves.some((m) => m.move)) ctx.addIssue({ code: 'custom', path: ['effectiveOn'], message: 'Choose at least one client to move' });
      values.moves.forEach((m, i) => {
        if (m.move && !m.toStaffId) ctx.addIssue({ code: 'custom', path: ['moves', i, 'toStaffId'], message: `Choose a new ${part} for ${m.clientName}` });
      });
    });
}

export type MoveCaseloadValues = z.output<ReturnType<typeof moveCaseloadSchema>>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 clients will move: 2 to Robin Lee (Ann Bell, Bo Cruz); 1 to Sam Ortiz (Cy Diaz)." */
export function movePreview(moves: readonly MoveRowValues[], nameOf: (staffId: string) => string): string {
  const chosen = moves.filter((m) => m.move && m.toStaffId);
  const byDestination = new Map<string, string[]>();
  for (const m of chosen) byDestination.set(m.toStaffId, [...(byDestination.get(m.toStaffId) ?? []), m.clientName]);
  const parts = [...byDestination.entries()].map(([staffId, names]) => `${names.length} to ${nameOf(staffId)} (${names.join(', ')})`);
  return `${plural(chosen.length, 'client')} will move: ${parts.join('; ')}.`;
}

/**
 * The server names refused moves by their place in the list it was sent (`moves.3.toStaffId`); the
 * form lists every client, checked or not. Maps each to the form's field: the destination select,
 * or the client's checkbox for a problem with the client itself.
 */
export function formFieldOfProblem(field: string, sentRowIndexes: readonly number[]): string | null {
  if (field === 'effectiveOn') return 'effectiveOn';
  const match = /^moves\.(\d+)\.(clientId|toStaffId)$/.exec(field);
  if (!match) return null;
  const row = sentRowIndexes[Number(match[1])];
  if (row === undefined) return null;
  return match[2] === 'toStaffId' ? `moves.${row}.toStaffId` : `moves.${row}.move`;
}
