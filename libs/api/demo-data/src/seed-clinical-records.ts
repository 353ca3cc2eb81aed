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
  type CarePlanGoal,
  type CarePlanObjective,
  type CarePlanProblem,
  type IsoDate,
} from '@carecircle/shared/domain';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { ClientEntity } from '@carecircle/api/clients';
import { LevelOfCareChangeEntity } from '@carecircle/api/episode-of-care';
import { CarePlanEntity } from '@carecircle/api/care-plans';
import { DiagnosisEntity } from '@carecircle/api/diagnoses';
import { ConsentEntity, FamilyEngagementAttendeeEntity, FamilyEngagementEventEntity, SupportNetworkMemberEntity } from '@carecircle/api/support-network';
import {
  MENTAL_HEALTH_MIX,
  MENTAL_HEALTH_PROFILES,
  NETWORK_ROLES,
  OUTSIDE_ORGANIZATIONS,
  RECOVERY_GOALS,
  RecoveryGoalKind,
  SUBSTANCE_MIX,
  SUBSTANCE_PROFILES,
  type GoalTemplate,
  type MedicationTemplate,
  type MentalHealthProfile,
  type ObjectiveTemplate,
  type SubstanceProfile,
} from './clinical-story-templates';
import { familyEventNote, supportMemberNote } from './clinical-notes';
import { atTime } from './seed-clock';
import type { SeededRandom } from './seeded-random';
import type { SupportPlan } from './support-plan';

const shift = (date: IsoDate, days: number): IsoDate => toIsoDate(addDays(parseISO(date), days));
const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000);

export interface ClinicalSeedContext {
  manager: EntityManager;
  random: SeededRandom;
  faker: Faker;
  today: IsoDate;
  clients: ClientEntity[];
  counselorOf: Map<string, StaffUserEntity>;
  peerOf: Map<string, StaffUserEntity>;
  supervisor: StaffUserEntity;
  /** Each client's support in the first month (support-plan.ts): the networks and family events follow it. */
  supportOf: ReadonlyMap<string, SupportPlan>;
  /** Readmitted clients' first admission date: people named then are still in the network. */
  firstAdmissionOf: ReadonlyMap<string, IsoDate>;
  progress: (message: string) => void;
}

/** What a client is treated for: the plan, check-ins and notes are all built from it. */
export interface ClientClinicalStory {
  substance: SubstanceProfile;
  /** Medication for addiction treatment, only ever for opioid or alcohol use disorder. */
  medication: MedicationTemplate | null;
  /** Active co-occurring mental-health diagnoses (empty when not dual diagnosis). */
  mentalHealth: MentalHealthProfile[];
}

/**
 * Diagnoses (about a third dual diagnosis, a share of every counselor's caseload), care plans
 * whose problems address the client's own diagnoses, in every state a supervisor meets (signed,
 * overdue, awaiting sign-off, returned drafts), support networks of 2–6 people with mixed
 * stances, family engagement and consents, for every demo client.
 */
