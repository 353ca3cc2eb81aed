import { addDays } from 'date-fns';
import { ClientStatus, DischargeReason, toIsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import { ClientEntity, RecoveryStartResetEntity } from '@carecircle/api/clients';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const CLIENT = `query($id: ID!) {
  client(id: $id) { id version recoveryStartDate nextMilestone { code label date daysUntil } lastMilestone { code label date } }
}`;
const REACHED = `query($from: String!, $to: String!) {
  milestonesReached(from: $from, to: $to) { client { id firstName lastName preferredName } milestone { code label date } }
}`;
const RESET = `mutation($input: ResetRecoveryStartDateInput!) {
  resetRecoveryStartDate(input: $input) { id version recoveryStartDate daysSinceRecoveryStart }
}`;

const isoDaysAgo = (n: number) => toIsoDate(addDays(new Date(), -n));
const isoInDays = (n: number) => toIsoDate(addDays(new Date(), n));

describe('recovery milestones', () => {
  let t: TestApp;
  let tokens: Record<'counselor' | 'peer' | 'supervisor', string>;
  let counselorId: string;
  let earlyClient: ClientEntity;
  let ninetyDayClient: ClientEntity;
  let dischargedClient: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program, supervisor, counselor, peer } = await f.team();
    counselorId = counselor.id;
    earlyClient = await f.client(organization.id, program.id, { admissionDate: isoDaysAgo(20), recoveryStartDate: isoDaysAgo(25), lastName: 'Early' });
    // Reaches 90 days in three days' time.
    ninetyDayClient = await f.client(organization.id, program.id, {
      admissionDate: isoDaysAgo(80),
      recoveryStartDate: isoDaysAgo(87),
      firstName: 'Noor',
      lastName: 'Ninety',
      preferredName: 'Nini',
    });
    // Also reaches 90 days in the window, but was discharged (still visible through today).
    dischargedClient = await f.client(organization.id, program.id, {
      admissionDate: isoDaysAgo(80),
      recoveryStartDate: isoDaysAgo(87),
      lastName: 'Gone',
      status: ClientStatus.DISCHARGED,
      dischargeDate: isoDaysAgo(0),
      dischargeReason: DischargeReason.TREATMENT_COMPLETED,
    });
    for (const c of [earlyClient, ninetyDayClient, dischargedClient]) {
      await f.assign(c, counselor, CareTeamRole.COUNSELOR);
      await f.assign(c, peer, CareTeamRole.PEER_SUPPORT);
    }
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = { counselor: await loginAs(gql, counselor.email), peer: await loginAs(gql, peer.email), supervisor: await loginAs(gql, supervisor.email) };
  });
  afterAll(() => t.close());

  it('shows a client 25 days into recovery that 30 days is 5 days away, and 7 days as the last one reached', async () => {
    const res = await t.gql<{ client: Record<string, unknown> }>(CLIENT, { id: earlyClient.id }, tokens.peer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.client['nextMilestone']).toEqual({ code: 'DAYS_30', label: '30 days', date: isoInDays(5), daysUntil: 5 });
    expect(res.data!.client['lastMilestone']).toEqual({ code: 'DAYS_7', label: '7 days', date: isoDaysAgo(18) });
  });

  it('finds the clients reaching a milestone in the window, leaving out discharged clients', async () => {
    const res = await t.gql<{ milestonesReached: Array<{ client: { id: string }; milestone: { code: string; date: string } }> }>(
      REACHED,
      { from: isoDaysAgo(0), to: isoInDays(6) },
      tokens.counselor,
      'milestones-reached-01',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.milestonesReached).toEqual([
      {
        client: { id: ninetyDayClient.id, firstName: 'Noor', lastName: 'Ninety', preferredName: 'Nini' },
        milestone: { code: 'DAYS_90', label: '90 days', date: isoInDays(3) },
      },
      expect.objectContaining({ client: expect.objectContaining({ id: earlyClient.id }), milestone: expect.objectContaining({ code: 'DAYS_30', date: isoInDays(5) }) }),
    ]);
    // One READ row per client shown, none for the clients left out.
    const reads = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId: 'milestones-reached-01' } });
    expect(reads.map((r) => [r.action, r.entityType, r.entityId, r.actorId, r.outcome]).sort()).toEqual(
      [
        ['READ', 'Client', ninetyDayClient.id, counselorId, 'ALLOWED'],
        ['READ', 'Client', earlyClient.id, counselorId, 'ALLOWED'],
      ].sort(),
    );
    const peerView = await t.gql<{ milestonesReached: unknown[] }>(REACHED, { from: isoDaysAgo(0), to: isoInDays(6) }, tokens.peer);
    expect(peerView.data!.milestonesReached).toHaveLength(2);
    expect(codeOf(await t.gql(REACHED, { from: isoDaysAgo(0), to: isoInDays(400) }, tokens.counselor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(REACHED, { from: isoInDays(1), to: isoDaysAgo(0) }, tokens.counselor))).toBe('BAD_USER_INPUT');
  });

  it('resets the recovery start date when a counselor confirms it, keeping the history and an audit trail', async () => {
    const current = await t.gql<{ client: { version: number } }>(CLIENT, { id: ninetyDayClient.id }, tokens.counselor);
    const version = current.data!.client.version;
    const res = await t.gql<{ resetRecoveryStartDate: { version: number; recoveryStartDate: string; daysSinceRecoveryStart: number } }>(
      RESET,
      { input: { clientId: ninetyDayClient.id, expectedVersion: version, newStartDate: isoDaysAgo(2), reason: 'Reported use at Tuesday check-in' } },
      tokens.counselor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.resetRecoveryStartDate).toEqual({ id: ninetyDayClient.id, version: version + 1, recoveryStartDate: isoDaysAgo(2), daysSinceRecoveryStart: 2 });

    const history = await t.dataSource.getRepository(RecoveryStartResetEntity).findBy({ clientId: ninetyDayClient.id });
    expect(history).toEqual([
      expect.objectContaining({ previousStartDate: isoDaysAgo(87), newStartDate: isoDaysAgo(2), reason: 'Reported use at Tuesday check-in', confirmedById: counselorId }),
    ]);
    const audit = t.dataSource.getRepository(AuditEventEntity);
    expect(await audit.findOneBy({ entityType: 'Client', entityId: ninetyDayClient.id, action: 'UPDATE' })).toMatchObject({
      actorId: counselorId,
      fields: ['recoveryStartDate'],
      outcome: 'ALLOWED',
    });
    expect(await audit.findOneBy({ entityType: 'RecoveryStartReset', entityId: history[0]!.id, action: 'CREATE' })).toMatchObject({
      actorId: counselorId,
      fields: ['previousStartDate', 'newStartDate', 'reason'],
      outcome: 'ALLOWED',
    });

    const stale = await t.gql(RESET, { input: { clientId: ninetyDayClient.id, expectedVersion: version, newStartDate: isoDaysAgo(1), reason: 'again' } }, tokens.counselor);
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('refuses a reset by a peer worker, without a reason, or in the future, writing nothing', async () => {
    const version = (await t.dataSource.getRepository(ClientEntity).findOneByOrFail({ id: earlyClient.id })).version;
    const input = { clientId: earlyClient.id, expectedVersion: version, newStartDate: isoDaysAgo(1), reason: 'Reported use' };
    expect(codeOf(await t.gql(RESET, { input }, tokens.peer))).toBe('FORBIDDEN');
    const noReason = await t.gql(RESET, { input: { ...input, reason: '   ' } }, tokens.counselor);
    expect(noReason.errors?.[0]?.message).toContain('reason is required');
    const future = await t.gql(RESET, { input: { ...input, newStartDate: isoInDays(1) } }, tokens.counselor);
    expect(future.errors?.[0]?.message).toContain('newStartDate cannot be in the future');
    const tooEarly = await t.gql(RESET, { input: { ...input, newStartDate: '2000-01-01' } }, tokens.counselor);
    expect(tooEarly.errors?.[0]?.message).toContain('more than 5 years before admission');
    expect(await t.dataSource.getRepository(RecoveryStartResetEntity).countBy({ clientId: earlyClient.id })).toBe(0);
    expect((await t.dataSource.getRepository(ClientEntity).findOneByOrFail({ id: earlyClient.id })).recoveryStartDate).toBe(isoDaysAgo(25));
  });
});
