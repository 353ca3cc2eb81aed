import { ClientStatus, DischargeReason, calendarDayIn, FamilyEngagementType, RecoveryStance, StaffRole, SupportRelationship } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { Factory, codeOf, createTestApp, dataOf, loginAs, type TestApp } from '@carecircle/api/testing';
import { FamilyEngagementEventEntity } from './family-engagement-event.entity';
import { SupportNetworkMemberEntity } from './support-network-member.entity';

const MEASURES = 'supportiveMembers riskMembers familyEventsLast30Days peerContactsLast30Days checkInsLast30Days meetingsReportedLast30Days';
const CIRCLE_FIELDS = `${MEASURES} programMedian { medianOverClients ${MEASURES} }`;
const CIRCLE = `query($id: ID!) { client(id: $id) { id circleOfSupport { ${CIRCLE_FIELDS} } } }`;
const PAGE = `{ clients(limit: 100) { items { id circleOfSupport { ${CIRCLE_FIELDS} } } } }`;

interface Medians {
  medianOverClients: number;
  supportiveMembers: number | null;
  riskMembers: number | null;
  familyEventsLast30Days: number | null;
  peerContactsLast30Days: number | null;
  checkInsLast30Days: number | null;
  meetingsReportedLast30Days: number | null;
}
interface Circle {
  supportiveMembers: number;
  riskMembers: number;
  familyEventsLast30Days: number;
  peerContactsLast30Days: number;
  checkInsLast30Days: number;
  meetingsReportedLast30Days: number;
  programMedian: Medians;
}

