import { addDays, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import {
  CheckInChannel,
  CheckInSchedule,
  CheckInTrigger,
  ClientStatus,
  DischargeReason,
  MeasureInstrument,
  MutualAidMeetingKind,
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

  for (const [index, client] of ctx.clients.entries()) {
    const story = storyOf(client, index);
    const counselor = ctx.counselorOf.get(client.id)!;
    const peer = ctx.peerOf.get(client.id);
    const base = { organizationId: client.organizationId, clientId: client.id };
    const last = client.dischargeDate ?? today;
    const length = daysBetween(client.admissionDate, last);

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
      const attended = random.chance(story === ClientStory.STEADY ? 0.55 : 0.25);
      checkIns.push({
        ...base,
        occurredAt: new Date(`${on}T${String(9 + random.int(0, 10)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00Z`),
        channel: random.pick([CheckInChannel.PHONE, CheckInChannel.TEXT, CheckInChannel.IN_PERSON, CheckInChannel.APP]),
        craving,
        mood,
        usedSubstances: used,
        substances: used ? [random.pick(['alcohol', 'opioids', 'cocaine', 'cannabis', 'methamphetamine'])] : [],
        attendedMeeting: attended,
        meetingKind: attended ? random.pick([MutualAidMeetingKind.AA, MutualAidMeetingKind.NA, MutualAidMeetingKind.SMART_RECOVERY]) : null,
        triggers: craving >= 6 ? random.sample(Object.values(CheckInTrigger), random.int(1, 2)) : [],
        confidence: clamp(10 - craving + random.int(-1, 1), 0, 10),
        note: null,
        recordedById: peer && random.chance(0.3) ? peer.id : counselor.id,
      });
    }

    if (peer) {
      // Peer contacts about weekly; a few clients have gone two weeks without one.
      const gapAtEnd = index % 5 === 0 && client.status !== ClientStatus.DISCHARGED ? 16 : 0;
      for (let day = random.int(1, 6); day <= length - gapAtEnd; day += random.int(5, 10)) {
        const on = shift(client.admissionDate, day);
        const help = random.chance(0.45) ? random.sample(Object.values(PracticalHelp), random.int(1, 2)) : [];
        contacts.push({
          ...base,
          peerWorkerId: peer.id,
          occurredOn: on,
          durationMinutes: random.pick([10, 15, 20, 30, 45, 60]),
          mode: random.pick([PeerContactMode.IN_PERSON, PeerContactMode.PHONE, PeerContactMode.TEXT]),
          supportTypes: help.length ? [SupportType.INSTRUMENTAL, SupportType.EMOTIONAL] : random.sample(Object.values(SupportType), random.int(1, 2)),
          practicalHelp: help,
          note: help.includes(PracticalHelp.TRANSPORTATION) ? 'Drove to the Tuesday evening meeting.' : null,
          nextFollowUpOn: daysBetween(on, today) < 10 ? shift(on, 7) : null,
          withdrawnAt: null,
        });
      }
    }

    // Measures monthly from admission: PHQ-9, GAD-7, BARC-10; BAM for IOP clients.
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
      measures.push(measure(base, MeasureInstrument.PHQ_9, 'PHQ-9', on, phq, counselor.id));
      measures.push(measure(base, MeasureInstrument.GAD_7, 'GAD-7', on, gad, counselor.id));
      measures.push(measure(base, MeasureInstrument.BARC_10, 'BARC-10', on, barc, counselor.id));
      if (client.levelOfCare.startsWith('INTENSIVE')) {
        const useDays = improving ? 0 : random.int(1, 8);
        const bam = Array.from({ length: 17 }, (_, i) => {
          const item = i + 1;
          if (item === 4 || item === 5 || item === 6) return item === 4 ? bamDays(useDays) : 0;
          if ([9, 10, 12, 13, 14, 16].includes(item)) return clamp(improving ? 2 + 2 * progress : 2, 0, 4);
          return clamp(improving ? 2 - progress * 1.5 : 2 + progress, 0, 4);
        });
        measures.push(measure(base, MeasureInstrument.BAM, 'BAM (Likert, past 30 days)', on, bam, counselor.id));
      }
    }
  }

  ctx.progress(`Writing ${checkIns.length} check-ins, ${contacts.length} peer contacts and ${measures.length} measures…`);
  await insertChunks(manager, CheckInEntity, checkIns, ctx.progress, 'check-ins');
  await insertChunks(manager, PeerContactEntity, contacts, ctx.progress, 'peer contacts');
  await insertChunks(manager, MeasureAdministrationEntity, measures, ctx.progress, 'measures');
  return { checkIns: checkIns.length, peerContacts: contacts.length, measures: measures.length };
}

function bamDays(days: number): number {
  if (days === 0) return 0;
  if (days <= 3) return 1;
  if (days <= 8) return 2;
  if (days <= 15) return 3;
  return 4;
}

function measure(
  base: { organizationId: string; clientId: string },
  instrument: MeasureInstrument,
  instrumentVersion: string,
  administeredOn: IsoDate,
  answers: number[],
  administeredById: string,
): Partial<MeasureAdministrationEntity> {
  const score = scoreMeasure(instrument, answers);
  return {
    ...base,
    instrument,
    instrumentVersion,
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
