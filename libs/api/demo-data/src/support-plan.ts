import { DischargeReason } from '@carecircle/shared/domain';
import type { SeededRandom } from './seeded-random';

/**
 * What a demo client's support system looks like in the first month of the episode, decided at
 * admission, before the outcome: the seeds that write networks, family events, peer contacts and
 * check-ins then record exactly this, so the outcome can follow the support a supervisor will see
 * at the landmark (day 30) and not what piled up afterwards.
 */
export interface SupportPlan {
  /** The family takes part in treatment: supportive relatives, family sessions. */
  familyEngaged: boolean;
  /** Supportive people named at intake (recorded in the first days of the episode). */
  supportiveAtIntake: number;
  /** Someone at intake still uses with the client, or otherwise puts recovery at risk. */
  riskAtIntake: boolean;
  /** Family events in the first 30 days of the episode. */
  earlyFamilyEvents: number;
  /** A peer worker is assigned for the episode. */
  hasPeer: boolean;
  /** Days between peer contacts in the first five weeks (null without a peer worker). */
  earlyPeerSpacing: readonly [number, number] | null;
  /** The chance that a check-in reports a mutual-aid meeting. */
  meetingChance: number;
  /** How well supported, on a rough scale of -0.4 (none, and a risk) to about 2.5. */
  score: number;
}

/** The relative outcome weights of an admission: reason (null while still in care), shortest and longest stay. */
export type OutcomeOption = readonly [readonly [DischargeReason | null, number, number], number];

/**
 * Draws one admission's support plan from its own stream. Engaged families go with supportive
 * networks and family sessions; peer contact and meetings vary on their own. Community clients
 * always have a peer worker, IOP clients sometimes.
 */
export function drawSupportPlan(random: SeededRandom, community: boolean): SupportPlan {
  // How connected the person is: the parts of a support system tend to come together.
  const connected = random.next();
  const familyEngaged = random.chance(0.15 + 0.5 * connected);
  const supportiveAtIntake = familyEngaged
    ? random.weighted([
        [1, 4],
        [2, 4],
        [3, 2],
      ])
    : random.weighted([
        [0, 6 - 4 * connected],
        [1, 4],
        [2, 1 + 2 * connected],
      ]);
  const riskAtIntake = random.chance(0.6 - 0.35 * connected);
  // A family event needs someone supportive to come to it.
  const earlyFamilyEvents =
    supportiveAtIntake === 0
      ? 0
      : familyEngaged
        ? random.weighted([
            [0, 2],
            [1, 3],
            [2, 3],
            [3, 2],
          ])
        : random.weighted([
            [0, 7],
            [1, 2],
            [2, 1],
          ]);
  const hasPeer = community || random.chance(0.4);
  // Regular contact comes to one or more a week over the first month; occasional contact to fewer.
  const earlyPeerSpacing: readonly [number, number] | null = hasPeer ? (random.chance(0.2 + 0.6 * connected) ? [3, 6] : [8, 14]) : null;
  const meetingChance = random.weighted<number>([
    [0, 0.4 + 2.5 * (1 - connected)],
    [0.15 + 0.2 * random.next(), 3],
    [0.6 + 0.2 * random.next(), 0.4 + 3 * connected],
  ]);
  const score =
    (supportiveAtIntake >= 1 ? 0.5 : 0) +
    (supportiveAtIntake >= 2 ? 0.15 : 0) -
    (riskAtIntake ? 0.4 : 0) +
    (earlyFamilyEvents >= 1 ? 0.35 : 0) +
    (earlyFamilyEvents >= 2 ? 0.25 : 0) +
    (earlyPeerSpacing === null ? 0 : earlyPeerSpacing[0] < 7 ? 0.4 : 0.15) +
    0.5 * meetingChance +
    // What the records do not show: motivation, housing, work, luck.
    (random.next() + random.next() - 1) * 0.6;
  return { familyEngaged, supportiveAtIntake, riskAtIntake, earlyFamilyEvents, hasPeer, earlyPeerSpacing, meetingChance, score };
}

/**
 * How admissions end, leaning softly on the support plan: better supported clients drop out, are
 * discharged by the program or incarcerated less often and complete more often, but every kind of
 * client does every one of these (the figures show an association, not a rule).
 */
export function outcomeOptions(plan: SupportPlan, intensiveOutpatient: boolean): OutcomeOption[] {
  const s = plan.score;
  return [
    [[DischargeReason.TREATMENT_COMPLETED, 88, 140], (intensiveOutpatient ? 30 : 15) * (1 + 0.25 * s)],
    [[DischargeReason.DROPPED_OUT, 8, 40], 14 * Math.exp(-0.6 * s)],
    // Later drop-outs: the months after the first one, when a supervisor can still act.
    [[DischargeReason.DROPPED_OUT, 31, 110], 48 * Math.exp(-1.2 * s)],
    [[DischargeReason.TRANSFERRED, 20, 90], 6],
    [[DischargeReason.TERMINATED_BY_FACILITY, 15, 90], 5 * Math.exp(-0.5 * s)],
    [[DischargeReason.INCARCERATED, 20, 120], 2 * Math.exp(-0.5 * s)],
    [[null, 0, 0], intensiveOutpatient ? 22 : 34],
  ];
}
