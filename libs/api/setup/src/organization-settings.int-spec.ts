import { AuditAction, AuditEntityType, AuditOutcome, StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const SETTINGS = '{ organizationSettings { id name timeZone } }';
const UPDATE = `mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { id name timeZone } }`;

interface Settings {
  id: string;
  name: string;
  timeZone: string;
}

describe('organization settings', () => {
  let t: TestApp;
  let orgA: OrganizationEntity;
  let orgB: OrganizationEntity;
  const tokens: Record<'adminA' | 'adminB' | 'supervisorA' | 'counselorA' | 'peerA', string> = {} as never;

  const stored = (id: string) => t.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id });

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    const a = await f.team();
    orgA = a.organization;
    orgB = (await f.organization('Other Org B')).organization;
    tokens.adminA = await loginAs(gql, (await f.staff(orgA.id, StaffRole.ADMIN)).email);
    tokens.adminB = await loginAs(gql, (await f.staff(orgB.id, StaffRole.ADMIN)).email);
    tokens.supervisorA = await loginAs(gql, a.supervisor.email);
    tokens.counselorA = await loginAs(gql, a.counselor.email);
    tokens.peerA = await loginAs(gql, a.peer.email);
  });
  afterAll(() => t.close());

  it("shows an administrator their own organization's name and time zone (UTC until changed)", async () => {
    const res = await t.gql<{ organizationSettings: Settings }>(SETTINGS, {}, tokens.adminA);
    expect(res.errors).toBeUndefined();
    expect(res.data?.organizationSettings).toEqual({ id: orgA.id, name: orgA.name, timeZone: 'UTC' });
  });

  it('saves a new name and time zone, audits which fields changed, and `me` follows', async () => {
    const res = await t.gql<{ updateOrganizationSettings: Settings }>(
      UPDATE,
      { input: { name: '  Harbor Light North  ', timeZone: 'America/Los_Angeles' } },
      tokens.adminA,
      'org-settings-update',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateOrganizationSettings).toEqual({ id: orgA.id, name: 'Harbor Light North', timeZone: 'America/Los_Angeles' });
    expect(await stored(orgA.id)).toMatchObject({ name: 'Harbor Light North', timeZone: 'America/Los_Angeles' });

    const rows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId: 'org-settings-update' } });
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.outcome, r.organizationId, r.fields])).toEqual([
      [AuditAction.UPDATE, AuditEntityType.ORGANIZATION, orgA.id, AuditOutcome.ALLOWED, orgA.id, ['name', 'timeZone']],
    ]);

    const me = await t.gql<{ me: { organizationName: string; organizationTimeZone: string } }>('{ me { organizationName organizationTimeZone } }', {}, tokens.counselorA);
    expect(me.data?.me).toEqual({ organizationName: 'Harbor Light North', organizationTimeZone: 'America/Los_Angeles' });

    const zoneOnly = await t.gql(UPDATE, { input: { name: 'Harbor Light North', timeZone: 'UTC' } }, tokens.adminA, 'org-settings-zone-only');
    expect(zoneOnly.errors).toBeUndefined();
    const zoneRows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId: 'org-settings-zone-only' } });
    expect(zoneRows.map((r) => r.fields)).toEqual([['timeZone']]);
  });

  it('refuses an unknown time zone or an empty name on its field, changing nothing', async () => {
    const before = await stored(orgA.id);
    const zone = await t.gql(UPDATE, { input: { name: 'Renamed', timeZone: 'Atlantis/Capital' } }, tokens.adminA);
    expect(codeOf(zone)).toBe('BAD_USER_INPUT');
    expect(zone.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'timeZone', problem: expect.stringContaining('IANA time zone') }]);
    const name = await t.gql(UPDATE, { input: { name: '   ', timeZone: 'Europe/Berlin' } }, tokens.adminA);
    expect(codeOf(name)).toBe('BAD_USER_INPUT');
    expect((name.errors?.[0]?.extensions?.['problems'] as Array<{ field: string }>).map((p) => p.field)).toEqual(['name']);
    const after = await stored(orgA.id);
    expect({ name: after.name, timeZone: after.timeZone, updatedAt: after.updatedAt }).toEqual({
      name: before.name,
      timeZone: before.timeZone,
      updatedAt: before.updatedAt,
    });
  });

  it("keeps organizations apart: B's administrator sees and changes only B", async () => {
    const before = await stored(orgA.id);
    const read = await t.gql<{ organizationSettings: Settings }>(SETTINGS, {}, tokens.adminB);
    expect(read.data?.organizationSettings).toEqual({ id: orgB.id, name: 'Other Org B', timeZone: 'UTC' });
    const res = await t.gql<{ updateOrganizationSettings: Settings }>(UPDATE, { input: { name: 'B Renamed', timeZone: 'Asia/Tokyo' } }, tokens.adminB);
    expect(res.data?.updateOrganizationSettings.id).toBe(orgB.id);
    expect(await stored(orgB.id)).toMatchObject({ name: 'B Renamed', timeZone: 'Asia/Tokyo' });
    const after = await stored(orgA.id);
    expect({ name: after.name, timeZone: after.timeZone }).toEqual({ name: before.name, timeZone: before.timeZone });
    expect(JSON.stringify(read)).not.toContain(orgA.id);
  });

  it('is for administrators only: clinical staff are refused (FORBIDDEN) and nothing changes', async () => {
    const before = await stored(orgA.id);
    for (const token of [tokens.supervisorA, tokens.counselorA, tokens.peerA]) {
      expect(codeOf(await t.gql(SETTINGS, {}, token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { input: { name: 'Taken Over', timeZone: 'Europe/Paris' } }, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(SETTINGS))).toBe('UNAUTHENTICATED');
    const after = await stored(orgA.id);
    expect({ name: after.name, timeZone: after.timeZone }).toEqual({ name: before.name, timeZone: before.timeZone });
  });
});
