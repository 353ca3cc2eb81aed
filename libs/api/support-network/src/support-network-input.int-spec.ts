import { addDays } from 'date-fns';
import { StaffRole, toIsoDate } from '@carecircle/shared/domain';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import { Factory, codeOf, createTestApp, dataOf, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import { ConsentEntity } from './consent.entity';
import { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberEntity } from './support-network-member.entity';

const MEMBER_FIELDS = 'id name relationship stance phone email involvedInTreatment note removedAt version';
const ADD_MEMBER = `mutation($input: AddSupportNetworkMemberInput!) { addSupportNetworkMember(input: $input) { ${MEMBER_FIELDS} } }`;
const UPDATE_MEMBER = `mutation($input: UpdateSupportNetworkMemberInput!) { updateSupportNetworkMember(input: $input) { ${MEMBER_FIELDS} } }`;
const REMOVE_MEMBER = `mutation($memberId: ID!, $expectedVersion: Int!) {
  removeSupportNetworkMember(memberId: $memberId, expectedVersion: $expectedVersion) { id }
}`;
const CONSENT_FIELDS =
  'id recipientLabel scopes purpose informationDescription signedOn effectiveOn expiresOn expiryEvent revokedAt revokedOn active status version';
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { ${CONSENT_FIELDS} } }`;
const REVOKE_CONSENT = `mutation($consentId: ID!, $expectedVersion: Int!, $revokedOn: String) {
  revokeConsent(consentId: $consentId, expectedVersion: $expectedVersion, revokedOn: $revokedOn) { ${CONSENT_FIELDS} }
}`;
const CONSENTS = `query($id: ID!) { client(id: $id) { id consents { ${CONSENT_FIELDS} } } }`;
const LOG_EVENT = `mutation($input: LogFamilyEngagementInput!) { logFamilyEngagement(input: $input) { id attendees { id } } }`;

interface Member {
  id: string;
  name: string;
  version: number;
}
interface Consent {
  id: string;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string | null;
  expiryEvent: string | null;
  informationDescription: string | null;
  revokedAt: string | null;
  revokedOn: string | null;
  status: string;
  active: boolean;
  version: number;
}

const UNKNOWN_ID = '7d9f2c1e-4b7a-4c55-9e0a-3f1b2a6c8d90';
const daysFromToday = (n: number) => toIsoDate(addDays(new Date(), n));

/** The fields BAD_USER_INPUT names in extensions.problems, which the web maps onto form fields. */
function problemFields(res: GraphQLResponse<unknown>): string[] {
  const problems = (res.errors?.[0]?.extensions?.['problems'] ?? []) as Array<{ field: string }>;
  return problems.map((p) => p.field);
}

describe('support network, consent and family engagement input: refusals that change nothing', () => {
  let t: TestApp;
  let tokens: Record<'counselor' | 'otherCounselor', string>;
  let client: ClientEntity;
  let otherClient: ClientEntity;

  const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token = tokens.counselor) =>
    t.gql<T>(query, variables, token);
  const members = () => t.dataSource.getRepository(SupportNetworkMemberEntity);
  const consents = () => t.dataSource.getRepository(ConsentEntity);
  const events = () => t.dataSource.getRepository(FamilyEngagementEventEntity);
  /** Every row of the three tables, to compare before and after a refused write. */
  const snapshot = async () => ({
    members: await members().find({ order: { id: 'ASC' } }),
    consents: await consents().find({ order: { id: 'ASC' } }),
    events: await events().find({ order: { id: 'ASC' } }),
  });

  const addMember = async (clientId: string, name: string, token = tokens.counselor): Promise<Member> =>
    dataOf(
      await gql<{ addSupportNetworkMember: Member }>(
        ADD_MEMBER,
        { input: { clientId, name, relationship: 'SIBLING', stance: 'SUPPORTIVE' } },
        token,
      ),
    ).addSupportNetworkMember;
  const recordConsent = async (clientId: string, input: Record<string, unknown> = {}, token = tokens.counselor): Promise<Consent> =>
    dataOf(
      await gql<{ recordConsent: Consent }>(
        RECORD_CONSENT,
        {
          input: {
            clientId,
            recipientKind: 'ORGANIZATION',
            recipientOrganization: 'Harbor Primary Care',
            scopes: ['ATTENDANCE'],
            purpose: 'Coordination of care',
            signedOn: daysFromToday(-20),
            effectiveOn: daysFromToday(-20),
            ...input,
          },
        },
        token,
      ),
    ).recordConsent;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    const counselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    const otherCounselor = await f.staff(organization.id, StaffRole.COUNSELOR);
    client = await f.client(organization.id, program.id, { admissionDate: daysFromToday(-120) });
    otherClient = await f.client(organization.id, program.id, { admissionDate: daysFromToday(-120) });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    await f.assign(otherClient, otherCounselor, CareTeamRole.COUNSELOR);
    const login = (email: string) => loginAs((q, v) => t.gql(q, v), email);
    tokens = { counselor: await login(counselor.email), otherCounselor: await login(otherCounselor.email) };
  });
  afterAll(() => t.close());

  it('records every 42 CFR Part 2 element of a consent and a revocation dated by the client', async () => {
    const consent = await recordConsent(client.id, {
      informationDescription: 'Attendance dates and whether the client is still in treatment; no diagnoses',
      signedOn: daysFromToday(-30),
      effectiveOn: daysFromToday(-28),
      expiryEvent: ' end of treatment ',
    });
    expect(consent).toMatchObject({
      informationDescription: 'Attendance dates and whether the client is still in treatment; no diagnoses',
      signedOn: daysFromToday(-30),
      effectiveOn: daysFromToday(-28),
      expiresOn: null,
      expiryEvent: 'end of treatment',
      revokedOn: null,
      status: 'ACTIVE',
    });

    const revoked = dataOf(
      await gql<{ revokeConsent: Consent }>(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: consent.version, revokedOn: daysFromToday(-2) }),
    ).revokeConsent;
    expect(revoked).toMatchObject({ status: 'REVOKED', active: false, revokedOn: daysFromToday(-2), version: consent.version + 1 });
    expect(revoked.revokedAt).not.toBeNull();
  });

  it('dates a revocation today when no date is given', async () => {
    const consent = await recordConsent(client.id);
    const revoked = dataOf(await gql<{ revokeConsent: Consent }>(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 1 })).revokeConsent;
    expect(revoked).toMatchObject({ status: 'REVOKED', revokedOn: daysFromToday(0) });
  });

  it('refuses to revoke a consent twice with CONFLICT, and the first revocation and its date stand', async () => {
    const consent = await recordConsent(client.id);
    dataOf(await gql(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 1, revokedOn: daysFromToday(-5) }));
    const before = await snapshot();

    const again = await gql(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 2, revokedOn: daysFromToday(0) });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain(`revoked on ${daysFromToday(-5)}`);
    expect(codeOf(await gql(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 1 }))).toBe('CONFLICT');

    expect(await snapshot()).toEqual(before);
    expect(await consents().findOneByOrFail({ id: consent.id })).toMatchObject({ revokedOn: daysFromToday(-5), version: 2 });
  });

  it.each([
    ['an expiry date before the effective date', { effectiveOn: daysFromToday(-10), expiresOn: daysFromToday(-11) }, 'expiresOn'],
    ['an effective date before the signing', { signedOn: daysFromToday(-10), effectiveOn: daysFromToday(-11) }, 'effectiveOn'],
    ['a signing date in the future', { signedOn: daysFromToday(1), effectiveOn: daysFromToday(1) }, 'signedOn'],
    ['a blank expiry event', { expiryEvent: '   ' }, 'expiryEvent'],
    ['a description of the information longer than the limit', { informationDescription: 'x'.repeat(1001) }, 'informationDescription'],
  ])('refuses a consent with %s as BAD_USER_INPUT naming the field, writing nothing', async (_case, input, field) => {
    const before = await snapshot();
    const res = await gql(RECORD_CONSENT, {
      input: {
        clientId: client.id,
        recipientKind: 'PEER_SUPPORT_TEAM',
        scopes: ['CHECK_INS'],
        purpose: 'Peer recovery support',
        signedOn: daysFromToday(-20),
        effectiveOn: daysFromToday(-20),
        ...input,
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemFields(res)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['before the consent was signed', -21],
    ['in the future', 1],
  ])('refuses a revocation dated %s as BAD_USER_INPUT on revokedOn, and the consent stays in force', async (_case, offset) => {
    const consent = await recordConsent(client.id, { signedOn: daysFromToday(-20), effectiveOn: daysFromToday(-20) });
    const before = await snapshot();
    const res = await gql(REVOKE_CONSENT, { consentId: consent.id, expectedVersion: 1, revokedOn: daysFromToday(offset) });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemFields(res)).toEqual(['revokedOn']);
    expect(await snapshot()).toEqual(before);
    const [listed] = dataOf(await gql<{ client: { consents: Consent[] } }>(CONSENTS, { id: client.id })).client.consents.filter(
      (c) => c.id === consent.id,
    );
    expect(listed).toMatchObject({ status: 'ACTIVE', revokedOn: null, version: 1 });
  });

  it('answers NOT_FOUND to unknown member and consent ids, changing nothing', async () => {
    const before = await snapshot();
    const results = [
      await gql(UPDATE_MEMBER, { input: { memberId: UNKNOWN_ID, expectedVersion: 1, name: 'Nobody' } }),
      await gql(REMOVE_MEMBER, { memberId: UNKNOWN_ID, expectedVersion: 1 }),
      await gql(REVOKE_CONSENT, { consentId: UNKNOWN_ID, expectedVersion: 1 }),
    ];
    expect(results.map(codeOf)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(await snapshot()).toEqual(before);
  });

  it("answers NOT_FOUND for another caseload's client on every write, changing nothing", async () => {
    const theirMember = await addMember(otherClient.id, 'Jordan Ames', tokens.otherCounselor);
    const theirConsent = await recordConsent(otherClient.id, {}, tokens.otherCounselor);
    const before = await snapshot();

    const results = [
      await gql(ADD_MEMBER, { input: { clientId: otherClient.id, name: 'Intruder', relationship: 'FRIEND', stance: 'RISK' } }),
      await gql(UPDATE_MEMBER, { input: { memberId: theirMember.id, expectedVersion: theirMember.version, stance: 'RISK' } }),
      await gql(REMOVE_MEMBER, { memberId: theirMember.id, expectedVersion: theirMember.version }),
      await gql(RECORD_CONSENT, {
        input: {
          clientId: otherClient.id,
          recipientKind: 'PEER_SUPPORT_TEAM',
          scopes: ['CHECK_INS'],
          purpose: 'Peer recovery support',
          signedOn: daysFromToday(0),
          effectiveOn: daysFromToday(0),
        },
      }),
      await gql(REVOKE_CONSENT, { consentId: theirConsent.id, expectedVersion: theirConsent.version }),
      await gql(LOG_EVENT, { input: { clientId: otherClient.id, type: 'VISIT', occurredOn: daysFromToday(0), attendeeIds: [theirMember.id] } }),
    ];
    expect(results.map(codeOf)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses attendees who are not in this client's network (another client's, removed or unknown) and writes no event", async () => {
    const own = await addMember(client.id, 'Rae Okafor');
    const gone = await addMember(client.id, 'Lee Park');
    dataOf(await gql(REMOVE_MEMBER, { memberId: gone.id, expectedVersion: gone.version }));
    const theirs = await addMember(otherClient.id, 'Sol Burke', tokens.otherCounselor);
    const before = await snapshot();

    for (const stranger of [theirs.id, gone.id, UNKNOWN_ID]) {
      const res = await gql(LOG_EVENT, {
        input: { clientId: client.id, type: 'FAMILY_THERAPY_SESSION', occurredOn: daysFromToday(-1), attendeeIds: [own.id, stranger] },
      });
      expect({ stranger, code: codeOf(res), fields: problemFields(res) }).toEqual({ stranger, code: 'BAD_USER_INPUT', fields: ['attendeeIds'] });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to recognise a member removed from the network for an edit, with CONFLICT, changing nothing', async () => {
    const member = await addMember(client.id, 'Ari Novak');
    dataOf(await gql(REMOVE_MEMBER, { memberId: member.id, expectedVersion: member.version }));
    const before = await snapshot();
    const res = await gql(UPDATE_MEMBER, { input: { memberId: member.id, expectedVersion: member.version + 1, name: 'Ari N.' } });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it('gives a consent written without the new dates (older seed and test code) its signing and revocation dates, as the backfill did', async () => {
    const staff = await t.dataSource.query(`SELECT "id" FROM "staff_user" LIMIT 1`);
    const saved = await consents().save({
      organizationId: client.organizationId,
      clientId: client.id,
      recipientKind: 'PEER_SUPPORT_TEAM' as ConsentEntity['recipientKind'],
      recipientMemberId: null,
      recipientOrganization: null,
      scopes: ['CHECK_INS'] as ConsentEntity['scopes'],
      purpose: 'Peer recovery support',
      effectiveOn: daysFromToday(-12),
      expiresOn: null,
      revokedAt: new Date(2026, 0, 15, 12),
      recordedById: staff[0].id,
    });
    expect(await consents().findOneByOrFail({ id: saved.id })).toMatchObject({
      signedOn: '2026-01-15' < daysFromToday(-12) ? '2026-01-15' : daysFromToday(-12),
      revokedOn: '2026-01-15',
    });
  });
});
