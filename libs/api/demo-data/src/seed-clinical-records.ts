import { addDays, parseISO } from 'date-fns';
import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import {
  CarePlanStatus,
  ClientStatus,
  ConsentRecipientKind,
  ConsentScope,
  DiagnosisStatus,
  FamilyEngagementType,
  ObjectiveStatus,
  RecoveryStance,
  reviewDueDate,
  toIsoDate,
  type CarePlanContent,
  type IsoDate,
} from '@carecircle/shared/domain';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { ClientEntity } from '@carecircle/api/clients';
import { LevelOfCareChangeEntity } from '@carecircle/api/episode-of-care';
import { CarePlanEntity } from '@carecircle/api/care-plans';
import { DiagnosisEntity } from '@carecircle/api/diagnoses';
import { ConsentEntity, FamilyEngagementEventEntity, SupportNetworkMemberEntity } from '@carecircle/api/support-network';
import {
  GOALS,
  INTERVENTIONS,
  MENTAL_HEALTH_DIAGNOSES,
  NETWORK_ROLES,
  OBJECTIVES,
  OUTSIDE_ORGANIZATIONS,
  SUBSTANCE_PROFILES,
} from './clinical-story-templates';
import type { SeededRandom } from './seeded-random';

const shift = (date: IsoDate, days: number): IsoDate => toIsoDate(addDays(parseISO(date), days));
const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000);
const atNoon = (date: IsoDate) => new Date(`${date}T12:00:00Z`);

export interface ClinicalSeedContext {
  manager: EntityManager;
  random: SeededRandom;
  faker: Faker;
  today: IsoDate;
  clients: ClientEntity[];
  counselorOf: Map<string, StaffUserEntity>;
  peerOf: Map<string, StaffUserEntity>;
  supervisor: StaffUserEntity;
  /** Clients whose families take part; the story is that they stay longer. */
  familyEngaged: Set<string>;
  progress: (message: string) => void;
}

/**
 * Diagnoses (about a third dual diagnosis), care plans in every state a supervisor meets (signed,
 * overdue, awaiting sign-off, returned drafts), support networks of 2–6 people with mixed stances,
 * family engagement and consents, for every demo client.
 */
