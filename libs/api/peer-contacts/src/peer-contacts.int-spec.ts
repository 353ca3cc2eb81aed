import { addDays } from 'date-fns';
import { AuditOutcome, StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import type { ClientEntity } from '@carecircle/api/clients';
import { PeerContactEntity } from './peer-contact.entity';

const LOG = `mutation($input: LogPeerContactInput!) {
  logPeerContact(input: $input) { id occurredOn durationMinutes mode supportTypes practicalHelp note nextFollowUpOn peerWorker { id } client { id } }
}`;
const WITHDRAW = 'mutation($id: ID!) { withdrawPeerContact(id: $id) { id withdrawnAt } }';
const FOR_CLIENT = 'query($clientId: ID!) { peerContacts(clientId: $clientId) { id practicalHelp supportTypes peerWorker { id } } }';
const FOLLOW_UPS = `query($until: String) {
  myFollowUpsDue(until: $until) { id nextFollowUpOn client { id firstName lastName preferredName } }
}`;
const MINE = 'query($from: String, $to: String) { myPeerContacts(from: $from, to: $to) { id occurredOn } }';
const DEFAULTS = '{ peerContactDefaults { mode durationMinutes fromLastContact } }';
const LAST_ON = 'query($id: ID!) { client(id: $id) { id lastPeerContactOn } }';

interface Logged {
  id: string;
  occurredOn: string;
  durationMinutes: number;
  mode: string;
  supportTypes: string[];
  practicalHelp: string[];
  nextFollowUpOn: string | null;
  peerWorker: { id: string };
}

const today = () => toIsoDate(new Date());
const isoDaysAgo = (n: number) => toIsoDate(addDays(new Date(), -n));

describe('peer contacts', () => {
  let t: TestApp;
  let tokens: Record<'counselor' | 'peer' | 'secondPeer' | 'supervisor', string>;
  let peerId: string;
  let client: ClientEntity;
  let followUpClient: ClientEntity;
  let unassignedClient: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program, supervisor, counselor, peer } = await f.team();
    const secondPeer = await f.staff(organization.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    peerId = peer.id;
    const admissionDate = isoDaysAgo(40);
    client = await f.client(organization.id, program.id, { admissionDate, firstName: 'Rowan', lastName: 'Ashgrove' });
    followUpClient = await f.client(organization.id, program.id, { admissionDate, firstName: 'Kit', lastName: 'Brannock', preferredName: 'Kitty' });
    unassignedClient = await f.client(organization.id, program.id, { admissionDate });
    for (const c of [client, followUpClient, unassignedClient]) await f.assign(c, counselor, CareTeamRole.COUNSELOR);
    await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    await f.assign(followUpClient, peer, CareTeamRole.PEER_SUPPORT);
    // A second peer worker covering the same client (e.g. during a hand-over).
    await f.assign(client, secondPeer, CareTeamRole.PEER_SUPPORT);
    await f.assign(unassignedClient, secondPeer, CareTeamRole.PEER_SUPPORT);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      peer: await loginAs(gql, peer.email),
      secondPeer: await loginAs(gql, secondPeer.email),
      supervisor: await loginAs(gql, supervisor.email),
    };
  });
  afterAll(() => t.close());

  const log = (token: string, input: Record<string, unknown>) => t.gql<{ logPeerContact: Logged }>(LOG, { input }, token);

  it('gives the contact form built-in defaults before a first contact', async () => {
    const res = await t.gql<{ peerContactDefaults: unknown }>(DEFAULTS, {}, tokens.peer);
    expect(res.data?.peerContactDefaults).toEqual({ mode: 'IN_PERSON', durationMinutes: 15, fromLastContact: false });
  });

  it("logs a contact with transportation help that the client's counselor then sees, with an audit row", async () => {
    const res = await log(tokens.peer, { clientId: client.id, mode: 'PHONE', durationMinutes: 25, practicalHelp: ['TRANSPORTATION'], note: 'Ride to the clinic' });
    expect(res.errors).toBeUndefined();
    const logged = res.data!.logPeerContact;
    expect(logged).toMatchObject({ occurredOn: today(), durationMinutes: 25, mode: 'PHONE', practicalHelp: ['TRANSPORTATION'], peerWorker: { id: peerId } });
    // Practical help is instrumental support: the server records it as such.
    expect(logged.supportTypes).toEqual(['EMOTIONAL', 'INSTRUMENTAL']);

    const seen = await t.gql<{ peerContacts: Array<{ id: string; practicalHelp: string[] }> }>(FOR_CLIENT, { clientId: client.id }, tokens.counselor);
    expect(seen.data?.peerContacts).toEqual([expect.objectContaining({ id: logged.id, practicalHelp: ['TRANSPORTATION'] })]);

    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'PeerContact', entityId: logged.id, action: 'CREATE' });
    expect(audit.actorId).toBe(peerId);
    expect(audit.outcome).toBe('ALLOWED');
    expect(audit.fields).toEqual(expect.arrayContaining(['practicalHelp', 'note']));
    // Reading a client's contacts discloses that client: one READ row for the Client in that request.
    const reads = await t.dataSource.getRepository(AuditEventEntity).find({
      where: { action: 'READ', entityType: 'Client', entityId: client.id, outcome: AuditOutcome.ALLOWED },
      order: { id: 'DESC' },
    });
    expect(reads[0]?.actorRole).toBe('COUNSELOR');
    expect(reads.filter((r) => r.requestId === reads[0]!.requestId)).toHaveLength(1);

    const defaults = await t.gql<{ peerContactDefaults: unknown }>(DEFAULTS, {}, tokens.peer);
    expect(defaults.data?.peerContactDefaults).toEqual({ mode: 'PHONE', durationMinutes: 25, fromLastContact: true });
    const lastOn = await t.gql<{ client: { lastPeerContactOn: string } }>(LAST_ON, { id: client.id }, tokens.counselor);
    expect(lastOn.data?.client.lastPeerContactOn).toBe(today());
  });

  it('refuses a peer worker logging for a client not assigned to them (NOT_FOUND) and counselors altogether (FORBIDDEN)', async () => {
    const before = await t.dataSource.getRepository(PeerContactEntity).count();
    expect(codeOf(await log(tokens.peer, { clientId: unassignedClient.id }))).toBe('NOT_FOUND');
    expect(codeOf(await log(tokens.counselor, { clientId: client.id }))).toBe('FORBIDDEN');
    expect(codeOf(await log(tokens.supervisor, { clientId: client.id }))).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(PeerContactEntity).count()).toBe(before);
  });

  it('validates dates and durations, writing nothing', async () => {
    const before = await t.dataSource.getRepository(PeerContactEntity).count();
    const future = await log(tokens.peer, { clientId: client.id, occurredOn: toIsoDate(addDays(new Date(), 1)) });
    expect(future.errors?.[0]?.message).toContain('occurredOn cannot be in the future');
    const beforeAdmission = await log(tokens.peer, { clientId: client.id, occurredOn: isoDaysAgo(41) });
    expect(beforeAdmission.errors?.[0]?.message).toContain('occurredOn cannot be before the admission date');
    const followUp = await log(tokens.peer, { clientId: client.id, occurredOn: isoDaysAgo(2), nextFollowUpOn: isoDaysAgo(3) });
    expect(followUp.errors?.[0]?.message).toContain('nextFollowUpOn must be on or after occurredOn');
    expect(codeOf(await log(tokens.peer, { clientId: client.id, durationMinutes: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await log(tokens.peer, { clientId: client.id, note: 'x'.repeat(1001) }))).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.getRepository(PeerContactEntity).count()).toBe(before);
  });

  it('lets the peer worker who logged a contact undo it within the window, hiding it from lists', async () => {
    const logged = (await log(tokens.peer, { clientId: client.id, note: 'logged for the wrong client' })).data!.logPeerContact;
    expect(codeOf(await t.gql(WITHDRAW, { id: logged.id }, tokens.secondPeer))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(WITHDRAW, { id: logged.id }, tokens.counselor))).toBe('FORBIDDEN');

    const res = await t.gql<{ withdrawPeerContact: { id: string; withdrawnAt: string | null } }>(WITHDRAW, { id: logged.id }, tokens.peer);
    expect(res.errors).toBeUndefined();
    expect(res.data?.withdrawPeerContact.withdrawnAt).not.toBeNull();

    const seen = await t.gql<{ peerContacts: Array<{ id: string }> }>(FOR_CLIENT, { clientId: client.id }, tokens.counselor);
    expect(seen.data?.peerContacts.map((c) => c.id)).not.toContain(logged.id);
    const mine = await t.gql<{ myPeerContacts: Array<{ id: string }> }>(MINE, {}, tokens.peer);
    expect(mine.data?.myPeerContacts.map((c) => c.id)).not.toContain(logged.id);
    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'PeerContact', entityId: logged.id, action: 'UPDATE' });
    expect(audit.fields).toEqual(['withdrawnAt']);
    expect(audit.outcome).toBe('ALLOWED');
    expect(codeOf(await t.gql(WITHDRAW, { id: logged.id }, tokens.peer))).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for an unknown contact and records the refusal against that PeerContact', async () => {
    const unknown = '00000000-0000-4000-8000-00000000c0de';
    const res = await t.gql(WITHDRAW, { id: unknown }, tokens.peer);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toBe(`PeerContact ${unknown} was not found.`);
    const denied = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityType: 'PeerContact', entityId: unknown });
    expect(denied).toMatchObject({ actorId: peerId, outcome: 'DENIED' });
  });

  it('refuses to undo a contact logged more than 15 minutes ago', async () => {
    const logged = (await log(tokens.peer, { clientId: client.id })).data!.logPeerContact;
    await t.dataSource.query(`UPDATE peer_contact SET created_at = now() - interval '16 minutes' WHERE id = $1`, [logged.id]);
    const res = await t.gql(WITHDRAW, { id: logged.id }, tokens.peer);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('can no longer be undone');
    expect((await t.dataSource.getRepository(PeerContactEntity).findOneByOrFail({ id: logged.id })).withdrawnAt).toBeNull();
  });

  it('lists follow-ups due until a later contact with the client answers them', async () => {
    const due = (await log(tokens.peer, { clientId: followUpClient.id, occurredOn: isoDaysAgo(10), nextFollowUpOn: isoDaysAgo(3) })).data!.logPeerContact;
    const notYet = (await log(tokens.peer, { clientId: client.id, nextFollowUpOn: toIsoDate(addDays(new Date(), 30)) }))
      .data!.logPeerContact;

    const res = await t.gql<{ myFollowUpsDue: Array<{ id: string; client: Record<string, unknown> }> }>(FOLLOW_UPS, {}, tokens.peer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.myFollowUpsDue).toEqual([
      { id: due.id, nextFollowUpOn: isoDaysAgo(3), client: { id: followUpClient.id, firstName: 'Kit', lastName: 'Brannock', preferredName: 'Kitty' } },
    ]);
    const later = await t.gql<{ myFollowUpsDue: Array<{ id: string }> }>(FOLLOW_UPS, { until: toIsoDate(addDays(new Date(), 31)) }, tokens.peer);
    expect(later.data!.myFollowUpsDue.map((c) => c.id)).toEqual([due.id, notYet.id]);

    await log(tokens.peer, { clientId: followUpClient.id, occurredOn: isoDaysAgo(2) });
    const answered = await t.gql<{ myFollowUpsDue: Array<{ id: string }> }>(FOLLOW_UPS, {}, tokens.peer);
    expect(answered.data!.myFollowUpsDue).toEqual([]);
  });

  it("lists the peer worker's own contacts in a date range, most recent first", async () => {
    const res = await t.gql<{ myPeerContacts: Array<{ occurredOn: string }> }>(MINE, { from: isoDaysAgo(10), to: isoDaysAgo(2) }, tokens.peer);
    expect(res.data!.myPeerContacts.map((c) => c.occurredOn)).toEqual([isoDaysAgo(2), isoDaysAgo(10)]);
    expect(codeOf(await t.gql(MINE, { from: isoDaysAgo(1), to: isoDaysAgo(2) }, tokens.peer))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(MINE, {}, tokens.counselor))).toBe('FORBIDDEN');
  });
});
