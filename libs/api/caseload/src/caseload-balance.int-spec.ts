import { ClientStatus, DischargeReason, LevelOfCare, StaffRole, toIsoDate, type IsoDate } from '@carecircle/shared/domain';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import type { ProgramEntity } from '@carecircle/api/organizations';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const BALANCE = `{ caseloadBalance {
  rows { staff { id displayName role active } role clients urgent warning overloaded byLevelOfCare { levelOfCare clients } }
  needsReassignment { clientId firstName lastName role staff { id displayName active } }
} }`;

interface BalanceRow {
  staff: { id: string; displayName: string; role: string; active: boolean };
  role: string;
  clients: number;
  urgent: number;
  warning: number;
  overloaded: boolean;
  byLevelOfCare: Array<{ levelOfCare: string; clients: number }>;
}
interface Balance {
  rows: BalanceRow[];
  needsReassignment: Array<{ clientId: string; firstName: string; lastName: string; role: string; staff: { id: string; displayName: string; active: boolean } }>;
}

const today = (): IsoDate => toIsoDate(new Date());

describe('caseloadBalance: who on the team holds how many clients, by acuity', () => {
  let t: TestApp;
  let f: Factory;
  let program: ProgramEntity;
  let supervisor: StaffUserEntity;
  let calm: StaffUserEntity;
  let busy: StaffUserEntity;
  let quiet: StaffUserEntity;
  let gone: StaffUserEntity;
  let peer: StaffUserEntity;
  let gonePeer: StaffUserEntity;
  let otherTeamCounselor: StaffUserEntity;
  let goneClient: ClientEntity;
  let calmWarning: ClientEntity;
  let orgBGoneClient: ClientEntity;
  let tokens: Record<'supervisor' | 'supervisorB' | 'counselor' | 'peer' | 'admin', string>;

  const clientOf = async (holder: StaffUserEntity, overrides: Partial<ClientEntity> = {}, programId = program.id): Promise<ClientEntity> => {
    const client = await f.client(holder.organizationId, programId, overrides);
    await f.assign(client, holder, CareTeamRole.COUNSELOR);
    return client;
  };
  const checkedInToday = (client: ClientEntity) =>
    t.dataSource.query(
      `INSERT INTO check_in (organization_id, client_id, occurred_at, channel, craving, mood, used_substances) VALUES ($1, $2, now(), 'PHONE', 1, 4, false)`,
      [client.organizationId, client.id],
    );
  const selfHarmAnswered = (client: ClientEntity, by: StaffUserEntity) =>
    t.dataSource.query(
      `INSERT INTO measure_administration (organization_id, client_id, instrument, instrument_version, administered_on, answers, total, band, administered_by_id)
       VALUES ($1, $2, 'PHQ_9', 'PHQ-9', $3, '{1,1,1,0,0,0,0,0,1}', 4, 'MINIMAL', $4)`,
      [client.organizationId, client.id, today(), by.id],
    );

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const team = await f.team();
    ({ program, supervisor, peer } = team);
    const orgId = team.organization.id;
    await t.dataSource.query(`UPDATE staff_user SET display_name = 'Pat Peer' WHERE id = $1`, [peer.id]);
    calm = team.counselor;
    await t.dataSource.query(`UPDATE staff_user SET display_name = 'Alex Calm' WHERE id = $1`, [calm.id]);
    busy = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: 'Beth Busy' });
    quiet = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: 'Cory Quiet' });
    gone = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: 'Dee Gone', active: false });
    gonePeer = await f.staff(orgId, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id, displayName: 'Eli Gone', active: false });
    await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, displayName: 'Fay Former', active: false });
    const otherSupervisor = await f.staff(orgId, StaffRole.SUPERVISOR);
    otherTeamCounselor = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: otherSupervisor.id, displayName: 'Other Team' });
    await clientOf(otherTeamCounselor);

    // Alex: one client who checked in today (no warning), one who has not since admission (warning), one discharged.
    const calmFine = await clientOf(calm, { lastName: 'Fine' });
    await checkedInToday(calmFine);
    calmWarning = await clientOf(calm, { lastName: 'Warned' });
    await clientOf(calm, { status: ClientStatus.DISCHARGED, dischargeDate: today(), dischargeReason: DischargeReason.TREATMENT_COMPLETED });
    await f.assign(calmFine, peer, CareTeamRole.PEER_SUPPORT);
    await f.assign(calmWarning, gonePeer, CareTeamRole.PEER_SUPPORT);

    // Beth: seven clients, two residential, one with an urgent self-harm answer (and no check-in: urgent, not warning).
    const busyClients: ClientEntity[] = [];
    for (let i = 0; i < 7; i++) {
      busyClients.push(await clientOf(busy, i < 2 ? { levelOfCare: LevelOfCare.HIGH_INTENSITY_RESIDENTIAL_3_5 } : {}));
    }
    await selfHarmAnswered(busyClients[6]!, busy);
    await f.assign(busyClients[0]!, peer, CareTeamRole.PEER_SUPPORT);

    goneClient = await clientOf(gone, { firstName: 'Gale', lastName: 'Orphaned' });
    await checkedInToday(goneClient);
    await clientOf(supervisor);

    const orgB = await f.team();
    const goneB = await f.staff(orgB.organization.id, StaffRole.COUNSELOR, { supervisorId: orgB.supervisor.id, active: false });
    orgBGoneClient = await clientOf(goneB, {}, orgB.program.id);
    await clientOf(orgB.counselor, {}, orgB.program.id);

    const admin = await f.staff(orgId, StaffRole.ADMIN);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      supervisor: await loginAs(gql, supervisor.email),
      supervisorB: await loginAs(gql, orgB.supervisor.email),
      counselor: await loginAs(gql, calm.email),
      peer: await loginAs(gql, peer.email),
      admin: await loginAs(gql, admin.email),
    };
  });
  afterAll(() => t.close());

  const balance = async (token = tokens.supervisor): Promise<Balance> => {
    const res = await t.gql<{ caseloadBalance: Balance }>(BALANCE, {}, token);
    expect(res.errors).toBeUndefined();
    return res.data!.caseloadBalance;
  };

  it('has one row per counselor and peer worker on the team, the supervisor and deactivated people only when they hold clients', async () => {
    const rows = (await balance()).rows;
    expect(rows.map((r) => [r.staff.displayName, r.role, r.clients, r.staff.active])).toEqual([
      ['Alex Calm', 'COUNSELOR', 2, true],
      ['Beth Busy', 'COUNSELOR', 7, true],
      ['Cory Quiet', 'COUNSELOR', 0, true],
      ['Dee Gone', 'COUNSELOR', 1, false],
      [supervisor.displayName, 'COUNSELOR', 1, true],
      ['Eli Gone', 'PEER_SUPPORT', 1, false],
      ['Pat Peer', 'PEER_SUPPORT', 2, true],
    ]);
    expect(rows.map((r) => r.staff.id)).not.toContain(otherTeamCounselor.id);
  });

  it('splits each caseload by acuity: urgent, warning without urgent, and level of care', async () => {
    const rows = (await balance()).rows;
    const alex = rows.find((r) => r.staff.id === calm.id)!;
    expect([alex.urgent, alex.warning]).toEqual([0, 1]);
    const beth = rows.find((r) => r.staff.id === busy.id)!;
    expect([beth.urgent, beth.warning]).toEqual([1, 6]);
    expect(beth.byLevelOfCare).toEqual([
      { levelOfCare: 'INTENSIVE_OUTPATIENT_2_1', clients: 5 },
      { levelOfCare: 'HIGH_INTENSITY_RESIDENTIAL_3_5', clients: 2 },
    ]);
    expect(rows.find((r) => r.staff.id === gone.id)).toMatchObject({ urgent: 0, warning: 0 });
  });

  it('marks the caseload well above the others in the same part as overloaded', async () => {
    const rows = (await balance()).rows;
    expect(rows.filter((r) => r.overloaded).map((r) => r.staff.id)).toEqual([busy.id]);
  });

  it('lists the clients whose counselor or peer worker is deactivated', async () => {
    const { needsReassignment } = await balance();
    expect(needsReassignment.map((n) => [n.clientId, n.role, n.staff.id, n.staff.active])).toEqual([
      [goneClient.id, 'COUNSELOR', gone.id, false],
      [calmWarning.id, 'PEER_SUPPORT', gonePeer.id, false],
    ]);
    expect(needsReassignment[0]).toMatchObject({ firstName: 'Gale', lastName: 'Orphaned', staff: { displayName: 'Dee Gone' } });
  });

  it("never shows another organization's people or clients", async () => {
    const mine = await balance();
    expect(mine.needsReassignment.map((n) => n.clientId)).not.toContain(orgBGoneClient.id);
    const theirs = await balance(tokens.supervisorB);
    const ids = [...theirs.rows.map((r) => r.staff.id), ...theirs.needsReassignment.map((n) => n.staff.id)];
    for (const a of [calm, busy, quiet, gone, peer, gonePeer, supervisor]) expect(ids).not.toContain(a.id);
    expect(theirs.needsReassignment.map((n) => n.clientId)).toEqual([orgBGoneClient.id]);
    expect(theirs.rows.map((r) => r.clients)).toEqual([1, 1, 0]);
  });

  it('costs the same number of statements whatever the caseload size', async () => {
    const count = async () => {
      // New clients' stored risk rows start stale: the first read after adding them refreshes them
      // once (a cost of the write, not of the caseload's size), so count a read that finds them current.
      await balance();
      t.queries.reset();
      await balance();
      return t.queries.total;
    };
    const before = await count();
    for (let i = 0; i < 3; i++) await clientOf(quiet);
    expect(await count()).toBe(before);
    expect(before).toBeGreaterThan(2);
    expect(before).toBeLessThanOrEqual(14);
  });

  it('is for supervisors only: counselors, peer workers and administrators are FORBIDDEN', async () => {
    for (const token of [tokens.counselor, tokens.peer, tokens.admin]) {
      const res = await t.gql(BALANCE, {}, token);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data?.caseloadBalance ?? null).toBeNull();
    }
  });
});
