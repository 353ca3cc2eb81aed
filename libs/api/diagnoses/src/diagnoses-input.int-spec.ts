import { randomUUID } from 'node:crypto';
import { ClientStatus, DischargeReason, DiagnosisStatus, Modality, ObjectiveStatus, StaffRole } from '@carecircle/shared/domain';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import { CarePlanEntity } from '@carecircle/api/care-plans';
import { Factory, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import { DiagnosisEntity } from './diagnosis.entity';

const RECORD = `mutation($input: RecordDiagnosisInput!) {
  recordDiagnosis(input: $input) { id icd10Code status inRemissionByCode version }
}`;
const UPDATE = `mutation($input: UpdateDiagnosisInput!) {
  updateDiagnosis(input: $input) { id status description onsetDate version }
}`;
const CLIENT = `query($id: ID!) {
  client(id: $id) {
    id dualDiagnosis dualDiagnosisBasis
    diagnoses { icd10Code status inRemissionByCode }
    integratedCareGap { hasActivePlan activeCarePlanId summary unaddressedDiagnoses { icd10Code description } }
  }
}`;
const START = 'mutation($clientId: ID!) { startCarePlanDraft(clientId: $clientId) { id version } }';
const SAVE = `mutation($input: SaveCarePlanDraftInput!) {
  saveCarePlanDraft(input: $input) { id version problems { id addressesDiagnosisCodes } }
}`;
const SUBMIT = 'mutation($planId: ID!, $expectedVersion: Int!) { submitCarePlanForReview(planId: $planId, expectedVersion: $expectedVersion) { id version } }';
const SIGN = 'mutation($planId: ID!, $expectedVersion: Int!) { signOffCarePlan(planId: $planId, expectedVersion: $expectedVersion) { id status } }';

interface ClientView {
  client: {
    dualDiagnosis: boolean;
    dualDiagnosisBasis: string[];
    diagnoses: Array<{ icd10Code: string; status: string; inRemissionByCode: boolean }>;
    integratedCareGap: {
      hasActivePlan: boolean;
      activeCarePlanId: string | null;
      summary: string;
      unaddressedDiagnoses: Array<{ icd10Code: string; description: string }>;
    } | null;
  };
}

/** One problem with one goal, objective and intervention, naming the given diagnoses. */
function contentAddressing(codes: string[]) {
  return {
    problems: [
      {
        clientStatement: 'I drink to calm down when I feel on edge',
        clinicalDescription: 'Alcohol dependence with generalized anxiety',
        addressesDiagnosisCodes: codes,
        goals: [
          {
            description: 'Handle anxiety without alcohol',
            objectives: [
              {
                description: 'Use a grounding skill instead of drinking on 5 of 7 anxious days',
                targetDate: '2026-12-15',
                status: ObjectiveStatus.IN_PROGRESS,
                interventions: [{ description: 'CBT for anxiety and drinking', frequency: 'weekly, 50 minutes', modality: Modality.CBT }],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('diagnosis input refusals, remission codes and the integrated-care gap', () => {
  let t: TestApp;
  let f: Factory;
  let counselor: StaffUserEntity;
  let tokens: Record<'counselor' | 'otherCounselor' | 'supervisor' | 'peer', string>;
  let client: ClientEntity;
  let organizationId: string;
  let programId: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    organizationId = organization.id;
    programId = program.id;
    const supervisor = await f.staff(organization.id, StaffRole.SUPERVISOR);
    counselor = await f.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const otherCounselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const peer = await f.staff(organization.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    client = await f.client(organization.id, program.id, { lastName: 'Kestrel' });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      otherCounselor: await loginAs(gql, otherCounselor.email),
      supervisor: await loginAs(gql, supervisor.email),
      peer: await loginAs(gql, peer.email),
    };
  });
  afterAll(() => t.close());

  /** Everything the refusals must leave alone: the diagnosis rows, with their versions. */
  const snapshot = async () =>
    (await t.dataSource.getRepository(DiagnosisEntity).find({ order: { id: 'ASC' } })).map((d) => ({
      id: d.id,
      icd10Code: d.icd10Code,
      status: d.status,
      description: d.description,
      onsetDate: d.onsetDate,
      version: d.version,
    }));
  const problemsOf = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions?.['problems'] ?? []) as Array<{ field: string; problem: string }>;
  const newClient = async (lastName: string) => {
    const c = await f.client(organizationId, programId, { lastName });
    await f.assign(c, counselor, CareTeamRole.COUNSELOR);
    return c;
  };
  const view = async (id: string, token = tokens.counselor) => {
    const res = await t.gql<ClientView>(CLIENT, { id }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.client;
  };

  it('refuses a badly shaped code with BAD_USER_INPUT on the icd10Code field, and records nothing', async () => {
    const before = await snapshot();
    const res = await t.gql(RECORD, { input: { clientId: client.id, icd10Code: 'F10-20', description: 'Alcohol dependence' } }, tokens.counselor);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res).map((p) => p.field)).toEqual(['icd10Code']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown client id with NOT_FOUND, and records nothing', async () => {
    const before = await snapshot();
    const res = await t.gql(RECORD, { input: { clientId: randomUUID(), icd10Code: 'F41.1' } }, tokens.counselor);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a client on another counselor's caseload with NOT_FOUND, for recording and updating, and changes nothing", async () => {
    const dx = await f.diagnosis(client, counselor, 'F43.10');
    const before = await snapshot();
    const recorded = await t.gql(RECORD, { input: { clientId: client.id, icd10Code: 'F41.1' } }, tokens.otherCounselor);
    expect(codeOf(recorded)).toBe('NOT_FOUND');
    const updated = await t.gql(UPDATE, { input: { diagnosisId: dx.id, expectedVersion: dx.version, status: 'RESOLVED' } }, tokens.otherCounselor);
    expect(codeOf(updated)).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an update with a stale expectedVersion as a CONFLICT, keeping the newer change', async () => {
    const dx = await f.diagnosis(client, counselor, 'F33.1');
    const first = await t.gql(UPDATE, { input: { diagnosisId: dx.id, expectedVersion: dx.version, onsetDate: '2025-06-01' } }, tokens.counselor);
    expect(first.errors).toBeUndefined();
    const before = await snapshot();
    const stale = await t.gql(UPDATE, { input: { diagnosisId: dx.id, expectedVersion: dx.version, status: 'RESOLVED', description: 'Typed over' } }, tokens.supervisor);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    expect(before.find((d) => d.id === dx.id)).toMatchObject({ status: DiagnosisStatus.ACTIVE, onsetDate: '2025-06-01', version: dx.version + 1 });
  });

  it('does not make a client dual on F10.21 (alcohol dependence, in remission) even with status ACTIVE', async () => {
    const c = await newClient('Remission');
    const recorded = await t.gql<{ recordDiagnosis: { status: string; inRemissionByCode: boolean } }>(
      RECORD,
      { input: { clientId: c.id, icd10Code: 'F10.21', status: 'ACTIVE' } },
      tokens.counselor,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordDiagnosis).toMatchObject({ status: 'ACTIVE', inRemissionByCode: true });
    await t.gql(RECORD, { input: { clientId: c.id, icd10Code: 'F41.1' } }, tokens.counselor);
    const remission = await view(c.id);
    expect(remission).toMatchObject({ dualDiagnosis: false, dualDiagnosisBasis: [], integratedCareGap: null });
    const filtered = await t.gql<{ clients: { items: Array<{ id: string }> } }>(
      'query($filter: ClientFilterInput) { clients(filter: $filter, limit: 100) { items { id } } }',
      { filter: { dualDiagnosis: true, search: 'Remission' } },
      tokens.counselor,
    );
    expect(filtered.data?.clients.items).toEqual([]);
    // An active substance-use code alongside makes the client dual: the rule is not just "never dual".
    await t.gql(RECORD, { input: { clientId: c.id, icd10Code: 'F14.20' } }, tokens.counselor);
    expect(await view(c.id)).toMatchObject({ dualDiagnosis: true, dualDiagnosisBasis: ['F14.20', 'F41.1'] });
  });

  it('shows the integrated-care gap for a dual client, and clears it once a signed problem with an intervention addresses the mental-health diagnosis', async () => {
    const c = await newClient('Gap');
    await f.diagnosis(c, counselor, 'F10.20', DiagnosisStatus.ACTIVE, { description: 'Alcohol dependence, uncomplicated' });
    await f.diagnosis(c, counselor, 'F41.1', DiagnosisStatus.ACTIVE, { description: 'Generalized anxiety disorder' });

    const noPlan = await view(c.id);
    expect(noPlan.integratedCareGap).toMatchObject({ hasActivePlan: false, activeCarePlanId: null, unaddressedDiagnoses: [{ icd10Code: 'F41.1' }] });
    expect(noPlan.integratedCareGap!.summary).toContain('F41.1 Generalized anxiety disorder');

    // A signed plan that works only on the drinking leaves the anxiety unaddressed.
    const signPlan = async (codes: string[]) => {
      const started = await t.gql<{ startCarePlanDraft: { id: string; version: number } }>(START, { clientId: c.id }, tokens.counselor);
      expect(started.errors).toBeUndefined();
      const { id, version } = started.data!.startCarePlanDraft;
      const saved = await t.gql<{ saveCarePlanDraft: { version: number; problems: Array<{ addressesDiagnosisCodes: string[] }> } }>(
        SAVE,
        { input: { planId: id, expectedVersion: version, content: contentAddressing(codes) } },
        tokens.counselor,
      );
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveCarePlanDraft.problems[0]!.addressesDiagnosisCodes).toEqual(codes.map((code) => code.toUpperCase()));
      const submitted = await t.gql<{ submitCarePlanForReview: { version: number } }>(
        SUBMIT,
        { planId: id, expectedVersion: saved.data!.saveCarePlanDraft.version },
        tokens.counselor,
      );
      expect(submitted.errors).toBeUndefined();
      const signed = await t.gql(SIGN, { planId: id, expectedVersion: submitted.data!.submitCarePlanForReview.version }, tokens.supervisor);
      expect(signed.errors).toBeUndefined();
      return id;
    };
    const firstPlan = await signPlan(['F10.20']);
    const partly = await view(c.id);
    expect(partly.integratedCareGap).toMatchObject({ hasActivePlan: true, activeCarePlanId: firstPlan, unaddressedDiagnoses: [{ icd10Code: 'F41.1' }] });

    await signPlan(['F10.20', 'f41.1']);
    expect((await view(c.id)).integratedCareGap).toBeNull();
    // The supervisor, who signs plans, reads the same.
    expect((await view(c.id, tokens.supervisor)).integratedCareGap).toBeNull();
  });

  it('shows no integrated-care gap for a discharged client, whose plan ended with the episode', async () => {
    const c = await f.client(organizationId, programId, {
      lastName: 'Discharged',
      status: ClientStatus.DISCHARGED,
      dischargeDate: '2026-10-01',
      dischargeReason: DischargeReason.TREATMENT_COMPLETED,
    });
    await f.assign(c, counselor, CareTeamRole.COUNSELOR);
    await f.diagnosis(c, counselor, 'F10.20');
    await f.diagnosis(c, counselor, 'F41.1');
    expect(await view(c.id)).toMatchObject({ dualDiagnosis: true, integratedCareGap: null });
  });

  it("refuses a problem naming a diagnosis that is not on the client's record, and leaves the draft as it was", async () => {
    const c = await newClient('Unrecorded');
    await f.diagnosis(c, counselor, 'F10.20');
    const started = await t.gql<{ startCarePlanDraft: { id: string; version: number } }>(START, { clientId: c.id }, tokens.counselor);
    const { id, version } = started.data!.startCarePlanDraft;
    const res = await t.gql(SAVE, { input: { planId: id, expectedVersion: version, content: contentAddressing(['F10.20', 'F43.10']) } }, tokens.counselor);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([{ field: 'content.problems.0.addressesDiagnosisCodes', problem: expect.stringContaining('F43.10') }]);
    const stored = await t.dataSource.getRepository(CarePlanEntity).findOneByOrFail({ id });
    expect(stored).toMatchObject({ version, content: { problems: [] } });
    const badShape = await t.gql(SAVE, { input: { planId: id, expectedVersion: version, content: contentAddressing(['anxiety']) } }, tokens.counselor);
    expect(codeOf(badShape)).toBe('BAD_USER_INPUT');
    expect((await t.dataSource.getRepository(CarePlanEntity).findOneByOrFail({ id })).version).toBe(version);
  });

  it('keeps the integrated-care gap from a peer support worker', async () => {
    const res = await t.gql('query($id: ID!) { client(id: $id) { id integratedCareGap { summary } } }', { id: client.id }, tokens.peer);
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});
