import { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import { BAM_FORM, StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { MeasureAdministrationEntity } from './measure-administration.entity';

const ADMINISTER = `mutation($input: AdministerMeasureInput!) {
  administerMeasure(input: $input) {
    id instrument instrumentVersion answers total band bamSubscores { use risk protective } alerts urgentSafetyFollowUp
  }
}`;
const RISK_FLAGS = 'query($id: ID!) { client(id: $id) { riskFlags { code severity reason } } }';

interface Administered {
  id: string;
  instrument: string;
  instrumentVersion: string;
  answers: number[];
  total: number | null;
  band: string | null;
  bamSubscores: { use: number; risk: number; protective: number } | null;
  alerts: string[];
  urgentSafetyFollowUp: boolean;
}

const isoDaysAgo = (n: number) => toIsoDate(addDays(new Date(), -n));
/** BAM answers as given, in form order (1–6, 7A–7G, 8–17), by printed item number; unnamed items 0. */
const bam = (byItem: Record<string, number> = {}) => BAM_FORM.items.map((item) => byItem[item.number] ?? 0);
const PHQ9_NONE = [0, 0, 0, 0, 0, 0, 0, 0, 0];

describe('administering a measure: answers checked against each item, scored by the server', () => {
  let t: TestApp;
  let tokens: Record<'counselor' | 'otherCounselor', string>;
  let client: ClientEntity;
  let otherCaseloadClient: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const counselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const otherCounselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    client = await f.client(organization.id, program.id, { admissionDate: isoDaysAgo(60) });
    otherCaseloadClient = await f.client(organization.id, program.id, { admissionDate: isoDaysAgo(60) });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    await f.assign(otherCaseloadClient, otherCounselor, CareTeamRole.COUNSELOR);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = { counselor: await loginAs(gql, counselor.email), otherCounselor: await loginAs(gql, otherCounselor.email) };
  });
  afterAll(() => t.close());

  const administer = (input: Record<string, unknown>, token = tokens.counselor) =>
    t.gql<{ administerMeasure: Administered }>(ADMINISTER, { input }, token);
  const stored = () => t.dataSource.getRepository(MeasureAdministrationEntity).find({ order: { createdAt: 'ASC' } });
  const problemsOf = (res: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
    res.errors?.[0]?.extensions?.['problems'];

  /** Runs a refused administration and checks the code, the problems and that nothing was stored. */
  async function expectRefused(input: Record<string, unknown>, code: string, problems?: unknown, token = tokens.counselor): Promise<void> {
    const before = await stored();
    const res = await administer(input, token);
    expect(res.data?.administerMeasure ?? null).toBeNull();
    expect(codeOf(res)).toBe(code);
    if (problems) expect(problemsOf(res)).toEqual(problems);
    expect(await stored()).toEqual(before);
  }

  it('refuses an out-of-range answer naming the item and its field, and stores nothing', async () => {
    await expectRefused({ clientId: client.id, instrument: 'PHQ_9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 4] }, 'BAD_USER_INPUT', [
      { field: 'answers.8', problem: 'PHQ-9 item 9 must be a whole number from 0 to 3; got 4.' },
    ]);
    await expectRefused({ clientId: client.id, instrument: 'BARC_10', answers: [6, 6, 0, 6, 6, 6, 6, 6, 6, 6] }, 'BAD_USER_INPUT', [
      { field: 'answers.2', problem: 'BARC-10 item 3 must be a whole number from 1 to 6; got 0.' },
    ]);
    // BAM item 8 (cravings) is Likert 0–4: a day count of 12 is not an answer to it any more.
    await expectRefused({ clientId: client.id, instrument: 'BAM', answers: bam({ 8: 12 }) }, 'BAD_USER_INPUT', [
      { field: 'answers.13', problem: 'BAM item 8 must be a whole number from 0 to 4; got 12.' },
    ]);
    await expectRefused({ clientId: client.id, instrument: 'BAM', answers: bam({ 14: 2 }) }, 'BAD_USER_INPUT', [
      { field: 'answers.19', problem: 'BAM item 14 must be one of 0 (No), 4 (Yes); got 2.' },
    ]);
    await expectRefused({ clientId: client.id, instrument: 'BAM', answers: bam({ '7E': 31 }) }, 'BAD_USER_INPUT', [
      { field: 'answers.10', problem: 'BAM item 7E must be a whole number of days from 0 to 30; got 31.' },
    ]);
  });

  it('refuses the wrong number of answers, including a BAM in the old 17-answer shape', async () => {
    await expectRefused({ clientId: client.id, instrument: 'GAD_7', answers: [0, 0, 0, 0, 0, 0] }, 'BAD_USER_INPUT', [
      { field: 'answers', problem: 'GAD-7 has 7 items; got 6 answers.' },
    ]);
    await expectRefused({ clientId: client.id, instrument: 'BAM', answers: Array(17).fill(0) }, 'BAD_USER_INPUT', [
      { field: 'answers', problem: 'BAM has 23 answers (items 1–6, 7A–7G, 8–17); got 17 answers.' },
    ]);
  });

  it('refuses a version of the form the server does not score', async () => {
    await expectRefused({ clientId: client.id, instrument: 'BAM', instrumentVersion: 'BAM-IOP weekly', answers: bam() }, 'BAD_USER_INPUT', [
      { field: 'instrumentVersion', problem: "instrumentVersion must be 'Likert-2010', the BAM form this server scores" },
    ]);
  });

  it('answers NOT_FOUND for an unknown client and for a client on another caseload, storing nothing', async () => {
    await expectRefused({ clientId: randomUUID(), instrument: 'PHQ_9', answers: PHQ9_NONE }, 'NOT_FOUND');
    await expectRefused({ clientId: otherCaseloadClient.id, instrument: 'PHQ_9', answers: PHQ9_NONE }, 'NOT_FOUND');
    // The other counselor may: the refusal above was about the caseload, not the answers.
    const res = await administer({ clientId: otherCaseloadClient.id, instrument: 'PHQ_9', answers: PHQ9_NONE }, tokens.otherCounselor);
    expect(res.errors).toBeUndefined();
  });

  it('scores a craving answered "extremely" as 4 in the BAM risk sub-score and stores the version', async () => {
    const res = await administer({ clientId: client.id, instrument: 'BAM', answers: bam({ 8: 4, 14: 4 }) });
    expect(res.errors).toBeUndefined();
    const m = res.data!.administerMeasure;
    expect(m).toMatchObject({ instrumentVersion: 'Likert-2010', total: null, bamSubscores: { use: 0, risk: 4, protective: 4 } });
    const row = await t.dataSource.getRepository(MeasureAdministrationEntity).findOneByOrFail({ id: m.id });
    expect(row).toMatchObject({ instrumentVersion: 'Likert-2010', subscores: { use: 0, risk: 4, protective: 4 } });
    expect(row.answers).toHaveLength(23);
    expect(row.answers[13]).toBe(4);
  });

  it('stores the version of every instrument and raises the urgent self-harm flag as soon as PHQ-9 item 9 is above 0', async () => {
    const before = await t.gql<{ client: { riskFlags: Array<{ code: string }> } }>(RISK_FLAGS, { id: client.id }, tokens.counselor);
    expect(before.data!.client.riskFlags.map((f) => f.code)).not.toContain('SELF_HARM_RISK');

    const phq = await administer({ clientId: client.id, instrument: 'PHQ_9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    expect(phq.data!.administerMeasure).toMatchObject({ instrumentVersion: '2001', total: 1, band: 'MINIMAL', urgentSafetyFollowUp: true });
    const gad = await administer({ clientId: client.id, instrument: 'GAD_7', answers: [1, 1, 1, 1, 1, 0, 0] });
    expect(gad.data!.administerMeasure).toMatchObject({
      instrumentVersion: '2006',
      total: 5,
      band: 'MILD',
      urgentSafetyFollowUp: false,
      bamSubscores: null,
    });
    const barc = await administer({ clientId: client.id, instrument: 'BARC_10', answers: Array(10).fill(5) });
    expect(barc.data!.administerMeasure).toMatchObject({ instrumentVersion: '2017', total: 50, band: 'SUFFICIENT' });

    const after = await t.gql<{ client: { riskFlags: Array<{ code: string; severity: string; reason: string }> } }>(
      RISK_FLAGS,
      { id: client.id },
      tokens.counselor,
    );
    expect(after.data!.client.riskFlags[0]).toMatchObject({
      code: 'SELF_HARM_RISK',
      severity: 'URGENT',
      reason: expect.stringContaining('answered 1'),
    });
  });
});
