import { addDays, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import {
  CheckInChannel,
  CheckInSchedule,
  CheckInTrigger,
  ClientStatus,
  DischargeReason,
  MEASURE_INSTRUMENT_VERSIONS,
  MeasureInstrument,
  PeerContactMode,
  PracticalHelp,
  SupportType,
  scoreMeasure,
  toIsoDate,
  type IsoDate,
} from '@carecircle/shared/domain';
import type { StaffUserEntity } from '@carecircle/api/auth';
import type { ClientEntity } from '@carecircle/api/clients';
import { CheckInEntity } from '@carecircle/api/check-ins';
import { MeasureAdministrationEntity } from '@carecircle/api/measures';
import { PeerContactEntity } from '@carecircle/api/peer-contacts';
import type { SeededRandom } from './seeded-random';
import type { SupportPlan } from './support-plan';
import { SUBSTANCE_PROFILES, SubstanceKind, substanceProfileForCode, type SubstanceProfile } from './clinical-story-templates';
import { checkInNote, peerContactNote } from './clinical-notes';
import { atTime } from './seed-clock';

const shift = (date: IsoDate, days: number): IsoDate => toIsoDate(addDays(parseISO(date), days));
const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000);
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

/** The arc a client's data follows, so the dashboard shows what a supervisor would recognise. */
export enum ClientStory {
  /** Cravings climb and use appears in the weeks before they drop out. */
  DRIFTING_TO_DROPOUT = 'DRIFTING_TO_DROPOUT',
  /** Checks in at first, then less and less, then not at all for over a week. */
  FADING = 'FADING',
  /** Low cravings, meetings, steady check-ins; reaches 90 days and a year. */
  STEADY = 'STEADY',
  /** Ups and downs: a lapse, then back on track. */
  BUMPY = 'BUMPY',
}

export interface MonitoringSeedContext {
  manager: EntityManager;
  random: SeededRandom;
  today: IsoDate;
  clients: ClientEntity[];
  counselorOf: Map<string, StaffUserEntity>;
  peerOf: Map<string, StaffUserEntity>;
  /** Each client's support in the first month: how often their peer worker saw them, how often they went to meetings. */
  supportOf: ReadonlyMap<string, SupportPlan>;
  progress: (message: string) => void;
}

function storyOf(client: ClientEntity, index: number): ClientStory {
  if (client.dischargeReason === DischargeReason.DROPPED_OUT || client.dischargeReason === DischargeReason.TERMINATED_BY_FACILITY) {
    return ClientStory.DRIFTING_TO_DROPOUT;
  }
  if (client.status !== ClientStatus.DISCHARGED && index % 6 === 2) return ClientStory.FADING;
  if (index % 5 === 4) return ClientStory.BUMPY;
  return ClientStory.STEADY;
}

/**
 * A year of check-ins, peer contacts and measures. Drop-outs show rising cravings first, some
 * active clients' check-ins fade, steady clients reach 90 days and a year, one client's latest
 * PHQ-9 raises the self-harm flag.
 */
