import { StaffRole } from '@carecircle/shared/domain';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const CANDIDATES = `query { careTeamCandidates { id displayName role } }`;

interface Candidate {
  id: string;
  displayName: string;
  role: string;
}

describe('careTeamCandidates: who the admission form offers as counselor and peer worker', () => {
  let t: TestApp;
  let supervisor: StaffUserEntity;
  let counselor: StaffUserEntity;
  let teamPeer: StaffUserEntity;
  let otherTeamCounselor: StaffUserEntity;
  let otherTeamPeer: StaffUserEntity;
  let inactiveCounselor: StaffUserEntity;
  let inactivePeer: StaffUserEntity;
  let otherOrgPeer: StaffUserEntity;
  let tokens: Record<'counselor' | 'supervisor' | 'peer' | 'admin', string>;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    ({ supervisor, counselor, peer: teamPeer } = await f.team());
    const orgId = supervisor.organizationId;
    const otherSupervisor = await f.staff(orgId, StaffRole.SUPERVISOR);
    otherTeamCounselor = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: otherSupervisor.id });
    otherTeamPeer = await f.staff(orgId, StaffRole.PEER_SUPPORT, { supervisorId: otherSupervisor.id });
    inactiveCounselor = await f.staff(orgId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, active: false });
    inactivePeer = await f.staff(orgId, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id, active: false });
    const otherOrg = await f.team();
    otherOrgPeer = otherOrg.peer;
    const admin = await f.staff(orgId, StaffRole.ADMIN);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      counselor: await loginAs(gql, counselor.email),
      supervisor: await loginAs(gql, supervisor.email),
      peer: await loginAs(gql, teamPeer.email),
      admin: await loginAs(gql, admin.email),
    };
  });
  afterAll(() => t.close());

  const candidates = async (token: string): Promise<Candidate[]> => {
    const res = await t.gql<{ careTeamCandidates: Candidate[] }>(CANDIDATES, {}, token);
    expect(res.errors).toBeUndefined();
    return res.data?.careTeamCandidates ?? [];
  };

  it("offers a counselor themselves and the organization's active peer workers, with their roles", async () => {
    const list = await candidates(tokens.counselor);
    expect(list.map((c) => c.id).sort()).toEqual([counselor.id, teamPeer.id, otherTeamPeer.id].sort());
    expect(list.find((c) => c.id === counselor.id)).toEqual({ id: counselor.id, displayName: counselor.displayName, role: 'COUNSELOR' });
    expect(list.filter((c) => c.role === 'PEER_SUPPORT')).toHaveLength(2);
  });

  it("offers a supervisor the active counselors on their team and the organization's active peer workers, never themselves", async () => {
    const ids = (await candidates(tokens.supervisor)).map((c) => c.id);
    expect(ids.sort()).toEqual([counselor.id, teamPeer.id, otherTeamPeer.id].sort());
    expect(ids).not.toContain(supervisor.id);
    expect(ids).not.toContain(otherTeamCounselor.id);
  });

  it('leaves out inactive staff and staff of another organization', async () => {
    for (const token of [tokens.counselor, tokens.supervisor]) {
      const ids = (await candidates(token)).map((c) => c.id);
      expect(ids).not.toContain(inactiveCounselor.id);
      expect(ids).not.toContain(inactivePeer.id);
      expect(ids).not.toContain(otherOrgPeer.id);
    }
  });

  it('lists counselors before peer workers', async () => {
    const roles = (await candidates(tokens.supervisor)).map((c) => c.role);
    expect(roles).toEqual(['COUNSELOR', 'PEER_SUPPORT', 'PEER_SUPPORT']);
  });

  it('refuses peer support workers and administrators, who do not admit clients', async () => {
    for (const token of [tokens.peer, tokens.admin]) {
      const res = await t.gql(CANDIDATES, {}, token);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data?.careTeamCandidates ?? null).toBeNull();
    }
  });
});