/** The organization's calendar day `offset` days from today, in its time zone. */
function dayIn(timeZone: string, offset = 0): string {
  const d = new Date(`${calendarDayIn(new Date(), timeZone)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
const utcDay = (offset = 0) => dayIn('UTC', offset);

describe('circle of support on the client record', () => {
  let t: TestApp;
  let f: Factory;
  let organizationId: string;
  let programId: string;
  let counselor: StaffUserEntity;
  let otherCounselor: StaffUserEntity;
  let tokens: Record<'counselor' | 'otherCounselor' | 'supervisor' | 'peer' | 'admin', string>;
  /** The client whose counts the window tests read. */
  let client: ClientEntity;

  const login = (email: string) => loginAs((q, v) => t.gql(q, v), email);
  const circleOf = async (clientId: string, token: string): Promise<Circle> =>
    dataOf(await t.gql<{ client: { circleOfSupport: Circle } }>(CIRCLE, { id: clientId }, token)).client.circleOfSupport;

  const member = (c: ClientEntity, stance: RecoveryStance, removedAt: Date | null = null) =>
    t.dataSource.getRepository(SupportNetworkMemberEntity).save({
      organizationId: c.organizationId,
      clientId: c.id,
      name: `Member ${stance}`,
      relationship: SupportRelationship.FRIEND,
      stance,
      removedAt,
    });
  const members = async (c: ClientEntity, supportive: number) => {
    for (let i = 0; i < supportive; i++) await member(c, RecoveryStance.SUPPORTIVE);
  };
  const familyEvent = (c: ClientEntity, occurredOn: string, staffUserId = counselor.id) =>
    t.dataSource.getRepository(FamilyEngagementEventEntity).save({
      organizationId: c.organizationId,
      clientId: c.id,
      type: FamilyEngagementType.VISIT,
      occurredOn,
      staffUserId,
      note: null,
    });
  const peerContact = (c: ClientEntity, peerWorkerId: string, occurredOn: string, withdrawn = false) =>
    t.dataSource.query(
      `INSERT INTO peer_contact (organization_id, client_id, peer_worker_id, occurred_on, duration_minutes, mode, support_types, withdrawn_at)
       VALUES ($1, $2, $3, $4, 30, 'PHONE', '{EMOTIONAL}', $5)`,
      [c.organizationId, c.id, peerWorkerId, occurredOn, withdrawn ? new Date() : null],
    );
  const checkIn = (c: ClientEntity, occurredAt: string, attendedMeeting = false) =>
    t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, used_substances, attended_meeting) VALUES ($1, $2, $3, 'APP', false, $4)`,
      [c.organizationId, c.id, occurredAt, attendedMeeting],
    );

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    organizationId = organization.id;
    programId = program.id;
    const [{ id: otherProgramId }] = await t.dataSource.query(
      `INSERT INTO program (organization_id, name, default_level_of_care) VALUES ($1, 'Residential', 'HIGH_INTENSITY_RESIDENTIAL_3_5') RETURNING id`,
      [organizationId],
    );
    const supervisor = await f.staff(organizationId, StaffRole.SUPERVISOR);
    counselor = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    otherCounselor = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const peer = await f.staff(organizationId, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    const admin = await f.staff(organizationId, StaffRole.ADMIN);
    const admissionDate = utcDay(-200);
    const admit = async (by: StaffUserEntity, overrides: Partial<ClientEntity> = {}) => {
      const c = await f.client(organizationId, programId, { admissionDate, ...overrides });
      await f.assign(c, by, CareTeamRole.COUNSELOR);
      return c;
    };

    // The counselor's open clients in the program: supportive members 2 (the client), 0, 1, 3, 1 → median 1.
    client = await admit(counselor);
    await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    for (const n of [0, 1, 3, 1]) await members(await admit(counselor), n);
    // Left out of every median: a client the counselor discharged (still on their record) and one in another program.
    await members(
      await admit(counselor, { status: ClientStatus.DISCHARGED, dischargeDate: utcDay(-10), dischargeReason: DischargeReason.TREATMENT_COMPLETED }),
      10,
    );
    await members(await admit(counselor, { programId: otherProgramId }), 10);
    // The other counselor's three open clients in the program, each with 5 supportive members and one family event.
    for (let i = 0; i < 3; i++) {
      const c = await admit(otherCounselor);
      await members(c, 5);
      await familyEvent(c, utcDay(-3));
    }

    // The client: 2 current supportive members (one more removed), 1 current risk (one more removed), 1 neutral.
    await members(client, 2);
    await member(client, RecoveryStance.SUPPORTIVE, new Date(Date.now() - 86_400_000));
    await member(client, RecoveryStance.RISK);
    await member(client, RecoveryStance.RISK, new Date(Date.now() - 86_400_000));
    await member(client, RecoveryStance.NEUTRAL);
    // Family events: 29 days ago and today count; 30 days ago does not.
    await familyEvent(client, utcDay(-29));
    await familyEvent(client, utcDay(0));
    await familyEvent(client, utcDay(-30));
    // Peer contacts: 29 and 5 days ago count; 30 days ago and a withdrawn one do not.
    await peerContact(client, peer.id, utcDay(-29));
    await peerContact(client, peer.id, utcDay(-5));
    await peerContact(client, peer.id, utcDay(-30));
    await peerContact(client, peer.id, utcDay(-1), true);
    // Check-ins (the organization's day is UTC here): from the first instant of the day 29 days ago; the
    // last second of the day 30 days ago is out. Two of the three in the window report a meeting.
    await checkIn(client, `${utcDay(-29)}T00:00:00Z`, true);
    await checkIn(client, `${utcDay(-10)}T12:00:00Z`, true);
    await checkIn(client, `${utcDay(0)}T00:00:01Z`);
    await checkIn(client, `${utcDay(-30)}T23:59:59Z`, true);

    tokens = {
      counselor: await login(counselor.email),
      otherCounselor: await login(otherCounselor.email),
      supervisor: await login(supervisor.email),
      peer: await login(peer.email),
      admin: await login(admin.email),
    };
  });
  afterAll(() => t.close());

  it('counts current members by stance and the last 30 days (today and the 29 days before), without removed members or withdrawn contacts', async () => {
    const circle = await circleOf(client.id, tokens.counselor);
    expect(circle).toMatchObject({
      supportiveMembers: 2,
      riskMembers: 1,
      familyEventsLast30Days: 2,
      peerContactsLast30Days: 2,
      checkInsLast30Days: 3,
      meetingsReportedLast30Days: 2,
    });
  });

  it("takes a counselor's program median over their own open clients in the program only", async () => {
    const circle = await circleOf(client.id, tokens.counselor);
    // Five open clients: supportive 0, 1, 1, 2, 3; the discharged client and the other program's are out.
    expect(circle.programMedian).toEqual({
      medianOverClients: 5,
      supportiveMembers: 1,
      riskMembers: 0,
      familyEventsLast30Days: 0,
      peerContactsLast30Days: 0,
      checkInsLast30Days: 0,
      meetingsReportedLast30Days: 0,
    });
  });

  it("takes a supervisor's program median over the whole team's open clients in the program", async () => {
    const circle = await circleOf(client.id, tokens.supervisor);
    // Eight open clients: supportive 0, 1, 1, 2, 3, 5, 5, 5 → 2.5; family events 2, 0, 0, 0, 0, 1, 1, 1 → 0.5.
    expect(circle.programMedian).toEqual({
      medianOverClients: 8,
      supportiveMembers: 2.5,
      riskMembers: 0,
      familyEventsLast30Days: 0.5,
      peerContactsLast30Days: 0,
      checkInsLast30Days: 0,
      meetingsReportedLast30Days: 0,
    });
    // The client's own figures do not depend on who asks.
    expect(circle.supportiveMembers).toBe(2);
  });

  it('gives no median over fewer than five clients, only how many there were', async () => {
    const { clients } = dataOf(await t.gql<{ clients: { items: Array<{ id: string; circleOfSupport: Circle }> } }>(PAGE, {}, tokens.otherCounselor));
    expect(clients.items).toHaveLength(3);
    for (const item of clients.items) {
      expect(item.circleOfSupport.supportiveMembers).toBe(5);
      expect(item.circleOfSupport.programMedian).toEqual({
        medianOverClients: 3,
        supportiveMembers: null,
        riskMembers: null,
        familyEventsLast30Days: null,
        peerContactsLast30Days: null,
        checkInsLast30Days: null,
        meetingsReportedLast30Days: null,
      });
    }
  });

  it('answers a page of clients in one statement for the field, audited as client reads and one metrics read', async () => {
    t.queries.reset();
    const requestId = 'req-circle-of-support-page';
    const res = await t.gql<{ clients: { items: Array<{ id: string; circleOfSupport: Circle }> } }>(PAGE, {}, tokens.supervisor, requestId);
    const items = dataOf(res).clients.items;
    // The supervisor's team: the counselor's 7 clients (the discharged one included) and the other counselor's 3.
    expect(items.length).toBeGreaterThanOrEqual(9);
    expect(t.queries.statements.filter((q) => q.includes('percentile_cont'))).toHaveLength(1);
    const mine = items.find((c) => c.id === client.id);
    expect(mine?.circleOfSupport).toEqual(await circleOf(client.id, tokens.supervisor));
    const rows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId } });
    expect(rows.filter((r) => r.action === 'READ_METRICS').map((r) => r.entityId)).toEqual(['circleOfSupport']);
    const clientReads = rows.filter((r) => r.action === 'READ' && r.entityType === 'Client').map((r) => r.entityId);
    expect(clientReads.sort()).toEqual(items.map((c) => c.id).sort());
  });

  it('is refused to a peer support worker and an administrator, and the client is out of reach of another counselor', async () => {
    const peer = await t.gql<{ client: { circleOfSupport: Circle | null } }>(CIRCLE, { id: client.id }, tokens.peer);
    expect(codeOf(peer)).toBe('FORBIDDEN');
    expect(peer.errors?.[0]?.path).toEqual(['client', 'circleOfSupport']);
    expect(peer.data?.client.circleOfSupport).toBeNull();
    expect(codeOf(await t.gql(CIRCLE, { id: client.id }, tokens.admin))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CIRCLE, { id: client.id }, tokens.otherCounselor))).toBe('NOT_FOUND');
  });

  it("counts check-ins between the organization's midnights in its own time zone", async () => {
    const zone = 'Asia/Kolkata'; // UTC+05:30 all year, so its midnights are fixed UTC instants.
    const { organization, program } = await f.organization();
    await t.dataSource.query(`UPDATE organization SET time_zone = $1 WHERE id = $2`, [zone, organization.id]);
    const staff = await f.staff(organization.id, StaffRole.COUNSELOR);
    const c = await f.client(organization.id, program.id, { admissionDate: dayIn(zone, -100) });
    await f.assign(c, staff, CareTeamRole.COUNSELOR);
    // Local midnight starting the day 29 days ago is 18:30 UTC the day before: in. One second earlier: out.
    const localMidnightUtc = (offset: number) => {
      const d = new Date(`${dayIn(zone, offset)}T00:00:00Z`);
      return new Date(d.getTime() - 5.5 * 3_600_000);
    };
    await checkIn(c, localMidnightUtc(-29).toISOString(), true);
    await checkIn(c, new Date(localMidnightUtc(-29).getTime() - 1000).toISOString(), true);
    await familyEvent(c, dayIn(zone, -29), staff.id);
    await familyEvent(c, dayIn(zone, -30), staff.id);
    const circle = await circleOf(c.id, await login(staff.email));
    expect(circle).toMatchObject({ checkInsLast30Days: 1, meetingsReportedLast30Days: 1, familyEventsLast30Days: 1 });
    expect(circle.programMedian.medianOverClients).toBe(1);
  });
});