export async function seedMonitoring(ctx: MonitoringSeedContext): Promise<{ checkIns: number; peerContacts: number; measures: number }> {
  const { manager, random, today } = ctx;
  const checkIns: Partial<CheckInEntity>[] = [];
  const contacts: Partial<PeerContactEntity>[] = [];
  const measures: Partial<MeasureAdministrationEntity>[] = [];
  let selfHarmFlagged = false;
  const milestonesSet = { ninety: 0, year: 0 };
  const substanceOf = await primarySubstances(manager, ctx.clients);

  for (const [index, client] of ctx.clients.entries()) {
    const story = storyOf(client, index);
    const counselor = ctx.counselorOf.get(client.id)!;
    const peer = ctx.peerOf.get(client.id);
    const base = { organizationId: client.organizationId, clientId: client.id };
    const last = client.dischargeDate ?? today;
    const length = daysBetween(client.admissionDate, last);
    const substance = substanceOf.get(client.id) ?? SUBSTANCE_PROFILES[SubstanceKind.ALCOHOL];
    const plan = ctx.supportOf.get(client.id)!;

    const schedule = client.levelOfCare.startsWith('INTENSIVE') || client.levelOfCare.startsWith('PARTIAL')
      ? CheckInSchedule.SEVERAL_PER_WEEK
      : index % 4 === 0
        ? CheckInSchedule.DAILY
        : CheckInSchedule.WEEKLY;
    const perWeek = schedule === CheckInSchedule.DAILY ? 7 : schedule === CheckInSchedule.SEVERAL_PER_WEEK ? 3 : 1;
    await manager.query(`UPDATE client SET check_in_schedule = $2 WHERE id = $1`, [client.id, schedule]);

    // Two steady clients reach 90 days and two reach a year within the week: milestones to celebrate.
    if (story === ClientStory.STEADY && client.status !== ClientStatus.DISCHARGED && client.recoveryStartDate) {
      const inCare = daysBetween(client.admissionDate, today);
      const target = milestonesSet.ninety < 2 && inCare >= 60 ? 88 : milestonesSet.year < 2 && inCare >= 200 ? 362 : null;
      if (target !== null) {
        if (target === 88) milestonesSet.ninety++;
        else milestonesSet.year++;
        await manager.query(`UPDATE client SET recovery_start_date = $2 WHERE id = $1`, [client.id, shift(today, -target)]);
      }
    }

    for (let day = 0; day <= length; day++) {
      // The seed's now is the first moment of today (seed-clock.ts): the latest check-ins are yesterday's.
      if (shift(client.admissionDate, day) >= today) break;
      const progress = length === 0 ? 1 : day / length;
      const daysLeft = length - day;
      let chance = perWeek / 7;
      if (story === ClientStory.FADING) {
        chance *= Math.max(0, 1 - progress * 1.3);
        if (daysBetween(shift(client.admissionDate, day), today) < 9) chance = 0;
      }
      if (story === ClientStory.DRIFTING_TO_DROPOUT && daysLeft < 6) chance *= 0.2;
      if (!random.chance(chance)) continue;
      const on = shift(client.admissionDate, day);
      let craving: number;
      let used: boolean;
      switch (story) {
        case ClientStory.DRIFTING_TO_DROPOUT:
          craving = clamp(3 + 6 * Math.max(0, 1 - daysLeft / 21) + random.int(-1, 1), 0, 10);
          used = daysLeft < 14 && random.chance(0.35);
          break;
        case ClientStory.FADING:
          craving = clamp(4 + random.int(-1, 3), 0, 10);
          used = random.chance(0.08);
          break;
        case ClientStory.BUMPY: {
          const lapse = progress > 0.4 && progress < 0.55;
          craving = clamp((lapse ? 7 : 3) + random.int(-1, 2), 0, 10);
          used = lapse && random.chance(0.4);
          break;
        }
        default:
          craving = clamp(4 - 3 * progress + random.int(-1, 1), 0, 10);
          used = random.chance(0.01);
      }
      const mood = clamp(5 - craving / 2.5 + random.int(-1, 1), 1, 5);
      // Meetings as the client's plan has it; a client drifting away goes to fewer in the last weeks.
      const attended = random.chance(plan.meetingChance * (story === ClientStory.DRIFTING_TO_DROPOUT && daysLeft < 14 ? 0.5 : 1));
      const occurredAt = atTime(on, 9 + random.int(0, 10), random.int(0, 59));
      const channel = random.pick([CheckInChannel.PHONE, CheckInChannel.TEXT, CheckInChannel.IN_PERSON, CheckInChannel.APP]);
      // Use is of the client's own substance, meetings are the fellowships that fit it, and a
      // lapse always comes with what set it off.
      const meetingKind = attended ? random.pick(substance.meetingKinds) : null;
      const triggers = craving >= 6 || used ? random.sample(Object.values(CheckInTrigger), random.int(1, 2)) : [];
      const note = checkInNote(random, { channel, craving, mood, usedSubstances: used, lapseWords: substance.lapseWords, attendedMeeting: attended, meetingKind, triggers });
      checkIns.push({
        ...base,
        occurredAt,
        channel,
        craving,
        mood,
        usedSubstances: used,
        substances: used ? [substance.checkInSubstance] : [],
        attendedMeeting: attended,
        meetingKind,
        triggers,
        confidence: clamp(10 - craving + random.int(-1, 1), 0, 10),
        note,
        // APP means the client sent it themselves; staff record the other channels.
        recordedById: channel === CheckInChannel.APP ? null : peer && random.chance(0.3) ? peer.id : counselor.id,
      });
    }

    if (peer) {
      // Peer contacts as the plan has it in the first five weeks (regular or occasional), then about
      // weekly; a few clients have gone two weeks without one.
      const gapAtEnd = index % 5 === 0 && client.status !== ClientStatus.DISCHARGED ? 16 : 0;
      const [early, earlyMost] = plan.earlyPeerSpacing ?? [5, 10];
      for (let day = random.int(1, early); day <= length - gapAtEnd; day += day < 35 ? random.int(early, earlyMost) : random.int(5, 10)) {
        const on = shift(client.admissionDate, day);
        const help = random.chance(0.45) ? random.sample(Object.values(PracticalHelp), random.int(1, 2)) : [];
        const supportTypes = help.length ? [SupportType.INSTRUMENTAL, SupportType.EMOTIONAL] : random.sample(Object.values(SupportType), random.int(1, 2));
        contacts.push({
          ...base,
          peerWorkerId: peer.id,
          occurredOn: on,
          durationMinutes: random.pick([10, 15, 20, 30, 45, 60]),
          mode: random.pick([PeerContactMode.IN_PERSON, PeerContactMode.PHONE, PeerContactMode.TEXT]),
          supportTypes,
          practicalHelp: help,
          note: peerContactNote(random, supportTypes, help),
          nextFollowUpOn: daysBetween(on, today) < 10 ? shift(on, 7) : null,
          withdrawnAt: null,
        });
      }
    }

    // Measures monthly from admission: PHQ-9, GAD-7, BARC-10.
    for (let day = 2; day <= length; day += 30) {
      const progress = length === 0 ? 1 : day / length;
      const on = shift(client.admissionDate, day);
      const improving = story === ClientStory.STEADY || story === ClientStory.BUMPY;
      const severity = improving ? 1.8 - 1.3 * progress : 1.2 + 1.2 * progress;
      const phq = Array.from({ length: 9 }, (_, i) => (i === 8 ? 0 : clamp(severity + random.int(-1, 1) * 0.6, 0, 3)));
      const isLatest = day + 30 > length;
      if (!selfHarmFlagged && isLatest && story === ClientStory.FADING && client.status !== ClientStatus.DISCHARGED) {
        phq[8] = 1;
        selfHarmFlagged = true;
      }
      const gad = Array.from({ length: 7 }, () => clamp(severity * 0.9 + random.int(-1, 1) * 0.6, 0, 3));
      const barc = Array.from({ length: 10 }, () => clamp(improving ? 3.5 + 2 * progress : 4 - progress, 1, 6));
      measures.push(measure(base, MeasureInstrument.PHQ_9, on, phq, counselor.id));
      measures.push(measure(base, MeasureInstrument.GAD_7, on, gad, counselor.id));
      measures.push(measure(base, MeasureInstrument.BARC_10, on, barc, counselor.id));
    }
    // BAM for IOP clients, as IOP programs give it: every two weeks for the first twelve weeks, then monthly.
    if (client.levelOfCare.startsWith('INTENSIVE')) {
      const improving = story === ClientStory.STEADY || story === ClientStory.BUMPY;
      for (let day = 3; day <= length; day += day < 84 ? 14 : 30) {
        const progress = length === 0 ? 1 : day / length;
        const bam = bamAnswers(random, { improving, progress, lapse: story === ClientStory.BUMPY && day >= 40 && day < 70, person: index, substance: substance.kind });
        measures.push(measure(base, MeasureInstrument.BAM, shift(client.admissionDate, day), bam, counselor.id));
      }
    }
  }

  ctx.progress(`Writing ${checkIns.length} check-ins, ${contacts.length} peer contacts and ${measures.length} measures…`);
  await insertChunks(manager, CheckInEntity, checkIns, ctx.progress, 'check-ins');
  await insertChunks(manager, PeerContactEntity, contacts, ctx.progress, 'peer contacts');
  await insertChunks(manager, MeasureAdministrationEntity, measures, ctx.progress, 'measures');
  return { checkIns: checkIns.length, peerContacts: contacts.length, measures: measures.length };
}

