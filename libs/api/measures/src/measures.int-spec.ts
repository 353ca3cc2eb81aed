import { addDays } from 'date-fns';
import { AuditOutcome, ConsentRecipientKind, ConsentScope, StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import { ConsentEntity } from '@carecircle/api/support-network';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { ClientAccessPolicy, type ClientEntity } from '@carecircle/api/clients';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { RequestContext, readOnlyManager } from '@carecircle/api/platform';
import { MeasureAdministrationEntity } from './measure-administration.entity';
import { MeasuresService } from './measures.service';

const ADMINISTER = `mutation($input: AdministerMeasureInput!) {
  administerMeasure(input: $input) {
    id instrument instrumentVersion administeredOn answers total band bandLabel subscores { name value } alerts substancesNamed administeredBy { id }
  }
}`;
const HISTORY =
  'query($clientId: ID!, $instrument: MeasureInstrument) { measureHistory(clientId: $clientId, instrument: $instrument) { id administeredOn total } }';
const LATEST = '{ clients { items { id latestMeasures { instrument administeredOn total } } } }';

interface Administration {
  id: string;
  instrument: string;
  instrumentVersion: string;
  total: number | null;
  band: string | null;
  bandLabel: string | null;
  subscores: Array<{ name: string; value: number }>;
  alerts: string[];
  administeredBy: { id: string };
}

const isoDaysAgo = (n: number) => toIsoDate(addDays(new Date(), -n));
/** PHQ-9 answers summing to 12 with item 9 answered 1. */
const PHQ9_MODERATE_WITH_ITEM9 = [2, 2, 2, 1, 1, 1, 1, 1, 1];
/** BAM answers as given, in form order: items 1–6, 7A–7G, 8–17. Day items in days, Likert 0–4, item 14 no 0 / yes 4. */
//            1  2  3  4  5  6 7A 7B 7C 7D 7E 7F 7G  8  9 10 11 12 13 14 15 16 17
const BAM = [2, 1, 0, 3, 0, 0, 3, 0, 0, 0, 0, 0, 0, 1, 3, 4, 1, 3, 20, 4, 2, 30, 3];

describe('standardized measures', () => {
  let t: TestApp;
  let tokens: Record<'counselor' | 'peer' | 'admin', string>;
  let counselor: StaffUserEntity;
  let counselorId: string;
  let client: ClientEntity;
  let secondClient: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    counselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const peer = await f.staff(organization.id, StaffRole.PEER_SUPPORT);
    const admin = await f.staff(organization.id, StaffRole.ADMIN);
    counselorId = counselor.id;
    client = await f.client(organization.id, program.id, { admissionDate: isoDaysAgo(90) });
    secondClient = await f.client(organization.id, program.id, { admissionDate: isoDaysAgo(90) });
    for (const c of [client, secondClient]) {
      await f.assign(c, counselor, CareTeamRole.COUNSELOR);
      await f.assign(c, peer, CareTeamRole.PEER_SUPPORT);
    }
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      peer: await loginAs(gql, peer.email),
      admin: await loginAs(gql, admin.email),
    };
  });
  afterAll(() => t.close());

  const administer = (input: Record<string, unknown>, token = tokens.counselor) =>
    t.gql<{ administerMeasure: Administration }>(ADMINISTER, { input }, token);

  it('scores a PHQ-9 on the server: 12 is moderate, and item 9 above 0 raises a safety alert', async () => {
    const res = await administer({
      clientId: client.id,
      instrument: 'PHQ_9',
      answers: PHQ9_MODERATE_WITH_ITEM9,
      administeredOn: isoDaysAgo(14),
    });
    expect(res.errors).toBeUndefined();
    const m = res.data!.administerMeasure;
    expect(m).toMatchObject({
      instrument: 'PHQ_9',
      instrumentVersion: '2001',
      total: 12,
      band: 'MODERATE',
      bandLabel: 'Moderate',
      administeredBy: { id: counselorId },
    });
    expect(m.alerts).toHaveLength(1);
    expect(m.alerts[0]).toContain('item 9');
    const row = await t.dataSource.getRepository(MeasureAdministrationEntity).findOneByOrFail({ id: m.id });
    expect(row).toMatchObject({ total: 12, band: 'MODERATE', answers: PHQ9_MODERATE_WITH_ITEM9 });
    const audit = await t.dataSource
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ entityType: 'MeasureAdministration', entityId: m.id });
    expect(audit).toMatchObject({ action: 'CREATE', actorId: counselorId, outcome: 'ALLOWED' });
  });

  it('rejects a PHQ-9 with 8 answers as BAD_USER_INPUT and writes nothing', async () => {
    const repo = t.dataSource.getRepository(MeasureAdministrationEntity);
    const before = await repo.count();
    const res = await administer({ clientId: client.id, instrument: 'PHQ_9', answers: [1, 1, 1, 1, 1, 1, 1, 1] });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('PHQ-9 has 9 items; got 8 answers.');
    expect(res.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'answers', problem: 'PHQ-9 has 9 items; got 8 answers.' }]);
    const outOfRange = await administer({ clientId: client.id, instrument: 'GAD_7', answers: [0, 1, 2, 3, 4, 0, 0] });
    expect(outOfRange.errors?.[0]?.message).toContain('GAD-7 item 5 must be a whole number from 0 to 3');
    const future = await administer({
      clientId: client.id,
      instrument: 'GAD_7',
      answers: [0, 0, 0, 0, 0, 0, 0],
      administeredOn: toIsoDate(addDays(new Date(), 1)),
    });
    expect(future.errors?.[0]?.message).toContain('administeredOn cannot be in the future');
    expect(await repo.count()).toBe(before);
  });

  it('scores a BAM into its three sub-scores with no total, converting day counts only', async () => {
    const res = await administer({ clientId: client.id, instrument: 'BAM', answers: BAM, substancesNamed: ['cannabis'] });
    expect(res.errors).toBeUndefined();
    const m = res.data!.administerMeasure;
    expect(m).toMatchObject({ instrument: 'BAM', instrumentVersion: 'Likert-2010', total: null, band: null, bandLabel: null });
    // Use = items 4–6: 3 days → 1. Risk = 1 (2) + 2 (1 night → 1) + 3 (0) + 8 (1) + 11 (1 day → 1) + 15 (2) = 7.
    // Protective = 9 (3) + 10 (4 days → 2) + 12 (3) + 13 (20 days → 4) + 14 (yes, 4) + 16 (30 days → 4) = 20. 7A (3 days) is not scored.
    expect(m.subscores).toEqual([
      { name: 'use', value: 1 },
      { name: 'risk', value: 7 },
      { name: 'protective', value: 20 },
    ]);
    expect(
      codeOf(await administer({ clientId: client.id, instrument: 'PHQ_9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], substancesNamed: ['x'] })),
    ).toBe('BAD_USER_INPUT');
  });

  it('returns the history oldest first and the latest of each instrument on the client', async () => {
    await administer({ clientId: client.id, instrument: 'PHQ_9', answers: [0, 0, 0, 0, 1, 1, 1, 0, 0], administeredOn: isoDaysAgo(1) });
    const history = await t.gql<{ measureHistory: Array<{ administeredOn: string; total: number }> }>(
      HISTORY,
      { clientId: client.id, instrument: 'PHQ_9' },
      tokens.counselor,
    );
    expect(history.data!.measureHistory.map((m) => [m.administeredOn, m.total])).toEqual([
      [isoDaysAgo(14), 12],
      [isoDaysAgo(1), 3],
    ]);
    // The history is audited as one READ of the client record, not a LIST of administrations.
    const audit = t.dataSource.getRepository(AuditEventEntity);
    expect(await audit.countBy({ entityType: 'MeasureAdministration', action: 'LIST' })).toBe(0);
    expect(await audit.countBy({ entityType: 'MeasureAdministration', action: 'READ' })).toBe(0);
    const reads = await audit.findBy({
      entityType: 'Client',
      entityId: client.id,
      action: 'READ',
      actorId: counselorId,
      outcome: AuditOutcome.ALLOWED,
    });
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads.map((r) => r.requestId)).size).toBe(reads.length);
    const latest = await t.gql<{
      clients: { items: Array<{ id: string; latestMeasures: Array<{ instrument: string; total: number | null }> }> };
    }>(LATEST, {}, tokens.counselor);
    const byId = new Map(latest.data!.clients.items.map((c) => [c.id, c.latestMeasures]));
    expect(byId.get(client.id)).toEqual([
      expect.objectContaining({ instrument: 'PHQ_9', total: 3 }),
      expect.objectContaining({ instrument: 'BAM', total: null }),
    ]);
    expect(byId.get(secondClient.id)).toEqual([]);
  });

  it('gives the risk-flag code the latest PHQ-9 item 9 per client in one call', async () => {
    const ctx = new RequestContext(
      {
        id: counselor.id,
        organizationId: counselor.organizationId,
        role: counselor.role,
        email: counselor.email,
        displayName: counselor.displayName,
        tokenId: 'measures-int-spec',
        tokenExpiresAt: addDays(new Date(), 1),
      },
      'measures-phq9',
      null,
      null,
      null,
      readOnlyManager(t.dataSource.manager),
    );
    const visible = await t.app.get(ClientAccessPolicy).visibleAmong(ctx, [client.id, secondClient.id]);
    const latest = await t.app.get(MeasuresService).latestPhq9ByClient(ctx, visible);
    expect(latest.get(client.id)).toEqual({ administeredOn: isoDaysAgo(1), item9: 0 });
    expect(latest.has(secondClient.id)).toBe(false);
  });

  it('keeps measures from peer workers unless the client consented, and from administrators always', async () => {
    expect(codeOf(await t.gql(HISTORY, { clientId: client.id }, tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await administer({ clientId: client.id, instrument: 'GAD_7', answers: [0, 0, 0, 0, 0, 0, 0] }, tokens.peer))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(HISTORY, { clientId: client.id }, tokens.admin))).toBe('FORBIDDEN');

    await t.dataSource
      .getRepository(ConsentEntity)
      .save({
        organizationId: client.organizationId,
        clientId: client.id,
        recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM,
        recipientMemberId: null,
        recipientOrganization: null,
        scopes: [ConsentScope.MEASURES],
        purpose: 'Peer recovery support',
        effectiveOn: isoDaysAgo(1),
        expiresOn: null,
        revokedAt: null,
        recordedById: counselorId,
      });
    const history = await t.gql<{ measureHistory: unknown[] }>(HISTORY, { clientId: client.id }, tokens.peer);
    expect(history.errors).toBeUndefined();
    expect(history.data!.measureHistory).toHaveLength(3);
    const latest = await t.gql<{ clients: { items: Array<{ id: string; latestMeasures: unknown[] | null }> } }>(LATEST, {}, tokens.peer);
    const byId = new Map(latest.data!.clients.items.map((c) => [c.id, c.latestMeasures]));
    expect(byId.get(client.id)).toHaveLength(2);
    expect(byId.get(secondClient.id)).toBeNull();
    expect(latest.errors?.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN']);
  });
});
