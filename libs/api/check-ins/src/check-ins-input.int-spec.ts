import { addDays } from 'date-fns';
import { randomUUID } from 'node:crypto';
import { AuditOutcome, StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import { Factory, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import type { ClientEntity } from '@carecircle/api/clients';
import { CheckInEntity } from './check-in.entity';

const LOG = `mutation($input: LogCheckInInput!) {
  logCheckIn(input: $input) { id channel recordedBy { id role } }
}`;
const LIST = `query($clientId: ID!, $from: String!, $to: String!) {
  checkIns(clientId: $clientId, from: $from, to: $to) { id channel note recordedBy { id } }
}`;
const COMPLETION = `query($clientId: ID!, $from: String!, $to: String!) {
  checkInCompletion(clientId: $clientId, from: $from, to: $to) { received }
}`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id version status } }`;
const REVOKE_CONSENT = `mutation($consentId: ID!, $expectedVersion: Int!) { revokeConsent(consentId: $consentId, expectedVersion: $expectedVersion) { id status } }`;

const isoDaysAgo = (n: number) => toIsoDate(addDays(new Date(), -n));
const problemsOf = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions?.['problems'] ?? []) as Array<{ field: string; problem: string }>;

describe('logging a check-in: refused input and who reads it', () => {
  let t: TestApp;
  let f: Factory;
  let tokens: Record<'counselor' | 'supervisor' | 'peer' | 'otherCounselor', string>;
  let ids: Record<'counselor' | 'supervisor' | 'peer', string>;
  let client: ClientEntity;
  let otherCaseloadClient: ClientEntity;
  let otherOrganizationClient: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program, supervisor, counselor, peer } = await f.team();
    const otherCounselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const admissionDate = isoDaysAgo(30);
    client = await f.client(organization.id, program.id, { admissionDate, recoveryStartDate: admissionDate });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    // Same organization, another counselor's caseload: not visible to this team's counselor or peer.
    otherCaseloadClient = await f.client(organization.id, program.id, { admissionDate, recoveryStartDate: admissionDate });
    await f.assign(otherCaseloadClient, otherCounselor, CareTeamRole.COUNSELOR);
    const elsewhere = await f.team();
    otherOrganizationClient = await f.client(elsewhere.organization.id, elsewhere.program.id, { admissionDate, recoveryStartDate: admissionDate });
    await f.assign(otherOrganizationClient, elsewhere.counselor, CareTeamRole.COUNSELOR);

    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      supervisor: await loginAs(gql, supervisor.email),
      peer: await loginAs(gql, peer.email),
      otherCounselor: await loginAs(gql, otherCounselor.email),
    };
    ids = { counselor: counselor.id, supervisor: supervisor.id, peer: peer.id };
  });
  afterAll(() => t.close());

  const input = (overrides: Record<string, unknown> = {}) => ({ clientId: client.id, channel: 'PHONE', usedSubstances: false, craving: 3, mood: 4, ...overrides });
  const stored = async () => ({
    checkIns: await t.dataSource.getRepository(CheckInEntity).count(),
    audit: await t.dataSource.getRepository(AuditEventEntity).count({ where: { entityType: 'CheckIn' } }),
  });

  /** Sends one check-in that must be refused with `code`, naming `field` when given, and storing nothing. */
  async function expectRefused(overrides: Record<string, unknown>, code: string, field?: string, token = tokens.counselor) {
    const before = await stored();
    const res = await t.gql(LOG, { input: input(overrides) }, token);
    expect(res.data?.['logCheckIn'] ?? null).toBeNull();
    expect(codeOf(res)).toBe(code);
    if (field) expect(problemsOf(res).map((p) => p.field)).toContain(field);
    expect(await stored()).toEqual(before);
    return res;
  }

  it.each([
    ['a craving above 10', { craving: 11 }, 'craving'],
    ['a negative craving', { craving: -1 }, 'craving'],
    ['a mood of 0', { mood: 0 }, 'mood'],
    ['a mood of 6', { mood: 6 }, 'mood'],
    ['a confidence of 11', { confidence: 11 }, 'confidence'],
  ])('refuses %s on the field, storing nothing', async (_label, overrides, field) => {
    await expectRefused(overrides, 'BAD_USER_INPUT', field);
  });

  it('refuses substances named when no use is reported, and use reported with no substance named', async () => {
    const without = await expectRefused({ usedSubstances: false, substances: ['alcohol'] }, 'BAD_USER_INPUT', 'substances');
    expect(problemsOf(without)[0]?.problem).toBe('substances must be empty when usedSubstances is false');
    const missing = await expectRefused({ usedSubstances: true, substances: [] }, 'BAD_USER_INPUT', 'substances');
    expect(problemsOf(missing)[0]?.problem).toBe('substances must name at least one substance when usedSubstances is true');
    await expectRefused({ usedSubstances: true, substances: ['  '] }, 'BAD_USER_INPUT', 'substances');
  });

  it('refuses a meeting kind without a meeting, and a meeting without its kind', async () => {
    await expectRefused({ attendedMeeting: false, meetingKind: 'AA' }, 'BAD_USER_INPUT', 'meetingKind');
    await expectRefused({ attendedMeeting: true }, 'BAD_USER_INPUT', 'meetingKind');
  });

  it('refuses a check-in in the future and one before the admission date', async () => {
    await expectRefused({ occurredAt: new Date(Date.now() + 60 * 60 * 1000).toISOString() }, 'BAD_USER_INPUT', 'occurredAt');
    await expectRefused({ occurredAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString() }, 'BAD_USER_INPUT', 'occurredAt');
  });

  it('refuses the APP channel from staff: that channel means the client sent it', async () => {
    await expectRefused({ channel: 'APP' }, 'BAD_USER_INPUT', 'channel');
  });

  it('reports every problem of one input together', async () => {
    const res = await expectRefused({ channel: 'APP', attendedMeeting: true, usedSubstances: true }, 'BAD_USER_INPUT');
    expect(problemsOf(res).map((p) => p.field).sort()).toEqual(['channel', 'meetingKind', 'substances']);
  });

  it('answers a range of 400 days and refuses one of 401, counted in calendar days across a leap year', async () => {
    // 2024-01-01 … 2025-02-03 is 366 + 34 = 400 days with both ends counted.
    const longest = { clientId: client.id, from: '2024-01-01', to: '2025-02-03' };
    expect(codeOf(await t.gql(LIST, longest, tokens.counselor))).toBeUndefined();
    expect(codeOf(await t.gql(COMPLETION, longest, tokens.counselor))).toBeUndefined();
    const tooLong = { ...longest, to: '2025-02-04' };
    expect(codeOf(await t.gql(LIST, tooLong, tokens.counselor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(COMPLETION, tooLong, tokens.counselor))).toBe('BAD_USER_INPUT');
  });

  it('treats an unknown client, another caseload’s client and another organization’s client as not found', async () => {
    await expectRefused({ clientId: randomUUID() }, 'NOT_FOUND');
    await expectRefused({ clientId: otherCaseloadClient.id }, 'NOT_FOUND');
    await expectRefused({ clientId: otherCaseloadClient.id }, 'NOT_FOUND', undefined, tokens.peer);
    await expectRefused({ clientId: otherOrganizationClient.id }, 'NOT_FOUND');
    await expectRefused({ clientId: client.id }, 'NOT_FOUND', undefined, tokens.otherCounselor);
    const range = { from: isoDaysAgo(7), to: isoDaysAgo(0) };
    expect(codeOf(await t.gql(LIST, { clientId: otherCaseloadClient.id, ...range }, tokens.counselor))).toBe('NOT_FOUND');
  });

  it.each(['counselor', 'supervisor', 'peer'] as const)('records the %s who calls as the recorder', async (who) => {
    const res = await t.gql<{ logCheckIn: { id: string; channel: string; recordedBy: { id: string } } }>(
      LOG,
      { input: input({ channel: 'IN_PERSON', occurredAt: new Date(Date.now() - 60 * 60 * 1000).toISOString() }) },
      tokens[who],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.logCheckIn).toMatchObject({ channel: 'IN_PERSON', recordedBy: { id: ids[who] } });
    const row = await t.dataSource.getRepository(CheckInEntity).findOneByOrFail({ id: res.data!.logCheckIn.id });
    expect(row.recordedById).toBe(ids[who]);
  });

  describe("a peer worker and the client's check-in consent", () => {
    const range = () => ({ clientId: client.id, from: isoDaysAgo(7), to: isoDaysAgo(0) });
    const peerList = () => t.gql<{ checkIns: Array<{ id: string; recordedBy: { id: string } | null }> }>(LIST, range(), tokens.peer);
    const recordConsent = async (overrides: Record<string, unknown>) => {
      const res = await t.gql<{ recordConsent: { id: string; version: number; status: string } }>(
        RECORD_CONSENT,
        {
          input: {
            clientId: client.id,
            recipientKind: 'PEER_SUPPORT_TEAM',
            scopes: ['CHECK_INS'],
            purpose: 'Peer recovery support between sessions',
            signedOn: isoDaysAgo(1),
            effectiveOn: isoDaysAgo(1),
            ...overrides,
          },
        },
        tokens.counselor,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.recordConsent;
    };

    it('gets no check-ins without a consent, or under one that covers only the care plan', async () => {
      expect(codeOf(await peerList())).toBe('FORBIDDEN');
      await recordConsent({ scopes: ['CARE_PLAN'] });
      const res = await peerList();
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data?.checkIns ?? null).toBeNull();
      expect(codeOf(await t.gql(COMPLETION, range(), tokens.peer))).toBe('FORBIDDEN');
      // The counselor's view is not affected.
      expect((await t.gql<{ checkIns: unknown[] }>(LIST, range(), tokens.counselor)).data?.checkIns.length).toBeGreaterThan(0);
    });

    it('reads them while the consent is active, and loses them once it is revoked', async () => {
      const consent = await recordConsent({});
      const allowed = await peerList();
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data!.checkIns.map((c) => c.recordedBy?.id)).toEqual(expect.arrayContaining([ids.counselor, ids.supervisor, ids.peer]));
      expect(codeOf(await t.gql(COMPLETION, range(), tokens.peer))).toBeUndefined();

      const revoked = await t.gql<{ revokeConsent: { status: string } }>(
        REVOKE_CONSENT,
        { consentId: consent.id, expectedVersion: consent.version },
        tokens.counselor,
      );
      expect(revoked.data?.revokeConsent.status).toBe('REVOKED');
      const after = await peerList();
      expect(codeOf(after)).toBe('FORBIDDEN');
      expect(after.data?.checkIns ?? null).toBeNull();
      expect(codeOf(await t.gql(COMPLETION, range(), tokens.peer))).toBe('FORBIDDEN');
      // The refusal is on the audit trail as a denied read.
      const denied = await t.dataSource.getRepository(AuditEventEntity).count({ where: { actorId: ids.peer, outcome: AuditOutcome.DENIED } });
      expect(denied).toBeGreaterThan(0);
    });

    it('gets no check-ins under an expired consent, but may still record one', async () => {
      await recordConsent({ signedOn: isoDaysAgo(20), effectiveOn: isoDaysAgo(20), expiresOn: isoDaysAgo(2) });
      expect(codeOf(await peerList())).toBe('FORBIDDEN');
      const before = await t.dataSource.getRepository(CheckInEntity).count({ where: { clientId: client.id } });
      const logged = await t.gql<{ logCheckIn: { recordedBy: { id: string } } }>(LOG, { input: input() }, tokens.peer);
      expect(logged.data?.logCheckIn.recordedBy.id).toBe(ids.peer);
      expect(await t.dataSource.getRepository(CheckInEntity).count({ where: { clientId: client.id } })).toBe(before + 1);
    });

    it('keeps the cravings and use behind the risk flags from a peer until a consent covers check-ins', async () => {
      for (const overrides of [{ craving: 9 }, { craving: 8, usedSubstances: true, substances: ['alcohol'] }, { craving: 9 }]) {
        expect((await t.gql(LOG, { input: input(overrides) }, tokens.counselor)).errors).toBeUndefined();
      }
      const FLAGS = `query ($id: ID!) { client(id: $id) { riskFlags { code } } }`;
      const codes = async (token: string) =>
        ((await t.gql<{ client: { riskFlags: Array<{ code: string }> } }>(FLAGS, { id: client.id }, token)).data?.client.riskFlags ?? []).map((f) => f.code);
      expect(await codes(tokens.counselor)).toEqual(expect.arrayContaining(['HIGH_CRAVING', 'RECENT_USE']));
      // Here the peer's consents cover only the care plan, or were revoked or have expired.
      const withoutConsent = await codes(tokens.peer);
      expect(withoutConsent).not.toContain('HIGH_CRAVING');
      expect(withoutConsent).not.toContain('RECENT_USE');
      await recordConsent({});
      expect(await codes(tokens.peer)).toEqual(expect.arrayContaining(['HIGH_CRAVING', 'RECENT_USE']));
    });
  });
});