/**
 * BAM answers as a person would give them (BAM_FORM order: 1–6, 7A–7G, 8–17), under the published
 * item types: days for 2, 3, 4, 5, 6, 7A–7G, 10, 11, 13, 16; Likert 0–4 for 1, 8, 9, 12, 15, 17;
 * item 14 no 0 / yes 4. Improving clients sleep better, crave less, go to more meetings and work
 * more as weeks pass; the others drift the other way and start using their own substance. A lapse
 * is a few days of use and strong cravings.
 */
/** Where a substance's days go on the BAM: items 4–5 for alcohol, item 6 and one of 7A–7G for drugs. */
const BAM_DRUG_ITEM: Record<SubstanceKind, number | null> = {
  [SubstanceKind.ALCOHOL]: null,
  [SubstanceKind.CANNABIS]: 0, // 7A marijuana
  [SubstanceKind.COCAINE]: 2, // 7C cocaine/crack
  [SubstanceKind.METHAMPHETAMINE]: 3, // 7D stimulants
  [SubstanceKind.OPIOIDS]: 4, // 7E opiates
};

function bamAnswers(
  random: SeededRandom,
  p: { improving: boolean; progress: number; lapse: boolean; person: number; substance: SubstanceKind },
): number[] {
  const { improving, progress, lapse, person, substance } = p;
  const trend = (better: number, worse: number) => (improving ? better : worse);
  const days = (v: number) => clamp(v + random.int(-2, 2), 0, 30);
  const likert = (v: number) => clamp(v + random.int(-1, 1) * 0.4, 0, 4);
  // Use, when there is any, is of the client's own substance: a lapse is a few days, drifting clients use more as weeks pass.
  const useDays = lapse ? random.int(2, 5) : improving ? 0 : clamp(1 + 8 * progress + random.int(-1, 2), 0, 30);
  const drugItem = BAM_DRUG_ITEM[substance];
  const drinking = drugItem === null ? useDays : 0;
  const drugDays = drugItem === null ? 0 : useDays;
  const perDrug = Array.from({ length: 7 }, (_, i) => (i === drugItem ? drugDays : 0));
  const byItem: Record<number, number> = {
    1: likert(trend(2.2 - 1.5 * progress, 2 + progress)),
    2: days(trend(12 - 9 * progress, 8 + 10 * progress)),
    3: days(trend(10 - 8 * progress, 6 + 10 * progress)),
    4: drinking,
    5: Math.floor(drinking / 2),
    6: drugDays,
    8: lapse ? 4 : likert(trend(3 - 2.5 * progress, 1.5 + 2.5 * progress)),
    9: likert(lapse ? 1 : trend(1.5 + 2.5 * progress, 3 - 2 * progress)),
    10: days(trend(6 + 14 * progress, 6 - 5 * progress)),
    11: days(lapse ? 10 : trend(8 - 7 * progress, 3 + 10 * progress)),
    12: person % 5,
    13: days(trend(8 + 12 * progress, 10 - 6 * progress)),
    14: improving && progress > 0.3 ? 4 : person % 3 === 0 ? 0 : 4,
    15: likert(trend(2 - 1.5 * progress, 1 + 2 * progress)),
    16: days(trend(10 + 15 * progress, 12 - 8 * progress)),
    17: likert(lapse ? 1 : trend(1 + 3 * progress, 2 - 1.5 * progress)),
  };
  return [1, 2, 3, 4, 5, 6].map((n) => byItem[n]!).concat(perDrug, [8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map((n) => byItem[n]!));
}

/** One administration, scored by the shared rules from answers as given, under the version the server stores. */
function measure(
  base: { organizationId: string; clientId: string },
  instrument: MeasureInstrument,
  administeredOn: IsoDate,
  answers: number[],
  administeredById: string,
): Partial<MeasureAdministrationEntity> {
  const score = scoreMeasure(instrument, answers);
  return {
    ...base,
    instrument,
    instrumentVersion: MEASURE_INSTRUMENT_VERSIONS[instrument],
    administeredOn,
    answers,
    substancesNamed: [],
    total: score.total,
    band: score.band,
    subscores: score.subscores,
    alerts: score.alerts,
    administeredById,
  };
}

async function insertChunks<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  progress: (message: string) => void,
  label: string,
): Promise<void> {
  const chunk = 500;
  for (let i = 0; i < rows.length; i += chunk) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + chunk) as any).updateEntity(false).execute();
    if (rows.length > chunk * 2 && (i / chunk) % 4 === 3) progress(`  ${label}: ${Math.min(i + chunk, rows.length)} of ${rows.length}`);
  }
}

/** Each client's primary substance, read from the diagnoses the clinical records just wrote. */
async function primarySubstances(manager: EntityManager, clients: ClientEntity[]): Promise<Map<string, SubstanceProfile>> {
  const rows: Array<{ client_id: string; icd10_code: string }> = await manager.query(
    `SELECT client_id, icd10_code FROM diagnosis WHERE client_id = ANY($1) AND status = 'ACTIVE' AND icd10_code LIKE 'F1%' ORDER BY icd10_code`,
    [clients.map((c) => c.id)],
  );
  const out = new Map<string, SubstanceProfile>();
  for (const row of rows) {
    const profile = substanceProfileForCode(row.icd10_code);
    if (profile && !out.has(row.client_id)) out.set(row.client_id, profile);
  }
  return out;
}