export async function seedClinicalRecords(ctx: ClinicalSeedContext): Promise<Map<string, ClientClinicalStory>> {
  const { manager, random, faker, today } = ctx;
  const diagnoses: Partial<DiagnosisEntity>[] = [];
  const levelHistory: Partial<LevelOfCareChangeEntity>[] = [];
  const plans: Partial<CarePlanEntity>[] = [];
  const consents: Partial<ConsentEntity>[] = [];
  const stories = new Map<string, ClientClinicalStory>();
  const dual = dualDiagnosisClients(ctx.clients, ctx.counselorOf);
  // One dual-diagnosis client's signed plan predates their mental-health diagnosis: the revision
  // that adds it waits for sign-off, so the integrated-care gap has a real example.
  let gapStoryTold = false;

  ctx.progress('Recording diagnoses and care plans…');
  for (const [index, client] of ctx.clients.entries()) {
    const counselor = ctx.counselorOf.get(client.id)!;
    const peer = ctx.peerOf.get(client.id) ?? null;
    const base = { organizationId: client.organizationId, clientId: client.id };
    const assessedOn = shift(client.admissionDate, 1);
    const story = clinicalStory(random, dual.has(client.id));
    stories.set(client.id, story);

    levelHistory.push({ ...base, fromLevel: null, toLevel: client.levelOfCare, effectiveOn: client.admissionDate, reason: 'Admission', changedById: counselor.id });

    const diagnosis = (code: string, description: string, onsetDate: IsoDate | null, status = DiagnosisStatus.ACTIVE) =>
      diagnoses.push({ ...base, icd10Code: code, description, onsetDate, status, recordedById: counselor.id });
    diagnosis(story.substance.diagnosis.code, story.substance.diagnosis.description, shift(client.admissionDate, -random.int(200, 3000)));
    if (random.chance(0.35)) diagnosis('F17.210', 'Nicotine dependence, cigarettes, uncomplicated', null);
    for (const mh of story.mentalHealth) diagnosis(mh.diagnosis.code, mh.diagnosis.description, shift(client.admissionDate, -random.int(100, 2000)));
    if (story.mentalHealth.length === 0 && random.chance(0.15)) {
      // A past episode of depression or anxiety, resolved: on the record, not in the plan.
      const past = random.pick(MENTAL_HEALTH_PROFILES.filter((p) => p.key === 'depression' || p.key === 'generalized anxiety'));
      diagnosis(past.diagnosis.code, past.diagnosis.description, shift(client.admissionDate, -random.int(800, 3000)), DiagnosisStatus.RESOLVED);
    }

    const engaged = ctx.supportOf.get(client.id)!.familyEngaged;
    const { content, spare } = planContent(random, story, { counselorId: counselor.id, peerId: peer?.id ?? null, familyEngaged: engaged, startedOn: assessedOn });
    const signedOn = shift(client.admissionDate, random.int(3, 10));
    const discharged = client.status === ClientStatus.DISCHARGED;
    // Signed no later than yesterday (or the discharge day): nothing in the seed happens after its "now".
    if (signedOn > (discharged ? client.dischargeDate! : shift(today, -1))) {
      // Admitted in the last few days: the first plan is still a draft.
      plans.push(plan(base, 1, CarePlanStatus.DRAFT, content, counselor, null, null, null));
      continue;
    }
    const pendingRevision = !discharged && index % 5 === 1;
    const tellGapStory = pendingRevision && !gapStoryTold && story.mentalHealth.length > 0;
    if (tellGapStory) gapStoryTold = true;
    const signedContent = tellGapStory ? { problems: [structuredClone(content.problems[0]!)] } : content;

    const overdue = !discharged && index % 7 === 3;
    const signed = plan(base, 1, CarePlanStatus.ACTIVE, signedContent, counselor, ctx.supervisor, signedOn, reviewDueDate(signedOn, client.levelOfCare));
    if (!discharged && !overdue && daysBetween(signed.reviewDueOn!, today) > 0) {
      // Reviews that came due were done: roll the due date forward as a signed review would.
      let due = signed.reviewDueOn!;
      while (due < today) due = reviewDueDate(due, client.levelOfCare);
      signed.reviewDueOn = due;
    }
    if (overdue) signed.reviewDueOn = shift(today, -random.int(3, 25));
    plans.push(signed);

    if (pendingRevision) {
      // A revision is waiting in the supervisor's queue: progress recorded and one more objective
      // from a goal's own template (or, for the gap story, the mental-health problem added).
      const revised = structuredClone(content);
      revised.problems[0]!.goals[0]!.objectives[0]!.status = ObjectiveStatus.IN_PROGRESS;
      const extra = spare[0];
      if (!tellGapStory && extra) {
        const goal = revised.problems[extra.problemIndex]!.goals[extra.goalIndex]!;
        goal.objectives.push(objective(random, extra.template, { counselorId: counselor.id, peerId: peer?.id ?? null, startedOn: today, meetings: story.substance.meetingWords }));
      }
      const pending = plan(base, 2, CarePlanStatus.PENDING_REVIEW, revised, counselor, null, null, null);
      pending.basedOnPlanId = signed.id!;
      pending.submittedAt = atTime(shift(today, -random.int(1, 6)), 16, random.int(0, 59));
      pending.submittedById = counselor.id;
      plans.push(pending);
    } else if (!discharged && index % 9 === 4) {
      const draft = plan(base, 2, CarePlanStatus.DRAFT, structuredClone(content), counselor, null, null, null);
      draft.basedOnPlanId = signed.id!;
      draft.returnedAt = atTime(shift(today, -2), 11, 30);
      draft.returnedById = ctx.supervisor.id;
      draft.returnComment = 'Please make the first objective measurable: how often, and by when?';
      plans.push(draft);
    }
  }
  await insertChunks(manager, LevelOfCareChangeEntity, levelHistory);
  await insertChunks(manager, DiagnosisEntity, diagnoses);
  await insertChunks(manager, CarePlanEntity, plans);

  ctx.progress('Mapping support networks, family engagement and consents…');
  const members: Array<Partial<SupportNetworkMemberEntity> & { id: string }> = [];
  const events: Array<Partial<FamilyEngagementEventEntity> & { id: string }> = [];
  const attendees: Partial<FamilyEngagementAttendeeEntity>[] = [];
  for (const [index, client] of ctx.clients.entries()) {
    const counselor = ctx.counselorOf.get(client.id)!;
    const story = stories.get(client.id)!;
    const plan = ctx.supportOf.get(client.id)!;
    const base = { organizationId: client.organizationId, clientId: client.id };
    const network = supportNetwork(random, plan, client, ctx.firstAdmissionOf.get(client.id) ?? null, today);
    const own = network.map((m) =>
      ({
        id: random.uuid(),
        ...base,
        name: `${faker.person.firstName()} ${faker.person.lastName()}`,
        relationship: m.role.relationship,
        stance: m.stance,
        phone: `555-01${String(random.int(0, 99)).padStart(2, '0')}`,
        email: null,
        involvedInTreatment: m.involvedInTreatment,
        note: supportMemberNote(random, m.stance, m.role.relationship, m.involvedInTreatment, story.substance.riskMemberNotes),
        removedAt: m.removedAt,
        createdAt: m.createdAt,
      }) satisfies Partial<SupportNetworkMemberEntity>,
    );
    members.push(...own);

    // The first month's family events are the plan's; later ones keep coming for engaged families.
    const lastDay = lastRecordableDay(client, today);
    const supportiveOn = (day: number) => {
      const on = atTime(shift(client.admissionDate, day), 23, 59);
      return own.filter((m) => m.stance === RecoveryStance.SUPPORTIVE && m.createdAt <= on && (m.removedAt === null || m.removedAt > on));
    };
    const eventDays = [
      ...Array.from({ length: plan.earlyFamilyEvents }, () => random.int(2, 30)),
      ...Array.from({ length: plan.familyEngaged ? random.int(0, Math.floor(Math.max(0, lastDay - 30) / 21)) : random.chance(0.15) ? 1 : 0 }, () =>
        random.int(31, Math.max(31, lastDay)),
      ),
    ].filter((day) => day <= lastDay);
    for (const day of eventDays.sort((a, b) => a - b)) {
      const present = supportiveOn(day);
      if (present.length === 0) continue;
      const type = random.weighted<FamilyEngagementType>([
        [FamilyEngagementType.FAMILY_THERAPY_SESSION, 4],
        [FamilyEngagementType.FAMILY_EDUCATION_GROUP, 3],
        [FamilyEngagementType.PHONE_CONTACT, 3],
        [FamilyEngagementType.VISIT, 1],
      ]);
      const event = {
        id: random.uuid(),
        ...base,
        type,
        occurredOn: shift(client.admissionDate, day),
        staffUserId: counselor.id,
        note: familyEventNote(random, type),
      };
      events.push(event);
      for (const member of random.sample(present, random.int(1, present.length))) attendees.push({ eventId: event.id, memberId: member.id });
    }

    const supportive = own.filter((m) => m.stance === RecoveryStance.SUPPORTIVE);
    if (supportive[0]) {
      // Signed when the person was named; some have lapsed and are due for renewal, one in thirteen revoked.
      const signedOn = toIsoDate(supportive[0].createdAt);
      const revokedOn = index % 13 === 7 && signedOn < shift(today, -10) ? shift(today, -10) : null;
      consents.push({
        ...base,
        recipientKind: ConsentRecipientKind.SUPPORT_NETWORK_MEMBER,
        recipientMemberId: supportive[0].id,
        recipientOrganization: null,
        scopes: [ConsentScope.ATTENDANCE, ConsentScope.CARE_PLAN],
        purpose: 'Family involvement in treatment planning',
        signedOn,
        effectiveOn: signedOn,
        expiresOn: index % 6 === 2 && signedOn < shift(today, -30) ? shift(today, -random.int(1, 30)) : shift(signedOn, 365),
        revokedAt: revokedOn ? atTime(revokedOn, 14, 5) : null,
        revokedOn,
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
        signedOn: client.admissionDate,
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
        signedOn: client.admissionDate,
        effectiveOn: client.admissionDate,
        expiresOn: shift(client.admissionDate, 365),
        revokedAt: null,
        recordedById: counselor.id,
      });
    }
  }
  await insertChunks(manager, SupportNetworkMemberEntity, members);
  await insertChunks(manager, FamilyEngagementEventEntity, events);
  await insertChunks(manager, FamilyEngagementAttendeeEntity, attendees);
  await insertChunks(manager, ConsentEntity, consents);
  return stories;

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
      submittedAt: signedOn ? atTime(shift(signedOn, -1), 17, 10) : null,
      submittedById: signedOn ? author.id : null,
      signedAt: signedOn ? atTime(signedOn, 10, 45) : null,
      signedById: signer?.id ?? null,
      signOffComment: signer ? 'Reviewed in supervision; objectives are measurable.' : null,
      reviewDueOn,
      version: 1,
    };
  }
}