export async function seedClinicalRecords(ctx: ClinicalSeedContext): Promise<void> {
  const { manager, random, faker, today } = ctx;
  const diagnoses: Partial<DiagnosisEntity>[] = [];
  const levelHistory: Partial<LevelOfCareChangeEntity>[] = [];
  const plans: Partial<CarePlanEntity>[] = [];
  const consents: Partial<ConsentEntity>[] = [];

  ctx.progress('Recording diagnoses and care plans…');
  for (const [index, client] of ctx.clients.entries()) {
    const counselor = ctx.counselorOf.get(client.id)!;
    const peer = ctx.peerOf.get(client.id) ?? null;
    const base = { organizationId: client.organizationId, clientId: client.id };
    const profile = SUBSTANCE_PROFILES[index % SUBSTANCE_PROFILES.length]!;
    const assessedOn = shift(client.admissionDate, 1);

    levelHistory.push({ ...base, fromLevel: null, toLevel: client.levelOfCare, effectiveOn: client.admissionDate, reason: 'Admission', changedById: counselor.id });

    diagnoses.push({ ...base, icd10Code: profile.code, description: profile.description, onsetDate: shift(client.admissionDate, -random.int(200, 3000)), status: DiagnosisStatus.ACTIVE, recordedById: counselor.id });
    if (random.chance(0.35)) {
      diagnoses.push({ ...base, icd10Code: 'F17.210', description: 'Nicotine dependence, cigarettes, uncomplicated', onsetDate: null, status: DiagnosisStatus.ACTIVE, recordedById: counselor.id });
    }
    // About a third are co-occurring; a few more had a mental-health diagnosis that has resolved.
    const mentalHealth = random.pick(MENTAL_HEALTH_DIAGNOSES);
    if (index % 3 === 0) {
      diagnoses.push({ ...base, icd10Code: mentalHealth.code, description: mentalHealth.description, onsetDate: shift(client.admissionDate, -random.int(100, 2000)), status: DiagnosisStatus.ACTIVE, recordedById: counselor.id });
    } else if (random.chance(0.15)) {
      diagnoses.push({ ...base, icd10Code: mentalHealth.code, description: mentalHealth.description, onsetDate: shift(client.admissionDate, -random.int(800, 3000)), status: DiagnosisStatus.RESOLVED, recordedById: counselor.id });
    }

    const content = planContent(random, profile.problem, counselor.id, peer?.id ?? null, assessedOn);
    const signedOn = shift(client.admissionDate, random.int(3, 10));
    const discharged = client.status === ClientStatus.DISCHARGED;
    if (daysBetween(signedOn, discharged ? client.dischargeDate! : today) < 0) {
      // Admitted in the last few days: the first plan is still a draft.
      plans.push(plan(base, 1, CarePlanStatus.DRAFT, content, counselor, null, null, null));
      continue;
    }
    const overdue = !discharged && index % 7 === 3;
    const signed = plan(base, 1, CarePlanStatus.ACTIVE, content, counselor, ctx.supervisor, signedOn, reviewDueDate(signedOn, client.levelOfCare));
    if (!discharged && !overdue && daysBetween(signed.reviewDueOn!, today) > 0) {
      // Reviews that came due were done: roll the due date forward as a signed review would.
      let due = signed.reviewDueOn!;
      while (due < today) due = reviewDueDate(due, client.levelOfCare);
      signed.reviewDueOn = due;
    }
    if (overdue) signed.reviewDueOn = shift(today, -random.int(3, 25));
    plans.push(signed);

    if (!discharged && index % 5 === 1) {
      // A revision is waiting in the supervisor's queue.
      const revised = structuredClone(content);
      revised.problems[0]!.goals[0]!.objectives[0]!.status = ObjectiveStatus.IN_PROGRESS;
      const extra = INTERVENTIONS[0]!;
      revised.problems[0]!.goals[0]!.objectives[0]!.interventions.push({ id: random.uuid(), description: extra.description, frequency: extra.frequency, modality: extra.modality, responsibleStaffId: counselor.id });
      const pending = plan(base, 2, CarePlanStatus.PENDING_REVIEW, revised, counselor, null, null, null);
      pending.basedOnPlanId = signed.id!;
      pending.submittedAt = atNoon(shift(today, -random.int(1, 6)));
      pending.submittedById = counselor.id;
      plans.push(pending);
    } else if (!discharged && index % 9 === 4) {
      const draft = plan(base, 2, CarePlanStatus.DRAFT, structuredClone(content), counselor, null, null, null);
      draft.basedOnPlanId = signed.id!;
      draft.returnedAt = atNoon(shift(today, -2));
      draft.returnedById = ctx.supervisor.id;
      draft.returnComment = 'Please make objective 1 measurable: how many meetings, by when?';
      plans.push(draft);
    }
  }
  await insertChunks(manager, LevelOfCareChangeEntity, levelHistory);
  await insertChunks(manager, DiagnosisEntity, diagnoses);
  await insertChunks(manager, CarePlanEntity, plans);

  ctx.progress('Mapping support networks, family engagement and consents…');
  for (const [index, client] of ctx.clients.entries()) {
    const counselor = ctx.counselorOf.get(client.id)!;
    const base = { organizationId: client.organizationId, clientId: client.id };
    const engaged = ctx.familyEngaged.has(client.id);
    const roles = random.sample(NETWORK_ROLES, random.int(2, 6));
    const members: SupportNetworkMemberEntity[] = [];
    for (const [i, role] of roles.entries()) {
      // Engaged families lean supportive; most networks hold at least one risk.
      const stance =
        i === 0 && (engaged || index % 8 !== 5)
          ? RecoveryStance.SUPPORTIVE
          : random.weighted<RecoveryStance>([
              [RecoveryStance.SUPPORTIVE, engaged ? 6 : 3],
              [RecoveryStance.NEUTRAL, 3],
              [RecoveryStance.RISK, 2],
            ]);
      members.push(
        manager.create(SupportNetworkMemberEntity, {
          ...base,
          name: `${faker.person.firstName()} ${faker.person.lastName()}`,
          relationship: role.relationship,
          stance,
          phone: `555-01${String(random.int(0, 99)).padStart(2, '0')}`,
          email: null,
          involvedInTreatment: stance === RecoveryStance.SUPPORTIVE && random.chance(engaged ? 0.8 : 0.3),
          note: stance === RecoveryStance.RISK ? 'Still uses; client avoids contact on weekends.' : null,
          removedAt: null,
        }),
      );
    }
    await manager.save(members);

    const supportive = members.filter((m) => m.stance === RecoveryStance.SUPPORTIVE);
    const episodeEnd = client.dischargeDate ?? today;
    const episodeDays = Math.max(1, daysBetween(client.admissionDate, episodeEnd));
    const eventCount = engaged ? random.int(2, Math.min(8, 1 + Math.floor(episodeDays / 14))) : random.chance(0.25) ? 1 : 0;
    for (let e = 0; e < eventCount && supportive.length > 0; e++) {
      const event = manager.create(FamilyEngagementEventEntity, {
        ...base,
        type: random.weighted<FamilyEngagementType>([
          [FamilyEngagementType.FAMILY_THERAPY_SESSION, 4],
          [FamilyEngagementType.FAMILY_EDUCATION_GROUP, 3],
          [FamilyEngagementType.PHONE_CONTACT, 3],
          [FamilyEngagementType.VISIT, 1],
        ]),
        occurredOn: shift(client.admissionDate, random.int(1, episodeDays)),
        staffUserId: counselor.id,
        note: 'Synthetic demo session note.',
        attendees: random.sample(supportive, random.int(1, supportive.length)),
      });
      await manager.save(event);
    }

    if (supportive[0]) {
      consents.push({
        ...base,
        recipientKind: ConsentRecipientKind.SUPPORT_NETWORK_MEMBER,
        recipientMemberId: supportive[0].id,
        recipientOrganization: null,
        scopes: [ConsentScope.ATTENDANCE, ConsentScope.CARE_PLAN],
        purpose: 'Family involvement in treatment planning',
        effectiveOn: client.admissionDate,
        // Some have lapsed and are due for renewal.
        expiresOn: index % 6 === 2 ? shift(today, -random.int(1, 30)) : shift(client.admissionDate, 365),
        revokedAt: index % 13 === 7 ? atNoon(shift(today, -10)) : null,
        recordedById: counselor.id,
      });
    }
    if (random.chance(0.4)) {
      consents.push({
        ...base,
        recipientKind: ConsentRecipientKind.ORGANIZATION,
        recipientMemberId: null,
        recipientOrganization: random.pick(OUTSIDE_ORGANIZATIONS),
        scopes: random.chance(0.5) ? [ConsentScope.ATTENDANCE] : [ConsentScope.ATTENDANCE, ConsentScope.DIAGNOSES],
        purpose: 'Coordination of care',
        effectiveOn: client.admissionDate,
        expiresOn: null,
        revokedAt: null,
        recordedById: counselor.id,
      });
    }
    if (ctx.peerOf.has(client.id) && index % 4 === 0) {
      consents.push({
        ...base,
        recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM,
        recipientMemberId: null,
        recipientOrganization: null,
        scopes: [ConsentScope.CARE_PLAN, ConsentScope.CHECK_INS],
        purpose: 'Client wants their peer coach to see the full care plan',
        effectiveOn: client.admissionDate,
        expiresOn: shift(client.admissionDate, 365),
        revokedAt: null,
        recordedById: counselor.id,
      });
    }
  }
  await insertChunks(manager, ConsentEntity, consents);

  function plan(
    base: { organizationId: string; clientId: string },
    planVersion: number,
    status: CarePlanStatus,
    content: CarePlanContent,
    author: StaffUserEntity,
    signer: StaffUserEntity | null,
    signedOn: IsoDate | null,
    reviewDueOn: IsoDate | null,
  ): Partial<CarePlanEntity> {
    return {
      id: random.uuid(),
      ...base,
      planVersion,
      status,
      content,
      basedOnPlanId: null,
      createdById: author.id,
      updatedById: author.id,
      submittedAt: signedOn ? atNoon(shift(signedOn, -1)) : null,
      submittedById: signedOn ? author.id : null,
      signedAt: signedOn ? atNoon(signedOn) : null,
      signedById: signer?.id ?? null,
      signOffComment: signer ? 'Reviewed in supervision; objectives are measurable.' : null,
      reviewDueOn,
      version: 1,
    };
  }
}

