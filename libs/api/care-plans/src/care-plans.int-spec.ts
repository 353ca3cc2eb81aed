import { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import { Not } from 'typeorm';
import { AuditAction, ConsentRecipientKind, ConsentScope, LevelOfCare, StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import { ConsentEntity } from '@carecircle/api/support-network';
import { ProgramEntity } from '@carecircle/api/organizations';
import { Factory, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import { CarePlanEntity } from './care-plan.entity';

const PLAN = `id clientId planVersion status version reviewDueOn isOverdue basedOnPlanId isPartialView supersededAt
  returnComment signOffComment updatedBy { id displayName } signedBy { id } returnedBy { id }
  problems { id clientStatement clinicalDescription goals { id description objectives { id description targetDate status
    interventions { id description frequency responsibleStaffId responsibleStaff { id displayName } modality } } } }`;

const START = `mutation($clientId: ID!) { startCarePlanDraft(clientId: $clientId) { ${PLAN} } }`;
const SAVE = `mutation($input: SaveCarePlanDraftInput!) { saveCarePlanDraft(input: $input) { ${PLAN} } }`;
const SUBMIT = `mutation($planId: ID!, $expectedVersion: Int!) { submitCarePlanForReview(planId: $planId, expectedVersion: $expectedVersion) { ${PLAN} } }`;
const SIGN = `mutation($planId: ID!, $expectedVersion: Int!, $comment: String) {
  signOffCarePlan(planId: $planId, expectedVersion: $expectedVersion, comment: $comment) { ${PLAN} } }`;
const RETURN = `mutation($planId: ID!, $expectedVersion: Int!, $comment: String!) {
  returnCarePlanForChanges(planId: $planId, expectedVersion: $expectedVersion, comment: $comment) { ${PLAN} } }`;
const CARE_PLAN = `query($id: ID!) { carePlan(id: $id) { ${PLAN} } }`;
const HISTORY = `query($clientId: ID!) { carePlanHistory(clientId: $clientId) { id planVersion status supersededAt } }`;
const CURRENT = `query($clientId: ID!) { currentCarePlan(clientId: $clientId) { id status } openCarePlan(clientId: $clientId) { id status } }`;
const DIFF = `query($from: ID!, $to: ID!) { carePlanDiff(fromPlanId: $from, toPlanId: $to) { kind itemKind itemId label fields previousLabel } }`;
const OVERDUE = `{ carePlansOverdue { id reviewDueOn isOverdue client { id firstName lastName } } }`;
const QUEUE = `{ carePlansAwaitingSignOff { id submittedAt client { id lastName } } }`;

interface Intervention {
  id: string;
  description: string;
  frequency: string;
  responsibleStaffId: string | null;
  modality: string;
  responsibleStaff?: { id: string; displayName: string } | null;
}
interface Objective {
  id: string;
  description: string;
  targetDate: string | null;
  status: string;
  interventions: Intervention[];
}
interface Goal {
  id: string;
  description: string;
  objectives: Objective[];
}
interface Problem {
  id: string;
  clientStatement: string | null;
  clinicalDescription: string | null;
  goals: Goal[];
}
interface Plan {
  id: string;
  clientId: string;
  planVersion: number;
  status: string;
  version: number;
  reviewDueOn: string | null;
  isOverdue: boolean;
  basedOnPlanId: string | null;
  isPartialView: boolean;
  supersededAt: string | null;
  returnComment: string | null;
  signOffComment: string | null;
  updatedBy: { id: string; displayName: string };
  signedBy: { id: string } | null;
  returnedBy: { id: string } | null;
  problems: Problem[];
}

/** A complete plan: one problem, two goals; the peer carries out one intervention of the first goal. */
function completeContent(counselorId: string, peerId: string): { problems: Problem[] } {
  return {
    problems: [
      {
        id: randomUUID(),
        clientStatement: 'I drink when I feel alone in the evenings',
        clinicalDescription: 'Alcohol use disorder, moderate, with social isolation',
        goals: [
          {
            id: randomUUID(),
            description: 'Build a sober support network',
            objectives: [
              {
                id: randomUUID(),
                description: 'Attend three mutual-aid meetings a week',
                targetDate: '2027-01-15',
                status: 'IN_PROGRESS',
                interventions: [
                  { id: randomUUID(), description: 'Relapse prevention group', frequency: 'weekly, 90 minutes', responsibleStaffId: counselorId, modality: 'RELAPSE_PREVENTION' },
                  { id: randomUUID(), description: 'Accompany to first meetings', frequency: 'twice a week', responsibleStaffId: peerId, modality: 'PEER_RECOVERY_SUPPORT' },
                ],
              },
            ],
          },
          {
            id: randomUUID(),
            description: 'Reduce cravings in the evening',
            objectives: [
              {
                id: randomUUID(),
                description: 'Craving at or below 4/10 on most check-ins',
                targetDate: '2027-02-01',
                status: 'NOT_STARTED',
                interventions: [{ id: randomUUID(), description: 'CBT for cravings', frequency: 'weekly', responsibleStaffId: counselorId, modality: 'CBT' }],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The editable shape of a plan as the API returns it (drops resolved staff). */
function asInput(problems: Problem[]): { problems: unknown[] } {
  return {
    problems: problems.map((p) => ({
      id: p.id,
      clientStatement: p.clientStatement ?? '',
      clinicalDescription: p.clinicalDescription ?? '',
      goals: p.goals.map((g) => ({
        id: g.id,
        description: g.description,
        objectives: g.objectives.map((o) => ({
          id: o.id,
          description: o.description,
          targetDate: o.targetDate,
          status: o.status,
          interventions: o.interventions.map((i) => ({
            id: i.id,
            description: i.description,
            frequency: i.frequency,
            responsibleStaffId: i.responsibleStaffId,
            modality: i.modality,
          })),
        })),
      })),
    })),
  };
}

const ids = (problems: Problem[]): string[] =>
  problems.flatMap((p) => [p.id, ...p.goals.flatMap((g) => [g.id, ...g.objectives.flatMap((o) => [o.id, ...o.interventions.map((i) => i.id)])])]);

const daysFromToday = (days: number) => toIsoDate(addDays(new Date(), days));

describe('care plans: drafting, review, sign-off and versions', () => {
  let t: TestApp;
  let f: Factory;
  let organizationId: string;
  let programId: string;
  let supervisor: StaffUserEntity;
  let otherSupervisor: StaffUserEntity;
  let counselorA: StaffUserEntity;
  let counselorB: StaffUserEntity;
  let peer: StaffUserEntity;
  let otherOrgStaff: StaffUserEntity;
  let tokens: Record<'supervisor' | 'otherSupervisor' | 'counselorA' | 'counselorB' | 'peer', string>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    organizationId = organization.id;
    programId = program.id;
    supervisor = await f.staff(organizationId, StaffRole.SUPERVISOR, { displayName: 'Sam Supervisor' });
    otherSupervisor = await f.staff(organizationId, StaffRole.SUPERVISOR);
    counselorA = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: 'Alex Counselor' });
    counselorB = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: otherSupervisor.id });
    peer = await f.staff(organizationId, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    const other = await f.organization();
    otherOrgStaff = await f.staff(other.organization.id, StaffRole.COUNSELOR);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      supervisor: await loginAs(gql, supervisor.email),
      otherSupervisor: await loginAs(gql, otherSupervisor.email),
      counselorA: await loginAs(gql, counselorA.email),
      counselorB: await loginAs(gql, counselorB.email),
      peer: await loginAs(gql, peer.email),
    };
  });
  afterAll(() => t.close());

  /** A client on counselor A's caseload (with the peer assigned), or on counselor B's. */
  async function clientOf(counselor: StaffUserEntity, overrides: Partial<ClientEntity> = {}, withPeer = false): Promise<ClientEntity> {
    const client = await f.client(organizationId, programId, overrides);
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    if (withPeer) await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    return client;
  }

  async function ok<K extends string>(key: K, query: string, variables: Record<string, unknown>, token: string): Promise<Plan> {
    const res = await t.gql<Record<K, Plan>>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data![key];
  }

  const start = (clientId: string, token = tokens.counselorA) => ok('startCarePlanDraft', START, { clientId }, token);
  const save = (plan: Plan, content: { problems: unknown[] }, token = tokens.counselorA) =>
    ok('saveCarePlanDraft', SAVE, { input: { planId: plan.id, expectedVersion: plan.version, content } }, token);
  const submit = (plan: Plan, token = tokens.counselorA) => ok('submitCarePlanForReview', SUBMIT, { planId: plan.id, expectedVersion: plan.version }, token);
  const sign = (plan: Plan, token = tokens.supervisor) => ok('signOffCarePlan', SIGN, { planId: plan.id, expectedVersion: plan.version }, token);
  const read = (id: string, token = tokens.counselorA) => ok('carePlan', CARE_PLAN, { id }, token);

  /** Drafts, submits and signs a plan with this content; returns the active plan. */
  async function activePlan(client: ClientEntity, content: { problems: unknown[] }, counselorToken = tokens.counselorA, supervisorToken = tokens.supervisor) {
    const draft = await start(client.id, counselorToken);
    const saved = await save(draft, content, counselorToken);
    return sign(await submit(saved, counselorToken), supervisorToken);
  }

  const writeAuditFor = (planId: string) =>
    t.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { entityType: 'CarePlan', entityId: planId, action: Not(AuditAction.READ) }, order: { id: 'ASC' } });

  it('takes a plan from draft through a returned review to an active plan due for review in 90 days at level 2.1', async () => {
    const client = await clientOf(counselorA, { levelOfCare: LevelOfCare.INTENSIVE_OUTPATIENT_2_1 });
    const draft = await start(client.id);
    expect(draft).toMatchObject({ status: 'DRAFT', planVersion: 1, basedOnPlanId: null, problems: [], reviewDueOn: null });

    const content = completeContent(counselorA.id, peer.id);
    const saved = await save(draft, content);
    expect(saved.version).toBe(draft.version + 1);
    expect(ids(saved.problems)).toEqual(ids(content.problems));
    expect(saved.problems[0]!.goals[0]!.objectives[0]!.interventions[1]!.responsibleStaff).toEqual({ id: peer.id, displayName: peer.displayName });

    const submitted = await submit(saved);
    expect(submitted.status).toBe('PENDING_REVIEW');

    const returned = await ok(
      'returnCarePlanForChanges',
      RETURN,
      { planId: submitted.id, expectedVersion: submitted.version, comment: 'Add a family goal before I sign.' },
      tokens.supervisor,
    );
    expect(returned).toMatchObject({ status: 'DRAFT', returnComment: 'Add a family goal before I sign.', returnedBy: { id: supervisor.id } });

    const edited = asInput(returned.problems) as ReturnType<typeof completeContent>;
    edited.problems[0]!.goals.push({
      id: randomUUID(),
      description: 'Repair trust with my sister',
      objectives: [
        {
          id: randomUUID(),
          description: 'Join two family sessions',
          targetDate: '2027-01-31',
          status: 'NOT_STARTED',
          interventions: [{ id: randomUUID(), description: 'Family therapy', frequency: 'every other week', responsibleStaffId: counselorA.id, modality: 'FAMILY_THERAPY' }],
        },
      ],
    });
    const resubmitted = await submit(await save(returned, edited));
    expect(resubmitted.status).toBe('PENDING_REVIEW');

    const signed = await ok('signOffCarePlan', SIGN, { planId: resubmitted.id, expectedVersion: resubmitted.version, comment: 'Good plan.' }, tokens.supervisor);
    expect(signed).toMatchObject({
      status: 'ACTIVE',
      signedBy: { id: supervisor.id },
      signOffComment: 'Good plan.',
      reviewDueOn: daysFromToday(90),
      isOverdue: false,
    });
    expect(signed.problems[0]!.goals).toHaveLength(3);

    const current = await t.gql<{ currentCarePlan: { id: string } | null; openCarePlan: { id: string } | null }>(CURRENT, { clientId: client.id }, tokens.counselorA);
    expect(current.data).toEqual({ currentCarePlan: { id: signed.id, status: 'ACTIVE' }, openCarePlan: null });

    // Every step left its write in the audit trail, with the fields it touched.
    const audit = await writeAuditFor(signed.id);
    expect(audit.map((a) => [a.action, a.actorId, a.fields, a.outcome])).toEqual([
      ['CREATE', counselorA.id, ['planVersion', 'status', 'content', 'basedOnPlanId'], 'ALLOWED'],
      ['UPDATE', counselorA.id, ['content'], 'ALLOWED'],
      ['UPDATE', counselorA.id, ['status', 'submittedAt', 'submittedById'], 'ALLOWED'],
      ['UPDATE', supervisor.id, ['status', 'returnedAt', 'returnedById', 'returnComment'], 'ALLOWED'],
      ['UPDATE', counselorA.id, ['content'], 'ALLOWED'],
      ['UPDATE', counselorA.id, ['status', 'submittedAt', 'submittedById'], 'ALLOWED'],
      ['UPDATE', supervisor.id, ['status', 'signedAt', 'signedById', 'signOffComment', 'reviewDueOn'], 'ALLOWED'],
    ]);
  });

  it('sets the review 14 days out at partial hospitalization (2.5), and a program override wins', async () => {
    const ph = await clientOf(counselorA, { levelOfCare: LevelOfCare.PARTIAL_HOSPITALIZATION_2_5 });
    expect((await activePlan(ph, completeContent(counselorA.id, peer.id))).reviewDueOn).toBe(daysFromToday(14));

    const strictProgram = await t.dataSource.getRepository(ProgramEntity).save({
      organizationId,
      name: 'Partial Hospitalization (strict state rule)',
      defaultLevelOfCare: LevelOfCare.PARTIAL_HOSPITALIZATION_2_5,
      reviewIntervalOverrides: { [LevelOfCare.PARTIAL_HOSPITALIZATION_2_5]: 10 },
    });
    const elsewhere = await f.client(organizationId, strictProgram.id, { levelOfCare: LevelOfCare.PARTIAL_HOSPITALIZATION_2_5 });
    await f.assign(elsewhere, counselorA, CareTeamRole.COUNSELOR);
    expect((await activePlan(elsewhere, completeContent(counselorA.id, peer.id))).reviewDueOn).toBe(daysFromToday(10));
  });

  it('copies the active plan into a new draft with the same item ids, and keeps the superseded version readable', async () => {
    const client = await clientOf(counselorA);
    const first = await activePlan(client, completeContent(counselorA.id, peer.id));

    const draft = await start(client.id);
    expect(draft).toMatchObject({ status: 'DRAFT', planVersion: 2, basedOnPlanId: first.id });
    expect(ids(draft.problems)).toEqual(ids(first.problems));
    expect(draft.problems).toEqual(first.problems);

    const second = await sign(await submit(draft));
    expect(second.status).toBe('ACTIVE');

    const old = await read(first.id);
    expect(old.status).toBe('SUPERSEDED');
    expect(old.supersededAt).not.toBeNull();
    expect(old.problems).toEqual(first.problems);

    const history = await t.gql<{ carePlanHistory: Array<{ id: string; planVersion: number; status: string }> }>(HISTORY, { clientId: client.id }, tokens.counselorA);
    expect(history.data?.carePlanHistory.map((p) => [p.planVersion, p.status, p.id])).toEqual([
      [2, 'ACTIVE', second.id],
      [1, 'SUPERSEDED', first.id],
    ]);
    expect((await writeAuditFor(first.id)).at(-1)).toMatchObject({ action: 'UPDATE', actorId: supervisor.id, fields: ['status', 'supersededAt'], outcome: 'ALLOWED' });
  });

  it('shows what changed between two versions: an added goal, a removed intervention and a changed objective status', async () => {
    const client = await clientOf(counselorA);
    const first = await activePlan(client, completeContent(counselorA.id, peer.id));
    const draft = await start(client.id);
    const next = asInput(draft.problems) as ReturnType<typeof completeContent>;
    const firstGoal = next.problems[0]!.goals[0]!;
    const removed = firstGoal.objectives[0]!.interventions.pop()!;
    firstGoal.objectives[0]!.status = 'MET';
    const addedGoalId = randomUUID();
    next.problems[0]!.goals.push({
      id: addedGoalId,
      description: 'Find steady work',
      objectives: [
        { id: randomUUID(), description: 'Apply to two jobs', targetDate: '2027-03-01', status: 'NOT_STARTED', interventions: [{ id: randomUUID(), description: 'Job search help', frequency: 'weekly', responsibleStaffId: null, modality: 'OTHER' }] },
      ],
    });
    const second = await sign(await submit(await save(draft, next)));

    const res = await t.gql<{ carePlanDiff: Array<Record<string, unknown>> }>(DIFF, { from: first.id, to: second.id }, tokens.counselorA);
    expect(res.errors).toBeUndefined();
    const changes = res.data!.carePlanDiff;
    expect(changes).toContainEqual({ kind: 'ADDED', itemKind: 'GOAL', itemId: addedGoalId, label: 'Find steady work', fields: [], previousLabel: null });
    expect(changes).toContainEqual({ kind: 'REMOVED', itemKind: 'INTERVENTION', itemId: removed.id, label: removed.description, fields: [], previousLabel: null });
    expect(changes).toContainEqual({
      kind: 'CHANGED',
      itemKind: 'OBJECTIVE',
      itemId: firstGoal.objectives[0]!.id,
      label: firstGoal.objectives[0]!.description,
      fields: ['status'],
      previousLabel: null,
    });
    expect(changes).toHaveLength(5); // plus the new goal's objective and intervention

    const otherClient = await clientOf(counselorA);
    const unrelated = await start(otherClient.id);
    expect(codeOf(await t.gql(DIFF, { from: first.id, to: unrelated.id }, tokens.counselorA))).toBe('BAD_USER_INPUT');
  });

  it('refuses to return a plan without saying what to change', async () => {
    const client = await clientOf(counselorA);
    const pending = await submit(await save(await start(client.id), completeContent(counselorA.id, peer.id)));
    for (const comment of ['', '   ']) {
      const res = await t.gql(RETURN, { planId: pending.id, expectedVersion: pending.version, comment }, tokens.supervisor);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('comment must say what needs to change');
    }
    expect((await read(pending.id)).status).toBe('PENDING_REVIEW');
  });

  it('does not let a counselor sign off or return a plan', async () => {
    const client = await clientOf(counselorA);
    const pending = await submit(await save(await start(client.id), completeContent(counselorA.id, peer.id)));
    expect(codeOf(await t.gql(SIGN, { planId: pending.id, expectedVersion: pending.version }, tokens.counselorA))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RETURN, { planId: pending.id, expectedVersion: pending.version, comment: 'x' }, tokens.counselorA))).toBe('FORBIDDEN');
    // A supervisor outside the counselor's team cannot see the plan at all.
    expect(codeOf(await t.gql(SIGN, { planId: pending.id, expectedVersion: pending.version }, tokens.otherSupervisor))).toBe('NOT_FOUND');
    expect((await read(pending.id)).status).toBe('PENDING_REVIEW');
  });

  it("rejects a stale care-plan write with a conflict naming the other writer, and keeps the other writer's change", async () => {
    const client = await clientOf(counselorA);
    const draft = await save(await start(client.id), completeContent(counselorA.id, peer.id));
    const supervisorsEdit = asInput(draft.problems) as ReturnType<typeof completeContent>;
    supervisorsEdit.problems[0]!.goals[0]!.description = 'Build a sober network (supervisor wording)';
    const counselorsEdit = asInput(draft.problems) as ReturnType<typeof completeContent>;
    counselorsEdit.problems[0]!.goals[0]!.description = 'Counselor wording';

    const first = await save(draft, supervisorsEdit, tokens.supervisor);
    const stale = await t.gql(SAVE, { input: { planId: draft.id, expectedVersion: draft.version, content: counselorsEdit } }, tokens.counselorA);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('changed by Sam Supervisor');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ changedById: supervisor.id, changedByName: 'Sam Supervisor', currentVersion: first.version });

    const now = await read(draft.id);
    expect(now.version).toBe(first.version);
    expect(now.updatedBy.id).toBe(supervisor.id);
    expect(now.problems[0]!.goals[0]!.description).toBe('Build a sober network (supervisor wording)');

    // A stale submit is refused the same way.
    expect(codeOf(await t.gql(SUBMIT, { planId: draft.id, expectedVersion: draft.version }, tokens.counselorA))).toBe('CONFLICT');
  });

  it('keeps signed versions read-only: saving one is refused and a new draft is the way to change it', async () => {
    const client = await clientOf(counselorA);
    const active = await activePlan(client, completeContent(counselorA.id, peer.id));
    const res = await t.gql(SAVE, { input: { planId: active.id, expectedVersion: active.version, content: { problems: [] } } }, tokens.counselorA);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/signed and read-only.*Start a new draft/);
    expect((await read(active.id)).problems).toEqual(active.problems);
  });

  it('refuses a second open draft for the same client, naming the one that exists', async () => {
    const client = await clientOf(counselorA);
    const draft = await start(client.id);
    const res = await t.gql(START, { clientId: client.id }, tokens.supervisor);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('already has a draft');
    expect(res.errors?.[0]?.extensions?.['openPlanId']).toBe(draft.id);
    expect(await t.dataSource.getRepository(CarePlanEntity).count({ where: { clientId: client.id } })).toBe(1);
  });

  it('refuses to submit an incomplete plan, listing what is missing, and leaves the plan and audit trail as they were', async () => {
    const client = await clientOf(counselorA);
    const content = completeContent(counselorA.id, peer.id);
    content.problems[0]!.goals[1]!.objectives[0]!.targetDate = null;
    const draft = await save(await start(client.id), content);
    const auditBefore = await writeAuditFor(draft.id);

    const res = await t.gql(SUBMIT, { planId: draft.id, expectedVersion: draft.version }, tokens.counselorA);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('Problem 1, goal 2, objective 1 has no target date.');

    const row = await t.dataSource.getRepository(CarePlanEntity).findOneByOrFail({ id: draft.id });
    expect({ status: row.status, version: row.version, submittedAt: row.submittedAt }).toEqual({ status: 'DRAFT', version: draft.version, submittedAt: null });
    expect(await writeAuditFor(draft.id)).toHaveLength(auditBefore.length);
  });

  it('rejects a responsible staff member from another organization and saves nothing', async () => {
    const client = await clientOf(counselorA);
    const draft = await start(client.id);
    const content = completeContent(counselorA.id, otherOrgStaff.id);
    const res = await t.gql(SAVE, { input: { planId: draft.id, expectedVersion: draft.version, content } }, tokens.counselorA);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['problems']).toEqual([
      {
        field: 'content.problems.0.goals.0.objectives.0.interventions.1.responsibleStaffId',
        problem: `responsibleStaffId ${otherOrgStaff.id} is not a staff member of your organization`,
      },
    ]);
    const row = await t.dataSource.getRepository(CarePlanEntity).findOneByOrFail({ id: draft.id });
    expect({ version: row.version, content: row.content }).toEqual({ version: draft.version, content: { problems: [] } });
    expect(await writeAuditFor(draft.id)).toHaveLength(1); // only the CREATE
  });

  it('validates the draft: dates written YYYY-MM-DD, UUID item ids used once, and server-made ids for new items', async () => {
    const client = await clientOf(counselorA);
    const draft = await start(client.id);
    const badDate = completeContent(counselorA.id, peer.id);
    badDate.problems[0]!.goals[0]!.objectives[0]!.targetDate = '15/01/2027';
    const dateRes = await t.gql(SAVE, { input: { planId: draft.id, expectedVersion: draft.version, content: badDate } }, tokens.counselorA);
    expect(codeOf(dateRes)).toBe('BAD_USER_INPUT');
    expect(dateRes.errors?.[0]?.message).toContain('targetDate must be a date written YYYY-MM-DD');

    const duplicate = completeContent(counselorA.id, peer.id);
    duplicate.problems[0]!.goals[1]!.id = duplicate.problems[0]!.goals[0]!.id;
    const dupRes = await t.gql(SAVE, { input: { planId: draft.id, expectedVersion: draft.version, content: duplicate } }, tokens.counselorA);
    expect(codeOf(dupRes)).toBe('BAD_USER_INPUT');
    expect(dupRes.errors?.[0]?.message).toContain('is used twice');

    const noIds = asInput(completeContent(counselorA.id, peer.id).problems) as { problems: Array<Record<string, unknown>> };
    delete noIds.problems[0]!['id'];
    const saved = await save(draft, noIds);
    expect(saved.problems[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists overdue active plans in the caller’s scope, oldest due first, with the client', async () => {
    const older = await clientOf(counselorA, { firstName: 'Olive', lastName: 'Overdue' });
    const newer = await clientOf(counselorA);
    const notDue = await clientOf(counselorA);
    const ofB = await clientOf(counselorB);
    const olderPlan = await activePlan(older, completeContent(counselorA.id, peer.id));
    const newerPlan = await activePlan(newer, completeContent(counselorA.id, peer.id));
    await activePlan(notDue, completeContent(counselorA.id, peer.id));
    const bPlan = await activePlan(ofB, completeContent(counselorB.id, peer.id), tokens.counselorB, tokens.otherSupervisor);
    const setDue = (id: string, due: string) => t.dataSource.query('UPDATE care_plan SET review_due_on = $1 WHERE id = $2', [due, id]);
    await setDue(olderPlan.id, '2026-08-01');
    await setDue(newerPlan.id, '2026-10-15');
    await setDue(bPlan.id, '2026-07-01');

    const res = await t.gql<{ carePlansOverdue: Array<{ id: string; isOverdue: boolean; client: { id: string; firstName: string; lastName: string } }> }>(
      OVERDUE,
      {},
      tokens.counselorA,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.carePlansOverdue.map((p) => p.id)).toEqual([olderPlan.id, newerPlan.id]);
    expect(res.data!.carePlansOverdue[0]).toMatchObject({ isOverdue: true, client: { id: older.id, firstName: 'Olive', lastName: 'Overdue' } });
    const forB = await t.gql<{ carePlansOverdue: Array<{ id: string }> }>(OVERDUE, {}, tokens.counselorB);
    expect(forB.data!.carePlansOverdue.map((p) => p.id)).toEqual([bPlan.id]);
  });

  it("shows a supervisor only their team's plans awaiting sign-off, oldest submitted first", async () => {
    const first = await clientOf(counselorA, { lastName: 'Firstqueue' });
    const second = await clientOf(counselorA, { lastName: 'Secondqueue' });
    const ofB = await clientOf(counselorB);
    const firstPlan = await submit(await save(await start(first.id), completeContent(counselorA.id, peer.id)));
    const secondPlan = await submit(await save(await start(second.id), completeContent(counselorA.id, peer.id)));
    const bPlan = await submit(
      await save(await start(ofB.id, tokens.counselorB), completeContent(counselorB.id, peer.id), tokens.counselorB),
      tokens.counselorB,
    );
    const queue = async (token: string) => {
      const res = await t.gql<{ carePlansAwaitingSignOff: Array<{ id: string }> }>(QUEUE, {}, token);
      expect(res.errors).toBeUndefined();
      return res.data!.carePlansAwaitingSignOff.map((p) => p.id);
    };
    const mine = await queue(tokens.supervisor);
    expect(mine.filter((id) => [firstPlan.id, secondPlan.id].includes(id))).toEqual([firstPlan.id, secondPlan.id]);
    expect(mine).not.toContain(bPlan.id);
    expect(await queue(tokens.otherSupervisor)).toEqual([bPlan.id]);
    expect(codeOf(await t.gql(QUEUE, {}, tokens.peer))).toBe('FORBIDDEN');
  });

  it("treats another caseload's plan as not found, and forbids a peer support worker to edit", async () => {
    const client = await clientOf(counselorA, {}, true);
    const draft = await start(client.id);
    expect(codeOf(await t.gql(CARE_PLAN, { id: draft.id }, tokens.counselorB))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SAVE, { input: { planId: draft.id, expectedVersion: draft.version, content: { problems: [] } } }, tokens.counselorB))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await t.gql(START, { clientId: client.id }, tokens.counselorB))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(HISTORY, { clientId: client.id }, tokens.counselorB))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CARE_PLAN, { id: randomUUID() }, tokens.counselorA))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CARE_PLAN, { id: 'not-a-uuid' }, tokens.counselorA))).toBe('BAD_USER_INPUT');

    expect(codeOf(await t.gql(SAVE, { input: { planId: draft.id, expectedVersion: draft.version, content: { problems: [] } } }, tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(START, { clientId: client.id }, tokens.peer))).toBe('FORBIDDEN');
    expect((await read(draft.id)).version).toBe(draft.version);
  });

  it('shows a peer only their interventions and no problem text, and the whole plan once the client consents', async () => {
    const client = await clientOf(counselorA, {}, true);
    const content = completeContent(counselorA.id, peer.id);
    const active = await activePlan(client, content);

    const partial = await read(active.id, tokens.peer);
    const peerIntervention = content.problems[0]!.goals[0]!.objectives[0]!.interventions[1]!;
    expect(partial.isPartialView).toBe(true);
    expect(partial.signOffComment).toBeNull();
    expect(partial.problems).toHaveLength(1);
    expect(partial.problems[0]).toMatchObject({ clientStatement: null, clinicalDescription: null });
    expect(partial.problems[0]!.goals.map((g) => g.id)).toEqual([content.problems[0]!.goals[0]!.id]);
    expect(partial.problems[0]!.goals[0]!.objectives[0]!.interventions.map((i) => i.id)).toEqual([peerIntervention.id]);

    await t.dataSource.getRepository(ConsentEntity).save({
      organizationId,
      clientId: client.id,
      recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM,
      recipientMemberId: null,
      recipientOrganization: null,
      scopes: [ConsentScope.CARE_PLAN],
      purpose: 'Coordinate peer recovery support with the care plan',
      effectiveOn: '2026-09-01',
      expiresOn: null,
      revokedAt: null,
      recordedById: counselorA.id,
    });
    const whole = await read(active.id, tokens.peer);
    expect(whole.isPartialView).toBe(false);
    expect(whole.problems).toEqual(active.problems);
    // Still read-only for the peer.
    expect(codeOf(await t.gql(START, { clientId: client.id }, tokens.peer))).toBe('FORBIDDEN');
  });

  it("adds each client's current care plan and plan status to a page of clients", async () => {
    const withActive = await clientOf(counselorA, { lastName: 'Aaaactive' });
    const withDraft = await clientOf(counselorA, { lastName: 'Aaadraft' });
    const active = await activePlan(withActive, completeContent(counselorA.id, peer.id));
    await start(withDraft.id);
    const res = await t.gql<{ clients: { items: Array<{ id: string; carePlanStatus: string | null; currentCarePlan: { id: string } | null }> } }>(
      '{ clients(limit: 100) { items { id carePlanStatus currentCarePlan { id status problems { id } } } } }',
      {},
      tokens.counselorA,
    );
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.clients.items.map((c) => [c.id, c]));
    expect(byId.get(withActive.id)).toMatchObject({ carePlanStatus: 'ACTIVE', currentCarePlan: { id: active.id, status: 'ACTIVE' } });
    expect(byId.get(withDraft.id)).toMatchObject({ carePlanStatus: 'DRAFT', currentCarePlan: null });
  });

  it('costs the same number of queries for a page of 12 clients with plans as for 2', async () => {
    const counselor = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const token = await loginAs((q, v) => t.gql(q, v), counselor.email);
    for (let i = 0; i < 12; i++) await activePlan(await clientOf(counselor), completeContent(counselor.id, peer.id), token);
    const PAGE = `query($limit: Int!) { clients(limit: $limit) { items { id carePlanStatus currentCarePlan { id createdBy { id } signedBy { id }
      problems { goals { objectives { interventions { responsibleStaff { id } } } } } } } } }`;
    const queriesFor = async (limit: number) => {
      const logger = t.dataSource.logger;
      let count = 0;
      t.dataSource.logger = { ...logger, logQuery: () => void count++ } as typeof logger;
      try {
        const res = await t.gql<{ clients: { items: Array<{ currentCarePlan: unknown }> } }>(PAGE, { limit }, token);
        expect(res.errors).toBeUndefined();
        expect(res.data!.clients.items.every((c) => c.currentCarePlan !== null)).toBe(true);
        return { count, items: res.data!.clients.items.length };
      } finally {
        t.dataSource.logger = logger;
      }
    };
    const two = await queriesFor(2);
    const twelve = await queriesFor(12);
    expect([two.items, twelve.items]).toEqual([2, 12]);
    expect(twelve.count).toBe(two.count);
  });

  it("audits reads of care plans as one read of the plan's client", async () => {
    const client = await clientOf(counselorA);
    const draft = await start(client.id);
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.supervisor}`, 'x-request-id': 'req-care-plan-read-01' },
      body: JSON.stringify({ query: CARE_PLAN, variables: { id: draft.id } }),
    });
    expect(((await response.json()) as GraphQLResponse).errors).toBeUndefined();
    const rows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId: 'req-care-plan-read-01' } });
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.actorId, r.outcome])).toEqual([['READ', 'Client', client.id, supervisor.id, 'ALLOWED']]);
  });
});

describe('separation of duties at sign-off', () => {
  it('does not let a supervisor sign off a plan they submitted themselves', async () => {
    const t = await createTestApp();
    try {
      const f = new Factory(t.dataSource);
      const { organization, program } = await f.organization();
      const supervisor = await f.staff(organization.id, StaffRole.SUPERVISOR);
      const counselor = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
      const client = await f.client(organization.id, program.id);
      await f.assign(client, counselor, CareTeamRole.COUNSELOR);
      const token = await loginAs((q, v) => t.gql(q, v), supervisor.email);
      const started = await t.gql<{ startCarePlanDraft: { id: string; version: number } }>(
        'mutation($c: ID!) { startCarePlanDraft(clientId: $c) { id version } }',
        { c: client.id },
        token,
      );
      const plan = started.data!.startCarePlanDraft;
      await t.dataSource.query(
        `UPDATE care_plan SET status = 'PENDING_REVIEW', submitted_by_id = $2, submitted_at = now() WHERE id = $1`,
        [plan.id, supervisor.id],
      );
      const version = (await t.dataSource.query('SELECT version FROM care_plan WHERE id = $1', [plan.id]))[0].version as number;
      const res = await t.gql(
        'mutation($p: ID!, $v: Int!) { signOffCarePlan(planId: $p, expectedVersion: $v) { id status } }',
        { p: plan.id, v: version },
        token,
      );
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toContain('another supervisor needs to sign it off');
      const row = (await t.dataSource.query('SELECT status FROM care_plan WHERE id = $1', [plan.id]))[0];
      expect(row.status).toBe('PENDING_REVIEW');
    } finally {
      await t.close();
    }
  });
});

describe('auditing clients shown through their plans', () => {
  it('records one client read when a plan query returns the plan and its client record', async () => {
    const t = await createTestApp();
    try {
      const f = new Factory(t.dataSource);
      const { organization, program } = await f.organization();
      const counselor = await f.staff(organization.id, StaffRole.COUNSELOR);
      const client = await f.client(organization.id, program.id);
      await f.assign(client, counselor, CareTeamRole.COUNSELOR);
      const token = await loginAs((q, v) => t.gql(q, v), counselor.email);
      const started = await t.gql<{ startCarePlanDraft: { id: string } }>(
        'mutation($c: ID!) { startCarePlanDraft(clientId: $c) { id } }',
        { c: client.id },
        token,
      );
      const response = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'plan-client-audit-1' },
        body: JSON.stringify({ query: 'query($p: ID!) { carePlan(id: $p) { id client { id lastName } } }', variables: { p: started.data!.startCarePlanDraft.id } }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      const rows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId: 'plan-client-audit-1' } });
      expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.outcome])).toEqual([['READ', 'Client', client.id, 'ALLOWED']]);
    } finally {
      await t.close();
    }
  });
});