/** The last day of the episode something can be recorded on, in days since admission: the discharge day, or yesterday. */
function lastRecordableDay(client: ClientEntity, today: IsoDate): number {
  const yesterday = shift(today, -1);
  const end = client.dischargeDate && client.dischargeDate < yesterday ? client.dischargeDate : yesterday;
  return Math.max(0, daysBetween(client.admissionDate, end));
}

interface PlannedMember {
  role: (typeof NETWORK_ROLES)[number];
  stance: RecoveryStance;
  involvedInTreatment: boolean;
  createdAt: Date;
  removedAt: Date | null;
}

/**
 * A client's support network of 2–6 people, with the day each was recorded: the plan's supportive
 * people (and a risk, if any) at intake, in the first days of the episode; a readmitted client's
 * people partly from their first stay's intake; sometimes someone added later in the episode; now
 * and then someone removed (moved away, or the client cut ties with someone who uses).
 */
function supportNetwork(random: SeededRandom, plan: SupportPlan, client: ClientEntity, firstAdmission: IsoDate | null, today: IsoDate): PlannedMember[] {
  const lastDay = lastRecordableDay(client, today);
  const intakeDay = () => Math.min(lastDay, random.weighted([[0, 3], [1, 3], [2, 2], [3, 1], [random.int(4, 10), 1]]));
  const stances: Array<{ stance: RecoveryStance; day: number }> = [
    ...Array.from({ length: plan.supportiveAtIntake }, () => ({ stance: RecoveryStance.SUPPORTIVE, day: intakeDay() })),
    ...(plan.riskAtIntake ? [{ stance: RecoveryStance.RISK, day: intakeDay() }] : []),
    ...Array.from({ length: random.int(0, 1) }, () => ({ stance: RecoveryStance.NEUTRAL, day: intakeDay() })),
  ];
  // People the counselor learns about later in the episode.
  const later = lastDay >= 14 ? random.weighted([[0, 5], [1, 3], [2, 1]]) : 0;
  for (let k = 0; k < later; k++) {
    const stance = random.weighted<RecoveryStance>([
      [RecoveryStance.SUPPORTIVE, plan.familyEngaged ? 4 : 2],
      [RecoveryStance.NEUTRAL, 2],
      [RecoveryStance.RISK, 1],
    ]);
    stances.push({ stance, day: random.int(10, lastDay) });
  }
  while (stances.length < 2) stances.push({ stance: RecoveryStance.NEUTRAL, day: intakeDay() });
  stances.splice(6);
  const roles = random.sample(NETWORK_ROLES, stances.length);
  const yesterday = shift(today, -1);
  const members = stances.map(({ stance, day }, i): PlannedMember => {
    // A readmitted client named some of the same people when they first came.
    const fromFirstStay = firstAdmission !== null && day <= 10 && random.chance(0.5);
    const on = fromFirstStay ? shift(firstAdmission, random.int(0, 3)) : shift(client.admissionDate, day);
    return {
      role: roles[i]!,
      stance,
      involvedInTreatment: stance === RecoveryStance.SUPPORTIVE && random.chance(plan.familyEngaged ? 0.8 : 0.3),
      createdAt: atTime(on < yesterday ? on : yesterday, random.int(9, 17), random.int(0, 59)),
      removedAt: null,
    };
  });
  // About one network in eight loses someone: most often a person who still uses.
  if (random.chance(0.125)) {
    const member = members.find((m) => m.stance === RecoveryStance.RISK) ?? random.pick(members);
    const from = daysBetween(client.admissionDate, toIsoDate(member.createdAt)) + 14;
    if (from <= lastDay) member.removedAt = atTime(shift(client.admissionDate, random.int(from, lastDay)), random.int(9, 17), random.int(0, 59));
  }
  return members;
}