function planContent(
  random: SeededRandom,
  problem: { clientStatement: string; clinicalDescription: string },
  counselorId: string,
  peerId: string | null,
  startedOn: IsoDate,
): CarePlanContent {
  const goals = random.sample(GOALS, random.int(1, 2)).map((goal) => ({
    id: random.uuid(),
    description: goal,
    objectives: random.sample(OBJECTIVES, random.int(1, 2)).map((objective) => ({
      id: random.uuid(),
      description: objective,
      targetDate: shift(startedOn, random.int(30, 120)),
      status: random.pick([ObjectiveStatus.NOT_STARTED, ObjectiveStatus.IN_PROGRESS, ObjectiveStatus.IN_PROGRESS, ObjectiveStatus.MET]),
      interventions: random
        .sample(
          INTERVENTIONS.filter((i) => !i.byPeer || peerId),
          random.int(1, 3),
        )
        .map((intervention) => ({
          id: random.uuid(),
          description: intervention.description,
          frequency: intervention.frequency,
          modality: intervention.modality,
          responsibleStaffId: intervention.byPeer ? peerId : counselorId,
        })),
    })),
  }));
  return { problems: [{ id: random.uuid(), ...problem, goals }] };
}

async function insertChunks<T extends object>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + 200) as any).updateEntity(false).execute();
  }
}
