import { addDays, formatISO, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import { ClientStatus, DischargeReason, LevelOfCare, type IsoDate } from '@carecircle/shared/domain';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { ClientEntity } from '@carecircle/api/clients';
import { CareTeamAssignmentEntity, CareTeamRole } from '@carecircle/api/care-team';
import { EpisodeOfCareEntity, LevelOfCareChangeEntity } from '@carecircle/api/episode-of-care';
import { SeededRandom } from './seeded-random';

/** Its own stream, so the episodes do not shift what the other seeds draw. */
const EPISODES_SEED = 9_120;

/**
 * Earlier stays of readmitted clients: days between the earlier discharge and the next admission,
 * the reason the earlier stay ended and its length. Spread so that the readmission tiles show
 * returns within 30 days, within 90 days and later, after both drop-outs and completions.
 */
const EARLIER_STAYS: ReadonlyArray<{ gap: number; reason: DischargeReason; length: number }> = [
  { gap: 9, reason: DischargeReason.DROPPED_OUT, length: 23 },
  { gap: 18, reason: DischargeReason.DROPPED_OUT, length: 41 },
  { gap: 26, reason: DischargeReason.TERMINATED_BY_FACILITY, length: 35 },
  { gap: 47, reason: DischargeReason.DROPPED_OUT, length: 17 },
  { gap: 64, reason: DischargeReason.TREATMENT_COMPLETED, length: 96 },
  { gap: 83, reason: DischargeReason.INCARCERATED, length: 52 },
  { gap: 131, reason: DischargeReason.TREATMENT_COMPLETED, length: 88 },
  { gap: 205, reason: DischargeReason.DROPPED_OUT, length: 29 },
  { gap: 290, reason: DischargeReason.TREATMENT_COMPLETED, length: 104 },
];

export interface SeedEpisodesContext {
  manager: EntityManager;
  today: IsoDate;
  clients: readonly ClientEntity[];
  counselors: readonly StaffUserEntity[];
  counselorOf: ReadonlyMap<string, StaffUserEntity>;
  progress: (message: string) => void;
}

/**
 * Every seeded client's episodes of care: the current one (what the client row shows), and for
 * about one client in seven one or two earlier stays that ended in a discharge before they came
 * back, with their own counselor, admission level and, for some, a step down before discharge.
 * Runs before the clinical records, whose level-of-care rows and plans join the current episode.
 */
export async function seedEpisodes(
  ctx: SeedEpisodesContext,
): Promise<{ current: Map<string, EpisodeOfCareEntity>; firstAdmissionOf: Map<string, IsoDate> }> {
  ctx.progress('Recording episodes of care, with earlier stays for readmitted clients…');
  const random = new SeededRandom(EPISODES_SEED);
  const episodes: Array<Partial<EpisodeOfCareEntity> & { id: string }> = [];
  const changes: Partial<LevelOfCareChangeEntity>[] = [];
  const assignments: Partial<CareTeamAssignmentEntity>[] = [];
  const current = new Map<string, EpisodeOfCareEntity>();
  const firstAdmissionOf = new Map<string, IsoDate>();
  let stay = 0;

  for (const [index, client] of ctx.clients.entries()) {
    const counselor = ctx.counselorOf.get(client.id)!;
    const earlier: Array<Partial<EpisodeOfCareEntity> & { id: string }> = [];
    if (index % 7 === 3) {
      // One or two earlier stays, the latest ending `gap` days before this admission.
      const count = index % 21 === 3 ? 2 : 1;
      let nextAdmission = client.admissionDate;
      for (let k = 0; k < count; k++) {
        const { gap, reason, length } = EARLIER_STAYS[stay++ % EARLIER_STAYS.length]!;
        const dischargeDate = shift(nextAdmission, -gap);
        const admissionDate = shift(dischargeDate, -length);
        if (admissionDate <= shift(client.dateOfBirth, 18 * 365)) break;
        const earlierCounselor = random.chance(0.5) ? counselor : ctx.counselors[(index + k + 1) % ctx.counselors.length]!;
        const admissionLevel = random.pick([LevelOfCare.PARTIAL_HOSPITALIZATION_2_5, LevelOfCare.INTENSIVE_OUTPATIENT_2_1, LevelOfCare.HIGH_INTENSITY_RESIDENTIAL_3_5]);
        // Stays that lasted a month or more stepped down before discharge.
        const steppedDown = length >= 30 && admissionLevel !== LevelOfCare.INTENSIVE_OUTPATIENT_2_1;
        const dischargeLevel = steppedDown ? LevelOfCare.INTENSIVE_OUTPATIENT_2_1 : admissionLevel;
        const episode = {
          id: random.uuid(),
          organizationId: client.organizationId,
          clientId: client.id,
          programId: client.programId,
          admissionDate,
          levelOfCare: dischargeLevel,
          status: ClientStatus.DISCHARGED,
          dischargeDate,
          dischargeReason: reason,
          counselorAtDischargeId: earlierCounselor.id,
        };
        earlier.unshift(episode);
        const base = { organizationId: client.organizationId, clientId: client.id, episodeId: episode.id, changedById: earlierCounselor.id };
        changes.push({ ...base, fromLevel: null, toLevel: admissionLevel, effectiveOn: admissionDate, reason: 'Admission' });
        if (steppedDown) {
          changes.push({
            ...base,
            fromLevel: admissionLevel,
            toLevel: dischargeLevel,
            effectiveOn: shift(admissionDate, Math.floor(length / 2)),
            reason: 'Stabilized: stepped down to intensive outpatient',
          });
        }
        assignments.push({
          organizationId: client.organizationId,
          clientId: client.id,
          staffUserId: earlierCounselor.id,
          role: CareTeamRole.COUNSELOR,
          startedOn: admissionDate,
          endedOn: shift(dischargeDate, 1),
        });
        nextAdmission = admissionDate;
      }
    }
    earlier.forEach((episode, i) => episodes.push({ ...episode, sequence: i + 1 }));
    if (earlier[0]?.admissionDate) firstAdmissionOf.set(client.id, earlier[0].admissionDate);
    const now = {
      id: random.uuid(),
      organizationId: client.organizationId,
      clientId: client.id,
      sequence: earlier.length + 1,
      programId: client.programId,
      admissionDate: client.admissionDate,
      levelOfCare: client.levelOfCare,
      status: client.status,
      dischargeDate: client.dischargeDate,
      dischargeReason: client.dischargeReason,
      // The demo hands over only clients still in care, so a discharged client's counselor held them on the discharge date.
      counselorAtDischargeId: client.dischargeDate ? counselor.id : null,
    };
    episodes.push(now);
    current.set(client.id, now as EpisodeOfCareEntity);
  }

  await insertChunks(ctx.manager, EpisodeOfCareEntity, episodes);
  await insertChunks(ctx.manager, LevelOfCareChangeEntity, changes);
  await insertChunks(ctx.manager, CareTeamAssignmentEntity, assignments);
  return { current, firstAdmissionOf };
}

/**
 * A few level-of-care changes in current episodes: clients admitted to partial hospitalization a
 * month or more ago who stepped down to intensive outpatient, and one outpatient client stepped up
 * after a lapse. Runs after the clinical records wrote each episode's admission level; the client
 * row and the episode take the new level, as EpisodeOfCareService would write them.
 */
export async function seedLevelOfCareChanges(ctx: SeedEpisodesContext, current: ReadonlyMap<string, EpisodeOfCareEntity>): Promise<void> {
  const inCare = ctx.clients.filter((c) => c.status !== ClientStatus.DISCHARGED && c.admissionDate <= shift(ctx.today, -35));
  const stepDowns = inCare.filter((c) => c.levelOfCare === LevelOfCare.PARTIAL_HOSPITALIZATION_2_5).slice(0, 4);
  const stepUps = inCare.filter((c) => c.levelOfCare === LevelOfCare.OUTPATIENT_1).slice(0, 1);
  const moves = [
    ...stepDowns.map((client) => ({ client, to: LevelOfCare.INTENSIVE_OUTPATIENT_2_1, reason: 'Stable for three weeks: stepped down to intensive outpatient' })),
    ...stepUps.map((client) => ({ client, to: LevelOfCare.INTENSIVE_OUTPATIENT_2_1, reason: 'Return to use after a job loss: stepped up for more structure' })),
  ];
  for (const { client, to, reason } of moves) {
    const episode = current.get(client.id)!;
    const effectiveOn = shift(client.admissionDate, 21);
    await ctx.manager.insert(LevelOfCareChangeEntity, {
      organizationId: client.organizationId,
      clientId: client.id,
      episodeId: episode.id,
      fromLevel: client.levelOfCare,
      toLevel: to,
      effectiveOn,
      reason,
      changedById: ctx.counselorOf.get(client.id)!.id,
    });
    await ctx.manager.update(EpisodeOfCareEntity, { id: episode.id }, { levelOfCare: to });
    await ctx.manager.update(ClientEntity, { id: client.id }, { levelOfCare: to });
    client.levelOfCare = to;
  }
}

function shift(date: IsoDate, days: number): IsoDate {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}

async function insertChunks<T extends object>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + 200) as any).updateEntity(false).execute();
  }
}