/**
 * Every third client of each counselor's caseload (counted separately among current and
 * discharged clients) has a co-occurring mental-health diagnosis, so every counselor carries a
 * share of the dual-diagnosis work and it shows in their current caseload.
 */
function dualDiagnosisClients(clients: ClientEntity[], counselorOf: Map<string, StaffUserEntity>): Set<string> {
  const seen = new Map<string, number>();
  const dual = new Set<string>();
  for (const client of clients) {
    const key = `${counselorOf.get(client.id)!.id}:${client.status === ClientStatus.DISCHARGED}`;
    const position = seen.get(key) ?? 0;
    seen.set(key, position + 1);
    if (position % 3 === 1) dual.add(client.id);
  }
  return dual;
}

function clinicalStory(random: SeededRandom, dual: boolean): ClientClinicalStory {
  const substance = SUBSTANCE_PROFILES[random.weighted(SUBSTANCE_MIX)];
  const medication = substance.medications.length && random.chance(substance.medicationShare) ? random.weighted(substance.medications) : null;
  const mentalHealth: MentalHealthProfile[] = [];
  if (dual) {
    const first = random.weighted(MENTAL_HEALTH_MIX);
    mentalHealth.push(first);
    // PTSD and depression often come together.
    if (first.key === 'PTSD' && random.chance(0.35)) mentalHealth.push(MENTAL_HEALTH_PROFILES.find((p) => p.key === 'depression')!);
  }
  return { substance, medication, mentalHealth };
}

