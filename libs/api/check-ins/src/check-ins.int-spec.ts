import { addDays } from 'date-fns';
import { ConsentRecipientKind, ConsentScope, StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import { ConsentEntity } from '@carecircle/api/support-network';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import type { ClientEntity } from '@carecircle/api/clients';
import { CheckInEntity } from './check-in.entity';

const LOG = `mutation($input: LogCheckInInput!) {
  logCheckIn(input: $input) { id occurredAt channel craving usedSubstances substances attendedMeeting meetingKind triggers note recordedBy { id } }
}`;
const LIST = `query($clientId: ID!, $from: String!, $to: String!) {
  checkIns(clientId: $clientId, from: $from, to: $to) { id occurredAt note recordedBy { id } }
}`;
const COMPLETION = `query($clientId: ID!, $from: String!, $to: String!) {
  checkInCompletion(clientId: $clientId, from: $from, to: $to) { from to days schedule expected received rate }
}`;
const SET_SCHEDULE = `mutation($clientId: ID!, $schedule: CheckInSchedule!, $expectedVersion: Int!) {
  setCheckInSchedule(clientId: $clientId, schedule: $schedule, expectedVersion: $expectedVersion) { id version checkInSchedule }
}`;
const CLIENT = 'query($id: ID!) { client(id: $id) { id version checkInSchedule lastCheckInAt } }';

interface CheckInRow {
  id: string;
  occurredAt: string;
  note: string | null;
  recordedBy: { id: string } | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS);
const isoDaysAgo = (n: number) => toIsoDate(addDays(new Date(), -n));

describe('check-ins', () => {
  let t: TestApp;
  let tokens: Record<'counselor' | 'peer' | 'otherPeer' | 'admin', string>;
  let counselorId: string;
  let peerId: string;
  let client: ClientEntity;
  let weeklyClient: ClientEntity;
  let unassignedClient: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program, counselor, peer } = await f.team();
    const otherPeer = await f.staff(organization.id, StaffRole.PEER_SUPPORT);
    const admin = await f.staff(organization.id, StaffRole.ADMIN);
    counselorId = counselor.id;
    peerId = peer.id;
    const admissionDate = isoDaysAgo(60);
    client = await f.client(organization.id, program.id, { admissionDate, recoveryStartDate: admissionDate });
    weeklyClient = await f.client(organization.id, program.id, { admissionDate, recoveryStartDate: admissionDate });
    unassignedClient = await f.client(organization.id, program.id, { admissionDate, recoveryStartDate: admissionDate });
    for (const c of [client, weeklyClient, unassignedClient]) await f.assign(c, counselor, CareTeamRole.COUNSELOR);
    await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      peer: await loginAs(gql, peer.email),
      otherPeer: await loginAs(gql, otherPeer.email),
      admin: await loginAs(gql, admin.email),
    };
  });
  afterAll(() => t.close());

  const input = (overrides: Record<string, unknown> = {}) => ({ clientId: client.id, channel: 'PHONE', usedSubstances: false, ...overrides });
  const auditOf = (requestId: string) => t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId }, order: { id: 'ASC' } });
  it('logs a check-in with the caller as recorder and leaves a CREATE audit row naming the fields', async () => {
    const res = await t.gql<{ logCheckIn: { id: string; craving: number; triggers: string[]; meetingKind: string; recordedBy: { id: string } } }>(
      LOG,
      { input: input({ craving: 6, mood: 3, attendedMeeting: true, meetingKind: 'NA', triggers: ['STRESS', 'LONELINESS'], note: '  rough week  ' }) },
      tokens.counselor,
    );
    expect(res.errors).toBeUndefined();
    const logged = res.data!.logCheckIn;
    expect(logged).toMatchObject({ craving: 6, meetingKind: 'NA', triggers: ['STRESS', 'LONELINESS'], recordedBy: { id: counselorId } });
    const row = await t.dataSource.getRepository(CheckInEntity).findOneByOrFail({ id: logged.id });
    expect(row).toMatchObject({ clientId: client.id, recordedById: counselorId, note: 'rough week', usedSubstances: false });
    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'CheckIn', entityId: logged.id });
    expect(audit).toMatchObject({ action: 'CREATE', actorId: counselorId, outcome: 'ALLOWED' });
    expect(audit.fields).toEqual(expect.arrayContaining(['craving', 'mood', 'meetingKind', 'triggers', 'note']));
    // The client record the check-in was logged against counts as read once, in the same request.
    const rows = await auditOf(audit.requestId);
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.outcome])).toEqual(
      expect.arrayContaining([['READ', 'Client', client.id, 'ALLOWED']]),
    );
    expect(rows.filter((r) => r.action === 'READ')).toHaveLength(1);
  });

  it('counts check-ins against a WEEKLY schedule over 28 days, leaving out those outside the range', async () => {
    for (const n of [1, 8, 20, 35]) {
      const res = await t.gql(LOG, { input: input({ clientId: weeklyClient.id, occurredAt: daysAgo(n).toISOString() }) }, tokens.counselor);
      expect(res.errors).toBeUndefined();
    }
    const res = await t.gql<{ checkInCompletion: Record<string, unknown> }>(
      COMPLETION,
      { clientId: weeklyClient.id, from: isoDaysAgo(27), to: isoDaysAgo(0) },
      tokens.counselor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.checkInCompletion).toEqual({ from: isoDaysAgo(27), to: isoDaysAgo(0), days: 28, schedule: 'WEEKLY', expected: 4, received: 3, rate: 0.75 });
  });

  it('does not expect check-ins before admission', async () => {
    const res = await t.gql<{ checkInCompletion: { from: string; days: number; expected: number } }>(
      COMPLETION,
      { clientId: weeklyClient.id, from: isoDaysAgo(74), to: isoDaysAgo(47) },
      tokens.counselor,
    );
    expect(res.data!.checkInCompletion).toMatchObject({ from: isoDaysAgo(60), days: 14, expected: 2 });
  });

  it('lists check-ins in the range newest first and refuses a reversed or over-long range', async () => {
    const res = await t.gql<{ checkIns: CheckInRow[] }>(
      LIST,
      { clientId: weeklyClient.id, from: isoDaysAgo(27), to: isoDaysAgo(0) },
      tokens.counselor,
      'check-ins-list-read-01',
    );
    const times = res.data!.checkIns.map((c) => Date.parse(c.occurredAt));
    expect(times).toHaveLength(3);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // One READ row for the client whose check-ins were listed; no rows per check-in.
    expect((await auditOf('check-ins-list-read-01')).map((r) => [r.action, r.entityType, r.entityId, r.actorId, r.outcome])).toEqual([
      ['READ', 'Client', weeklyClient.id, counselorId, 'ALLOWED'],
    ]);
    expect(codeOf(await t.gql(LIST, { clientId: weeklyClient.id, from: isoDaysAgo(0), to: isoDaysAgo(1) }, tokens.counselor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LIST, { clientId: weeklyClient.id, from: isoDaysAgo(400), to: isoDaysAgo(0) }, tokens.counselor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LIST, { clientId: weeklyClient.id, from: '2026-02-30', to: isoDaysAgo(0) }, tokens.counselor))).toBe('BAD_USER_INPUT');
  });

  it('refuses a craving of 11 and use reported without substances, writing nothing', async () => {
    const repo = t.dataSource.getRepository(CheckInEntity);
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const [rowsBefore, auditBefore] = [await repo.count(), await audit.count({ where: { entityType: 'CheckIn' } })];

    const craving = await t.gql(LOG, { input: input({ craving: 11 }) }, tokens.counselor);
    expect(codeOf(craving)).toBe('BAD_USER_INPUT');
    expect(craving.errors?.[0]?.message).toContain('craving must be a whole number from 0 to 10');

    const use = await t.gql(LOG, { input: input({ usedSubstances: true }) }, tokens.counselor);
    expect(codeOf(use)).toBe('BAD_USER_INPUT');
    expect(use.errors?.[0]?.message).toContain('substances must name at least one substance when usedSubstances is true');

    const meeting = await t.gql(LOG, { input: input({ attendedMeeting: true }) }, tokens.counselor);
    expect(meeting.errors?.[0]?.message).toContain('meetingKind is required when attendedMeeting is true');

    const future = await t.gql(LOG, { input: input({ occurredAt: new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString() }) }, tokens.counselor);
    expect(future.errors?.[0]?.message).toContain('occurredAt cannot be in the future');

    expect(await repo.count()).toBe(rowsBefore);
    expect(await audit.count({ where: { entityType: 'CheckIn' } })).toBe(auditBefore);
  });

  it('records substances when use is reported', async () => {
    const res = await t.gql<{ logCheckIn: { usedSubstances: boolean; substances: string[] } }>(
      LOG,
      { input: input({ usedSubstances: true, substances: ['alcohol', ' cannabis '] }) },
      tokens.counselor,
    );
    expect(res.data?.logCheckIn).toEqual(expect.objectContaining({ usedSubstances: true, substances: ['alcohol', 'cannabis'] }));
  });

  it("lets the client's peer worker log check-ins but read them only while the client's consent covers check-ins", async () => {
    const own = await t.gql<{ logCheckIn: { id: string; note: string } }>(LOG, { input: input({ note: 'walked to the meeting together' }) }, tokens.peer);
    expect(own.data?.logCheckIn.note).toBe('walked to the meeting together');

    const range = { clientId: client.id, from: isoDaysAgo(1), to: isoDaysAgo(0) };
    expect(codeOf(await t.gql(LIST, range, tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(COMPLETION, range, tokens.peer))).toBe('FORBIDDEN');

    await t.dataSource.getRepository(ConsentEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM,
      recipientMemberId: null,
      recipientOrganization: null,
      scopes: [ConsentScope.CHECK_INS],
      purpose: 'Peer recovery support',
      effectiveOn: isoDaysAgo(1),
      expiresOn: null,
      revokedAt: null,
      recordedById: counselorId,
    });
    const rows = (await t.gql<{ checkIns: CheckInRow[] }>(LIST, range, tokens.peer)).data!.checkIns;
    expect(rows.find((r) => r.recordedBy?.id === peerId)?.note).toBe('walked to the meeting together');
    expect(rows.filter((r) => r.recordedBy?.id === counselorId).map((r) => r.note)).toEqual([null, 'rough week']);
  });

  it('treats a client outside the caller’s assignments as not found and refuses administrators', async () => {
    expect(codeOf(await t.gql(LOG, { input: input({ clientId: unassignedClient.id }) }, tokens.peer))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LIST, { clientId: client.id, from: isoDaysAgo(1), to: isoDaysAgo(0) }, tokens.otherPeer))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LOG, { input: input() }, tokens.admin))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LOG, { input: input({ clientId: 'nope' }) }, tokens.counselor))).toBe('BAD_USER_INPUT');
  });

  it('changes the schedule with the client version, refuses a stale version and peer workers, and audits it', async () => {
    const before = await t.gql<{ client: { version: number; checkInSchedule: string } }>(CLIENT, { id: client.id }, tokens.counselor);
    const version = before.data!.client.version;
    expect(before.data!.client.checkInSchedule).toBe('WEEKLY');

    const res = await t.gql<{ setCheckInSchedule: { version: number; checkInSchedule: string } }>(
      SET_SCHEDULE,
      { clientId: client.id, schedule: 'DAILY', expectedVersion: version },
      tokens.counselor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setCheckInSchedule).toMatchObject({ version: version + 1, checkInSchedule: 'DAILY' });

    const stale = await t.gql(SET_SCHEDULE, { clientId: client.id, schedule: 'WEEKLY', expectedVersion: version }, tokens.counselor);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(codeOf(await t.gql(SET_SCHEDULE, { clientId: client.id, schedule: 'WEEKLY', expectedVersion: version + 1 }, tokens.peer))).toBe('FORBIDDEN');

    const audit = await t.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { entityType: 'Client', entityId: client.id, action: 'UPDATE' } });
    expect(audit.map((a) => [a.fields, a.actorId, a.outcome])).toEqual([[['checkInSchedule'], counselorId, 'ALLOWED']]);
  });

  it('shows the schedule and last check-in on each client in a list', async () => {
    const res = await t.gql<{ clients: { items: Array<{ id: string; checkInSchedule: string; lastCheckInAt: string | null }> } }>(
      '{ clients { items { id checkInSchedule lastCheckInAt } } }',
      {},
      tokens.counselor,
    );
    const byId = new Map(res.data!.clients.items.map((c) => [c.id, c]));
    expect(byId.get(client.id)?.checkInSchedule).toBe('DAILY');
    expect(byId.get(unassignedClient.id)).toMatchObject({ checkInSchedule: 'WEEKLY', lastCheckInAt: null });
    const latest = await t.dataSource.getRepository(CheckInEntity).findOneOrFail({ where: { clientId: weeklyClient.id }, order: { occurredAt: 'DESC' } });
    expect(byId.get(weeklyClient.id)?.lastCheckInAt).toBe(latest.occurredAt.toISOString());
  });
});
