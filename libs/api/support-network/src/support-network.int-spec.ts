import { addDays } from 'date-fns';
import { StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { Factory, codeOf, createTestApp, dataOf, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import { ConsentEntity } from './consent.entity';
import { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberEntity } from './support-network-member.entity';

const MEMBER_FIELDS = 'id name relationship stance phone email involvedInTreatment note removedAt version';
const ADD_MEMBER = `mutation($input: AddSupportNetworkMemberInput!) { addSupportNetworkMember(input: $input) { ${MEMBER_FIELDS} } }`;
const UPDATE_MEMBER = `mutation($input: UpdateSupportNetworkMemberInput!) { updateSupportNetworkMember(input: $input) { ${MEMBER_FIELDS} } }`;
const REMOVE_MEMBER = `mutation($memberId: ID!, $expectedVersion: Int!) {
  removeSupportNetworkMember(memberId: $memberId, expectedVersion: $expectedVersion) { ${MEMBER_FIELDS} }
}`;
const NETWORK = `query($id: ID!) { client(id: $id) { id supportNetwork { ${MEMBER_FIELDS} } } }`;
const LOG_EVENT = `mutation($input: LogFamilyEngagementInput!) {
  logFamilyEngagement(input: $input) { id type occurredOn note attendees { id name } staff { id displayName } }
}`;
const FAMILY = `query($id: ID!) { client(id: $id) {
  familyEngagementEvents { id type occurredOn attendees { id name } staff { id } }
  familyEngagementSummary { eventsLast30Days eventsLast90Days lastEventOn }
} }`;
const CONSENT_FIELDS = 'id recipientKind recipientMemberId recipientOrganization recipientLabel scopes purpose effectiveOn expiresOn revokedAt active status version recordedBy { id }';
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { ${CONSENT_FIELDS} } }`;
const REVOKE_CONSENT = `mutation($consentId: ID!, $expectedVersion: Int!) {
  revokeConsent(consentId: $consentId, expectedVersion: $expectedVersion) { ${CONSENT_FIELDS} }
}`;
const CONSENTS = `query($id: ID!) { client(id: $id) { id consents { ${CONSENT_FIELDS} } } }`;
const DECISION = `query($clientId: ID!, $recipientKind: ConsentRecipientKind!, $recipientId: String, $scope: ConsentScope!) {
  consentDecision(clientId: $clientId, recipientKind: $recipientKind, recipientId: $recipientId, scope: $scope) { allowed reason }
}`;

interface Member {
  id: string;
  name: string;
  stance: string;
  phone: string | null;
  email: string | null;
  note: string | null;
  involvedInTreatment: boolean;
  removedAt: string | null;
  version: number;
}
interface Consent {
  id: string;
  recipientLabel: string;
  scopes: string[];
  active: boolean;
  status: string;
  revokedAt: string | null;
  version: number;
  recordedBy: { id: string };
}

const daysFromToday = (n: number) => toIsoDate(addDays(new Date(), n));
/** A signing date before every effective date these tests use. */
const SIGNED_ON = daysFromToday(-365);

describe('support network, family engagement and consents', () => {
  let t: TestApp;
  let f: Factory;
  let organizationId: string;
  let programId: string;
  let counselor: StaffUserEntity;
  let supervisor: StaffUserEntity;
  let tokens: Record<'counselor' | 'supervisor' | 'peer' | 'otherCounselor' | 'admin', string>;
  let client: ClientEntity;
  let otherClient: ClientEntity;

  const audit = () => t.dataSource.getRepository(AuditEventEntity);
  const lastAudit = (entityId: string) => audit().findOne({ where: { entityId }, order: { id: 'DESC' } });
  const login = (email: string) => loginAs((q, v) => t.gql(q, v), email);
  /** As the client's counselor unless another token is given. */
  const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token = tokens.counselor) => t.gql<T>(query, variables, token);

  const addMember = async (clientId: string, overrides: Record<string, unknown> = {}, token = tokens.counselor): Promise<Member> => {
    const res = await gql<{ addSupportNetworkMember: Member }>(
      ADD_MEMBER,
      { input: { clientId, name: 'Dana Reyes', relationship: 'PARENT', stance: 'SUPPORTIVE', ...overrides } },
      token,
    );
    return dataOf(res).addSupportNetworkMember;
  };
  const recordConsent = async (input: Record<string, unknown>): Promise<Consent> => {
    const res = await gql<{ recordConsent: Consent }>(RECORD_CONSENT, { input: { clientId: client.id, purpose: 'Coordination of care', signedOn: SIGNED_ON, ...input } });
    return dataOf(res).recordConsent;
  };
  /** Sends one request under a known request id, for reading that request's audit rows. */
  const gqlWithRequestId = (requestId: string, query: string, variables: Record<string, unknown>, token = tokens.counselor) =>
    t.gql(query, variables, token, requestId);
  const decision = async (recipientKind: string, recipientId: string | null, scope: string, clientId = client.id, token = tokens.counselor) =>
    gql<{ consentDecision: { allowed: boolean; reason: string } }>(DECISION, { clientId, recipientKind, recipientId, scope }, token);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    organizationId = organization.id;
    programId = program.id;
    supervisor = await f.staff(organizationId, StaffRole.SUPERVISOR, { displayName: 'Sam Supervisor' });
    counselor = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: 'Casey Counselor' });
    const otherCounselor = await f.staff(organizationId, StaffRole.COUNSELOR);
    const peer = await f.staff(organizationId, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    const admin = await f.staff(organizationId, StaffRole.ADMIN);
    const admissionDate = daysFromToday(-200);
    client = await f.client(organizationId, programId, { admissionDate });
    otherClient = await f.client(organizationId, programId, { admissionDate });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    await f.assign(otherClient, otherCounselor, CareTeamRole.COUNSELOR);
    tokens = {
      counselor: await login(counselor.email),
      supervisor: await login(supervisor.email),
      peer: await login(peer.email),
      otherCounselor: await login(otherCounselor.email),
      admin: await login(admin.email),
    };
  });
  afterAll(() => t.close());

  describe('support network members', () => {
    it('adds, edits and removes a member, leaving an audit row with field names (never values) for each write', async () => {
      const added = await addMember(client.id, { name: ' Marisol Vega ', phone: '+1 (555) 010-4477', email: 'marisol@example.org', note: 'Drives to groups' });
      expect(added).toMatchObject({ name: 'Marisol Vega', phone: '+1 (555) 010-4477', involvedInTreatment: false, removedAt: null, version: 1 });
      expect(await lastAudit(added.id)).toMatchObject({
        action: 'CREATE',
        entityType: 'SupportNetworkMember',
        actorId: counselor.id,
        fields: ['clientId', 'name', 'relationship', 'stance', 'phone', 'email', 'note'],
        outcome: 'ALLOWED',
      });

      const edited = dataOf(
        await gql<{ updateSupportNetworkMember: Member }>(UPDATE_MEMBER, {
          input: { memberId: added.id, expectedVersion: 1, stance: 'RISK', phone: null, involvedInTreatment: true },
        }),
      ).updateSupportNetworkMember;
      expect(edited).toMatchObject({ name: 'Marisol Vega', stance: 'RISK', phone: null, email: 'marisol@example.org', involvedInTreatment: true, version: 2 });
      const editRow = await lastAudit(added.id);
      expect(editRow).toMatchObject({ action: 'UPDATE', fields: ['stance', 'phone', 'involvedInTreatment'], outcome: 'ALLOWED' });
      expect(JSON.stringify(editRow)).not.toContain('RISK');

      const removed = dataOf(
        await gql<{ removeSupportNetworkMember: Member }>(REMOVE_MEMBER, { memberId: added.id, expectedVersion: 2 }),
      ).removeSupportNetworkMember;
      expect(removed.removedAt).not.toBeNull();
      expect(removed.version).toBe(3);
      expect(await lastAudit(added.id)).toMatchObject({ action: 'DELETE', entityType: 'SupportNetworkMember', fields: ['removedAt'], outcome: 'ALLOWED' });
      const network = dataOf(await gql<{ client: { supportNetwork: Member[] } }>(NETWORK, { id: client.id })).client.supportNetwork;
      expect(network.map((m) => m.id)).not.toContain(added.id);
      // Soft removal: the row stays for past events and consents.
      expect(await t.dataSource.getRepository(SupportNetworkMemberEntity).countBy({ id: added.id })).toBe(1);
    });

    it('rejects a stale member edit with CONFLICT naming who changed it, and the first edit survives', async () => {
      const member = await addMember(client.id, { name: 'Jordan Pike', relationship: 'SPONSOR' });
      const first = await gql(UPDATE_MEMBER, { input: { memberId: member.id, expectedVersion: 1, name: 'Jordan Pike-Ellis' } }, tokens.supervisor);
      expect(first.errors).toBeUndefined();
      const auditBefore = await audit().count();

      const stale = await gql(UPDATE_MEMBER, { input: { memberId: member.id, expectedVersion: 1, name: 'J. Pike', stance: 'NEUTRAL' } });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, changedById: supervisor.id, changedByName: 'Sam Supervisor' });
      expect(stale.errors?.[0]?.message).toContain('Sam Supervisor');
      const row = await t.dataSource.getRepository(SupportNetworkMemberEntity).findOneByOrFail({ id: member.id });
      expect(row).toMatchObject({ name: 'Jordan Pike-Ellis', stance: 'SUPPORTIVE', version: 2 });
      expect(await audit().count()).toBe(auditBefore);

      const staleRemove = await gql(REMOVE_MEMBER, { memberId: member.id, expectedVersion: 1 });
      expect(codeOf(staleRemove)).toBe('CONFLICT');
      expect((await t.dataSource.getRepository(SupportNetworkMemberEntity).findOneByOrFail({ id: member.id })).removedAt).toBeNull();
    });

    it('refuses malformed member input with BAD_USER_INPUT naming each field', async () => {
      const res = await gql(ADD_MEMBER, {
        input: { clientId: 'not-a-uuid', name: '   ', relationship: 'PARENT', stance: 'SUPPORTIVE', email: 'not-an-email', phone: 'call me' },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const fields = (res.errors?.[0]?.extensions?.['problems'] as Array<{ field: string }>).map((p) => p.field);
      expect(fields).toEqual(expect.arrayContaining(['clientId', 'name', 'email', 'phone']));
      const member = await addMember(client.id);
      const clearName = await gql(UPDATE_MEMBER, { input: { memberId: member.id, expectedVersion: 1, name: null } });
      expect(codeOf(clearName)).toBe('BAD_USER_INPUT');
      expect(clearName.errors?.[0]?.message).toContain('name');
    });

    it('shows a peer support worker who is in the network, without contact details or notes', async () => {
      const member = await addMember(client.id, { name: 'Tess Okafor', relationship: 'SIBLING', phone: '555-0199', email: 'tess@example.org', note: 'Private' });
      const asPeer = dataOf(await gql<{ client: { supportNetwork: Member[] } }>(NETWORK, { id: client.id }, tokens.peer)).client.supportNetwork;
      expect(asPeer.find((m) => m.id === member.id)).toMatchObject({ name: 'Tess Okafor', stance: 'SUPPORTIVE', phone: null, email: null, note: null });
      const asCounselor = (await gqlWithRequestId('req-support-network-read-1', NETWORK, { id: client.id })) as GraphQLResponse<{ client: { supportNetwork: Member[] } }>;
      expect(dataOf(asCounselor).client.supportNetwork.find((m) => m.id === member.id)).toMatchObject({ phone: '555-0199', email: 'tess@example.org', note: 'Private' });
      // The read is recorded once, as a READ of the client whose network was shown (no row per member).
      const readRows = await audit().find({ where: { requestId: 'req-support-network-read-1' } });
      expect(readRows).toEqual([
        expect.objectContaining({ action: 'READ', entityType: 'Client', entityId: client.id, actorId: counselor.id, outcome: 'ALLOWED' }),
      ]);
    });

    it('lets only the counselor or supervisor change the network', async () => {
      const member = await addMember(client.id);
      const byPeer = await gql(ADD_MEMBER, { input: { clientId: client.id, name: 'X', relationship: 'FRIEND', stance: 'NEUTRAL' } }, tokens.peer);
      expect(codeOf(byPeer)).toBe('FORBIDDEN');
      expect(codeOf(await gql(REMOVE_MEMBER, { memberId: member.id, expectedVersion: 1 }, tokens.admin))).toBe('FORBIDDEN');
      const bySupervisor = await addMember(client.id, { name: 'Added by supervisor' }, tokens.supervisor);
      expect(bySupervisor.name).toBe('Added by supervisor');
    });
  });

  describe('family engagement', () => {
    it('logs events with attendees and counts them in the last 30 and 90 days in the summary', async () => {
      const { organization, program } = await f.organization();
      const ownCounselor = await f.staff(organization.id, StaffRole.COUNSELOR);
      const familyClient = await f.client(organization.id, program.id, { admissionDate: daysFromToday(-200) });
      await f.assign(familyClient, ownCounselor, CareTeamRole.COUNSELOR);
      const token = await login(ownCounselor.email);
      const mother = await addMember(familyClient.id, { name: 'Ana Lima', relationship: 'PARENT' }, token);
      const partner = await addMember(familyClient.id, { name: 'Ben Lima', relationship: 'PARTNER' }, token);

      const logged = await gql<{ logFamilyEngagement: { id: string; attendees: Array<{ name: string }>; staff: { id: string } } }>(
        LOG_EVENT,
        { input: { clientId: familyClient.id, type: 'FAMILY_THERAPY_SESSION', occurredOn: daysFromToday(-5), attendeeIds: [partner.id, mother.id], note: 'First session' } },
        token,
      );
      const event = dataOf(logged).logFamilyEngagement;
      expect(event.attendees.map((a) => a.name)).toEqual(['Ana Lima', 'Ben Lima']);
      expect(event.staff.id).toBe(ownCounselor.id);
      expect(await lastAudit(event.id)).toMatchObject({
        action: 'CREATE',
        entityType: 'FamilyEngagementEvent',
        fields: ['clientId', 'type', 'occurredOn', 'attendeeIds', 'note'],
        outcome: 'ALLOWED',
      });
      for (const daysAgo of [40, 100]) {
        const res = await gql(LOG_EVENT, { input: { clientId: familyClient.id, type: 'PHONE_CONTACT', occurredOn: daysFromToday(-daysAgo), attendeeIds: [mother.id] } }, token);
        expect(res.errors).toBeUndefined();
      }

      const family = dataOf(
        await gql<{ client: { familyEngagementEvents: Array<{ occurredOn: string }>; familyEngagementSummary: unknown } }>(FAMILY, { id: familyClient.id }, token),
      ).client;
      expect(family.familyEngagementSummary).toEqual({ eventsLast30Days: 1, eventsLast90Days: 2, lastEventOn: daysFromToday(-5) });
      expect(family.familyEngagementEvents.map((e) => e.occurredOn)).toEqual([daysFromToday(-5), daysFromToday(-40), daysFromToday(-100)]);
    });

    it('refuses an attendee from another client\'s network and writes no event', async () => {
      const stranger = await addMember(otherClient.id, { name: 'Not Theirs' }, tokens.otherCounselor);
      const own = await addMember(client.id, { name: 'Own Member' });
      const events = t.dataSource.getRepository(FamilyEngagementEventEntity);
      const before = await events.count();
      const auditBefore = await audit().count();
      const res = await gql(LOG_EVENT, { input: { clientId: client.id, type: 'VISIT', occurredOn: daysFromToday(0), attendeeIds: [own.id, stranger.id] } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain(stranger.id);
      expect(await events.count()).toBe(before);
      expect(await audit().count()).toBe(auditBefore);
    });

    it('refuses an event in the future or with a removed member', async () => {
      const member = await addMember(client.id, { name: 'Leaving Soon' });
      const future = await gql(LOG_EVENT, { input: { clientId: client.id, type: 'VISIT', occurredOn: daysFromToday(1), attendeeIds: [member.id] } });
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(future.errors?.[0]?.message).toContain('occurredOn');
      await gql(REMOVE_MEMBER, { memberId: member.id, expectedVersion: 1 });
      const removed = await gql(LOG_EVENT, { input: { clientId: client.id, type: 'VISIT', occurredOn: daysFromToday(0), attendeeIds: [member.id] } });
      expect(codeOf(removed)).toBe('BAD_USER_INPUT');
      const badDate = await gql(LOG_EVENT, { input: { clientId: client.id, type: 'VISIT', occurredOn: '2026-02-30', attendeeIds: [member.id] } });
      expect(codeOf(badDate)).toBe('BAD_USER_INPUT');
    });

    it('keeps family engagement from peer support workers', async () => {
      const member = await addMember(client.id, { name: 'Peer Cannot Log' });
      const res = await gql(FAMILY, { id: client.id }, tokens.peer);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data?.['client']).toMatchObject({ familyEngagementEvents: null, familyEngagementSummary: null });
      const log = await gql(LOG_EVENT, { input: { clientId: client.id, type: 'VISIT', occurredOn: daysFromToday(0), attendeeIds: [member.id] } }, tokens.peer);
      expect(codeOf(log)).toBe('FORBIDDEN');
    });
  });

  describe('consents (42 CFR Part 2)', () => {
    it('records consents and answers consentDecision: allowed, out of scope, expired, not yet effective, revoked', async () => {
      const mother = await addMember(client.id, { name: 'Rosa Diaz', relationship: 'PARENT' });
      const toMother = await recordConsent({
        recipientKind: 'SUPPORT_NETWORK_MEMBER',
        recipientMemberId: mother.id,
        scopes: ['CARE_PLAN', 'ATTENDANCE'],
        effectiveOn: daysFromToday(-30),
      });
      expect(toMother).toMatchObject({ recipientLabel: 'Rosa Diaz', scopes: ['ATTENDANCE', 'CARE_PLAN'], active: true, status: 'ACTIVE', version: 1 });
      expect(toMother.recordedBy.id).toBe(counselor.id);
      expect(await lastAudit(toMother.id)).toMatchObject({
        action: 'CREATE',
        entityType: 'Consent',
        fields: expect.arrayContaining(['recipientMemberId', 'scopes']),
        outcome: 'ALLOWED',
      });

      await recordConsent({ recipientKind: 'ORGANIZATION', recipientOrganization: 'County Drug Court', scopes: ['ATTENDANCE'], effectiveOn: daysFromToday(-60), expiresOn: daysFromToday(-1) });
      await recordConsent({ recipientKind: 'ORGANIZATION', recipientOrganization: 'Harbor Clinic', scopes: ['MEASURES'], effectiveOn: daysFromToday(1) });
      const toTeam = await recordConsent({ recipientKind: 'PEER_SUPPORT_TEAM', scopes: ['CHECK_INS'], effectiveOn: daysFromToday(-10), expiresOn: daysFromToday(300) });
      dataOf(await gql(REVOKE_CONSENT, { consentId: toTeam.id, expectedVersion: 1 }));

      const answer = async (...args: Parameters<typeof decision>) => dataOf(await decision(...args)).consentDecision;
      expect(await answer('SUPPORT_NETWORK_MEMBER', mother.id, 'ATTENDANCE')).toEqual({ allowed: true, reason: 'ALLOWED' });
      expect(await answer('SUPPORT_NETWORK_MEMBER', mother.id, 'DIAGNOSES')).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE' });
      expect(await answer('ORGANIZATION', 'County Drug Court', 'ATTENDANCE')).toEqual({ allowed: false, reason: 'EXPIRED' });
      expect(await answer('ORGANIZATION', 'Harbor Clinic', 'MEASURES')).toEqual({ allowed: false, reason: 'NOT_YET_EFFECTIVE' });
      expect(await answer('PEER_SUPPORT_TEAM', null, 'CHECK_INS')).toEqual({ allowed: false, reason: 'REVOKED' });
      expect(await answer('ORGANIZATION', 'Somewhere Else', 'ATTENDANCE')).toEqual({ allowed: false, reason: 'NO_CONSENT' });

      const consents = dataOf(await gql<{ client: { consents: Consent[] } }>(CONSENTS, { id: client.id })).client.consents;
      const statusOf = (label: string) => consents.find((c) => c.recipientLabel === label)?.status;
      expect([statusOf('Rosa Diaz'), statusOf('County Drug Court'), statusOf('Harbor Clinic'), statusOf('Peer support team')]).toEqual([
        'ACTIVE',
        'EXPIRED',
        'NOT_YET_EFFECTIVE',
        'REVOKED',
      ]);
      expect(consents.filter((c) => c.active).map((c) => c.recipientLabel)).toEqual(['Rosa Diaz']);
    });

    it('audits a consent decision as a READ of the client with entityType Client', async () => {
      const res = await gqlWithRequestId(
        'req-consent-decision-1',
        DECISION,
        { clientId: client.id, recipientKind: 'PEER_SUPPORT_TEAM', scope: 'DIAGNOSES' },
        tokens.supervisor,
      );
      expect(res.errors).toBeUndefined();
      const rows = await audit().find({ where: { requestId: 'req-consent-decision-1' } });
      expect(rows).toEqual([
        expect.objectContaining({ action: 'READ', entityType: 'Client', entityId: client.id, actorId: supervisor.id, outcome: 'ALLOWED' }),
      ]);
    });

    it('revokes a consent once: revoking again is refused and the first revocation stands', async () => {
      const consent = await recordConsent({ recipientKind: 'ORGANIZATION', recipientOrganization: 'Employer EAP', scopes: ['ATTENDANCE'], effectiveOn: daysFromToday(-3) });
      const revoked = dataOf(await gql<{ revokeConsent: Consent }>(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 1 })).revokeConsent;
      expect(revoked).toMatchObject({ status: 'REVOKED', active: false, version: 2 });
      expect(revoked.revokedAt).not.toBeNull();
      expect(await lastAudit(consent.id)).toMatchObject({ action: 'REVOKE', entityType: 'Consent', fields: ['revokedAt', 'revokedOn'], outcome: 'ALLOWED' });

      const auditBefore = await audit().count();
      const again = await gql(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 2 });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toContain('already revoked');
      expect(codeOf(await gql(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 1 }))).toBe('CONFLICT');
      const row = await t.dataSource.getRepository(ConsentEntity).findOneByOrFail({ id: consent.id });
      expect(row.revokedAt?.toISOString()).toBe(revoked.revokedAt);
      expect(await audit().count()).toBe(auditBefore);
    });

    it('keeps a consent on record when its recipient leaves the support network', async () => {
      const friend = await addMember(client.id, { name: 'Olu Friend', relationship: 'FRIEND' });
      await recordConsent({ recipientKind: 'SUPPORT_NETWORK_MEMBER', recipientMemberId: friend.id, scopes: ['ATTENDANCE'], effectiveOn: daysFromToday(-1) });
      dataOf(await gql(REMOVE_MEMBER, { memberId: friend.id, expectedVersion: 1 }));
      const consents = dataOf(await gql<{ client: { consents: Consent[] } }>(CONSENTS, { id: client.id })).client.consents;
      expect(consents.find((c) => c.recipientLabel === 'Olu Friend')).toMatchObject({ status: 'ACTIVE' });
    });

    it('refuses incomplete or inconsistent consents with BAD_USER_INPUT and writes nothing', async () => {
      const consents = t.dataSource.getRepository(ConsentEntity);
      const before = await consents.count();
      const stranger = await addMember(otherClient.id, { name: 'Other Client Member' }, tokens.otherCounselor);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ recipientKind: 'SUPPORT_NETWORK_MEMBER', scopes: ['ATTENDANCE'], effectiveOn: daysFromToday(0) }, 'recipientMemberId'],
        [{ recipientKind: 'ORGANIZATION', scopes: ['ATTENDANCE'], effectiveOn: daysFromToday(0) }, 'recipientOrganization'],
        [{ recipientKind: 'PEER_SUPPORT_TEAM', recipientOrganization: 'Nope', scopes: ['ATTENDANCE'], effectiveOn: daysFromToday(0) }, 'recipientOrganization'],
        [{ recipientKind: 'PEER_SUPPORT_TEAM', scopes: [], effectiveOn: daysFromToday(0) }, 'scopes'],
        [{ recipientKind: 'PEER_SUPPORT_TEAM', scopes: ['MEASURES', 'MEASURES'], effectiveOn: daysFromToday(0) }, 'scopes'],
        [{ recipientKind: 'PEER_SUPPORT_TEAM', scopes: ['MEASURES'], purpose: ' ', effectiveOn: daysFromToday(0) }, 'purpose'],
        [{ recipientKind: 'PEER_SUPPORT_TEAM', scopes: ['MEASURES'], effectiveOn: daysFromToday(0), expiresOn: daysFromToday(-1) }, 'expiresOn'],
        [{ recipientKind: 'SUPPORT_NETWORK_MEMBER', recipientMemberId: stranger.id, scopes: ['ATTENDANCE'], effectiveOn: daysFromToday(0) }, 'recipientMemberId'],
      ];
      for (const [input, field] of cases) {
        const res = await gql(RECORD_CONSENT, { input: { clientId: client.id, purpose: 'Care coordination', signedOn: SIGNED_ON, ...input } });
        expect({ field, code: codeOf(res) }).toEqual({ field, code: 'BAD_USER_INPUT' });
        expect(res.errors?.[0]?.message).toContain(field);
      }
      expect(await consents.count()).toBe(before);
    });

    it('keeps consents from peer support workers', async () => {
      const res = await gql(CONSENTS, { id: client.id }, tokens.peer);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data?.['client']).toMatchObject({ consents: null });
      expect(codeOf(await decision('PEER_SUPPORT_TEAM', null, 'CHECK_INS', client.id, tokens.peer))).toBe('FORBIDDEN');
    });
  });

  it("answers NOT_FOUND to a counselor of another caseload, for every operation on this client's records", async () => {
    const member = await addMember(client.id, { name: 'Scoped Member' });
    const consent = await recordConsent({ recipientKind: 'ORGANIZATION', recipientOrganization: 'Scoped Org', scopes: ['ATTENDANCE'], effectiveOn: daysFromToday(0) });
    const other = tokens.otherCounselor;
    const results = [
      await gql(ADD_MEMBER, { input: { clientId: client.id, name: 'X', relationship: 'FRIEND', stance: 'NEUTRAL' } }, other),
      await gql(UPDATE_MEMBER, { input: { memberId: member.id, expectedVersion: 1, name: 'Hijacked' } }, other),
      await gql(REMOVE_MEMBER, { memberId: member.id, expectedVersion: 1 }, other),
      await gql(LOG_EVENT, { input: { clientId: client.id, type: 'VISIT', occurredOn: daysFromToday(0), attendeeIds: [member.id] } }, other),
      await gql(RECORD_CONSENT, { input: { clientId: client.id, recipientKind: 'PEER_SUPPORT_TEAM', scopes: ['ATTENDANCE'], purpose: 'x', signedOn: SIGNED_ON, effectiveOn: daysFromToday(0) } }, other),
      await gql(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 1 }, other),
      await decision('PEER_SUPPORT_TEAM', null, 'ATTENDANCE', client.id, other),
      await gql(NETWORK, { id: client.id }, other),
    ];
    expect(results.map((r) => codeOf(r))).toEqual(Array(results.length).fill('NOT_FOUND'));
    // The member's client id is not given away.
    expect(results[1]?.errors?.[0]?.message).toBe(`SupportNetworkMember ${member.id} was not found.`);
    expect(await t.dataSource.getRepository(SupportNetworkMemberEntity).findOneByOrFail({ id: member.id })).toMatchObject({ name: 'Scoped Member', removedAt: null });
    expect((await t.dataSource.getRepository(ConsentEntity).findOneByOrFail({ id: consent.id })).revokedAt).toBeNull();
    expect(codeOf(await decision('PEER_SUPPORT_TEAM', null, 'ATTENDANCE', 'not-a-uuid'))).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of queries for a page of three clients as for one', async () => {
    const PAGE = `{ clients(limit: 100) { items { id
      supportNetwork { id } familyEngagementEvents { id attendees { id } staff { id } } familyEngagementSummary { eventsLast90Days } consents { id recordedBy { id } }
    } } }`;
    const { organization, program } = await f.organization();
    const caseload = async (size: number) => {
      const staff = await f.staff(organization.id, StaffRole.COUNSELOR);
      const token = await login(staff.email);
      for (let i = 0; i < size; i++) {
        const c = await f.client(organization.id, program.id, { admissionDate: daysFromToday(-200) });
        await f.assign(c, staff, CareTeamRole.COUNSELOR);
        const m = await addMember(c.id, { name: `Member ${i}` }, token);
        dataOf(await gql(LOG_EVENT, { input: { clientId: c.id, type: 'VISIT', occurredOn: daysFromToday(-i), attendeeIds: [m.id] } }, token));
        dataOf(await gql(RECORD_CONSENT, { input: { clientId: c.id, recipientKind: 'PEER_SUPPORT_TEAM', scopes: ['ATTENDANCE'], purpose: 'x', signedOn: SIGNED_ON, effectiveOn: daysFromToday(0) } }, token));
      }
      return token;
    };
    const countQueries = async (token: string, requestId: string) => {
      t.queries.reset();
      const res = (await gqlWithRequestId(requestId, PAGE, {}, token)) as GraphQLResponse<{
        clients: { items: Array<{ id: string; supportNetwork: unknown[]; consents: unknown[] }> };
      }>;
      const items = dataOf(res).clients.items;
      expect(items.every((c) => c.supportNetwork.length === 1 && c.consents.length === 1)).toBe(true);
      return { clients: items.length, ids: items.map((c) => c.id), queries: t.queries.total, statements: [...t.queries.statements] };
    };
    const one = await countQueries(await caseload(1), 'req-support-network-page-1');
    const three = await countQueries(await caseload(3), 'req-support-network-page-3');
    expect([one.clients, three.clients]).toEqual([1, 3]);
    expect(three.queries).toBe(one.queries);
    // One select per field for the whole page, and one audit INSERT for the whole request (a READ row per client shown).
    const from = (table: string) => three.statements.filter((q) => q.includes(`FROM "${table}"`)).length;
    expect([from('support_network_member'), from('consent'), from('family_engagement_event')]).toEqual([1, 1, 2]);
    expect(three.statements.filter((q) => /INSERT INTO "?audit_event"?/.test(q))).toHaveLength(1);
    const pageRows = await audit().find({ where: { requestId: 'req-support-network-page-3' } });
    expect(pageRows.map((r) => ({ action: r.action, entityType: r.entityType, outcome: r.outcome }))).toEqual(
      Array(3).fill({ action: 'READ', entityType: 'Client', outcome: 'ALLOWED' }),
    );
    expect(pageRows.map((r) => r.entityId).sort()).toEqual([...three.ids].sort());
  });
});