interface PlanPeople {
  counselorId: string;
  peerId: string | null;
  startedOn: IsoDate;
}

/** An objective not planned yet, kept for the revision that adds it to its own goal. */
interface SpareObjective {
  problemIndex: number;
  goalIndex: number;
  template: ObjectiveTemplate;
}

/**
 * The plan for a client's own diagnoses: one problem for the substance-use disorder (its use
 * goal, the medication goal when there is one, and one recovery goal — family work when the
 * family takes part), and one problem per co-occurring mental-health diagnosis.
 */
function planContent(
  random: SeededRandom,
  story: ClientClinicalStory,
  people: PlanPeople & { familyEngaged: boolean },
): { content: CarePlanContent; spare: SpareObjective[] } {
  const spare: SpareObjective[] = [];
  const meetings = story.substance.meetingWords;
  const recoveryGoal =
    people.familyEngaged && random.chance(0.6)
      ? RecoveryGoalKind.FAMILY
      : random.pick([RecoveryGoalKind.CRAVINGS, RecoveryGoalKind.CRAVINGS, RecoveryGoalKind.COMMUNITY, RecoveryGoalKind.COMMUNITY, RecoveryGoalKind.WORK]);
  const substanceGoals: GoalTemplate[] = [
    ...(story.medication ? [story.medication.goal] : []),
    story.substance.useGoal,
    RECOVERY_GOALS[recoveryGoal],
  ];

  const problemOf = (problemIndex: number, wording: { clientStatement: string; clinicalDescription: string }, codes: string[], goals: GoalTemplate[]) => {
    const problem: CarePlanProblem = {
      id: random.uuid(),
      ...wording,
      addressesDiagnosisCodes: codes,
      goals: goals.map((template, goalIndex): CarePlanGoal => {
        const chosen = [template.objectives[0]!, ...random.sample(template.objectives.slice(1), random.int(0, 1))];
        for (const t of template.objectives) if (!chosen.includes(t)) spare.push({ problemIndex, goalIndex, template: t });
        return { id: random.uuid(), description: template.description, objectives: chosen.map((t) => objective(random, t, { ...people, meetings })) };
      }),
    };
    return problem;
  };

  const problems = [problemOf(0, random.pick(story.substance.problems), [story.substance.diagnosis.code], substanceGoals)];
  for (const mh of story.mentalHealth) problems.push(problemOf(problems.length, random.pick(mh.problems), [mh.diagnosis.code], [mh.goal]));
  return { content: { problems }, spare };
}

function objective(random: SeededRandom, template: ObjectiveTemplate, people: PlanPeople & { meetings: string }): CarePlanObjective {
  // Peer-delivered interventions only when a peer worker is on the care team.
  const deliverable = template.interventions.filter((i) => !i.byPeer || people.peerId);
  const chosen = [deliverable[0]!, ...random.sample(deliverable.slice(1), random.int(0, 1))];
  return {
    id: random.uuid(),
    description: template.description.replace('{meetings}', people.meetings),
    targetDate: shift(people.startedOn, random.int(30, 120)),
    status: random.pick([ObjectiveStatus.NOT_STARTED, ObjectiveStatus.IN_PROGRESS, ObjectiveStatus.IN_PROGRESS, ObjectiveStatus.MET]),
    interventions: chosen.map((intervention) => ({
      id: random.uuid(),
      description: intervention.description,
      frequency: intervention.frequency,
      modality: intervention.modality,
      responsibleStaffId: intervention.byPeer ? people.peerId : people.counselorId,
    })),
  };
}

async function insertChunks<T extends object>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + 200) as any).updateEntity(false).execute();
  }
}
