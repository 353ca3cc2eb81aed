import { AuditAction, AuditEntityType, AuditOutcome, StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import { StaffUserEntity } from '@carecircle/api/auth';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { codeOf, createTestApp, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import { ANONYMOUS_SETUP_ACTOR_ID } from './setup.service';

const STATUS = '{ setupStatus { needsSetup } }';
const SET_UP = `mutation($input: SetUpOrganizationInput!) {
  setUpOrganization(input: $input) { token expiresAt me { id email displayName role organizationId organizationName organizationTimeZone } }
}`;
const PASSWORD = 'a long synthetic passphrase 42';

interface SetUpData {
  setUpOrganization: {
    token: string;
    me: { id: string; email: string; displayName: string; role: string; organizationId: string; organizationName: string; organizationTimeZone: string };
  };
}

const setup = (overrides: Record<string, unknown> = {}) => ({
  input: {
    organizationName: 'Harbor Light Recovery',
    timeZone: 'America/Chicago',
    adminName: 'Robin Admin',
    adminEmail: 'Robin.Admin@harbor.example',
    password: PASSWORD,
    ...overrides,
  },
});

const problemsOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.['problems'] as Array<{ field: string; problem: string }> | undefined;

describe('first-run setup', () => {
  let t: TestApp;
  const counts = async () => ({
    organizations: await t.dataSource.getRepository(OrganizationEntity).count(),
    staff: await t.dataSource.getRepository(StaffUserEntity).count(),
  });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('starts on an empty database: no organization, and the setup page is open to anyone', async () => {
    expect(await counts()).toEqual({ organizations: 0, staff: 0 });
    const res = await t.gql<{ setupStatus: { needsSetup: boolean } }>(STATUS);
    expect(res.errors).toBeUndefined();
    expect(res.data?.setupStatus.needsSetup).toBe(true);
  });

  it('refuses a weak password, naming the field, with reason WEAK_PASSWORD, and creates nothing', async () => {
    for (const password of ['short', 'password1234', 'robin.admin@harbor.example']) {
      const res = await t.gql(SET_UP, setup({ password }));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['reason']).toBe('WEAK_PASSWORD');
      expect(problemsOf(res)?.map((p) => p.field)).toEqual(['password']);
    }
    expect(await counts()).toEqual({ organizations: 0, staff: 0 });
  });

  it('refuses an unknown time zone and a malformed email on their fields, and creates nothing', async () => {
    const zone = await t.gql(SET_UP, setup({ timeZone: 'Mars/Olympus_Mons' }));
    expect(codeOf(zone)).toBe('BAD_USER_INPUT');
    expect(problemsOf(zone)).toEqual([{ field: 'timeZone', problem: expect.stringContaining('IANA time zone') }]);
    expect(zone.errors?.[0]?.extensions?.['reason']).toBeUndefined();

    const email = await t.gql(SET_UP, setup({ adminEmail: 'robin-at-harbor' }));
    expect(codeOf(email)).toBe('BAD_USER_INPUT');
    expect(problemsOf(email)?.map((p) => p.field)).toEqual(['adminEmail']);

    const blank = await t.gql(SET_UP, setup({ organizationName: '   ', adminName: '' }));
    expect(problemsOf(blank)?.map((p) => p.field).sort()).toEqual(['adminName', 'organizationName']);

    expect(await counts()).toEqual({ organizations: 0, staff: 0 });
    expect((await t.gql<{ setupStatus: { needsSetup: boolean } }>(STATUS)).data?.setupStatus.needsSetup).toBe(true);
  });

  let organizationId: string;
  let adminId: string;

  it('creates the organization and its first administrator, and signs them in', async () => {
    const res = await t.gql<SetUpData>(SET_UP, setup(), undefined, 'first-run-setup-ok');
    expect(res.errors).toBeUndefined();
    const session = res.data!.setUpOrganization;
    expect(session.me).toMatchObject({
      email: 'robin.admin@harbor.example',
      displayName: 'Robin Admin',
      role: 'ADMIN',
      organizationName: 'Harbor Light Recovery',
      organizationTimeZone: 'America/Chicago',
    });
    organizationId = session.me.organizationId;
    adminId = session.me.id;

    const me = await t.gql<{ me: { id: string; role: string } }>('{ me { id role } }', {}, session.token);
    expect(me.data?.me).toEqual({ id: adminId, role: 'ADMIN' });

    const admin = await t.dataSource.getRepository(StaffUserEntity).findOneByOrFail({ id: adminId });
    expect(admin).toMatchObject({ organizationId, role: StaffRole.ADMIN, active: true, supervisorId: null });
    expect(admin.passwordHash).not.toContain(PASSWORD);
    expect(admin.lastSignedInAt).not.toBeNull();
    const organization = await t.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
    expect(organization).toMatchObject({ name: 'Harbor Light Recovery', timeZone: 'America/Chicago' });

    // The new password works at the sign-in page too.
    const login = await t.gql<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { email: 'robin.admin@harbor.example', password: PASSWORD },
    });
    expect(login.errors).toBeUndefined();
  });

  it('audits the setup with the new administrator as the actor', async () => {
    const rows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId: 'first-run-setup-ok' }, order: { id: 'ASC' } });
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.outcome, r.actorId, r.actorRole, r.organizationId])).toEqual(
      expect.arrayContaining([
        [AuditAction.CREATE, AuditEntityType.ORGANIZATION, organizationId, AuditOutcome.ALLOWED, adminId, StaffRole.ADMIN, organizationId],
        [AuditAction.CREATE, AuditEntityType.STAFF_USER, adminId, AuditOutcome.ALLOWED, adminId, StaffRole.ADMIN, organizationId],
      ]),
    );
    expect(rows.find((r) => r.entityType === AuditEntityType.STAFF_USER && r.action === AuditAction.CREATE)?.fields).toContain('password');
  });

  it('closes the setup page for good: a second attempt is refused, audited as DENIED, and creates nothing', async () => {
    expect((await t.gql<{ setupStatus: { needsSetup: boolean } }>(STATUS)).data?.setupStatus.needsSetup).toBe(false);
    const before = await counts();
    const res = await t.gql(
      SET_UP,
      setup({ organizationName: 'Second Org', adminEmail: 'intruder@elsewhere.example', timeZone: 'UTC' }),
      undefined,
      'first-run-setup-again',
    );
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions?.['reason']).toBe('ALREADY_SET_UP');
    expect(res.errors?.[0]?.message).toBe('CareCircle is already set up; sign in instead.');
    expect(res.data).toBeNull();
    expect(await counts()).toEqual(before);
    expect(await t.dataSource.getRepository(StaffUserEntity).countBy({ email: 'intruder@elsewhere.example' })).toBe(0);

    const rows = await t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId: 'first-run-setup-again' } });
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.outcome, r.actorId, r.actorRole, r.organizationId])).toEqual([
      [AuditAction.CREATE, AuditEntityType.ORGANIZATION, organizationId, AuditOutcome.DENIED, ANONYMOUS_SETUP_ACTOR_ID, StaffRole.ADMIN, organizationId],
    ]);
  });

  it('refuses a second setup even when the attempt is also malformed in other ways (the refusal comes first)', async () => {
    const res = await t.gql(SET_UP, setup({ password: 'short', timeZone: 'Nowhere/Land' }));
    expect(res.errors?.[0]?.extensions?.['reason']).toBe('ALREADY_SET_UP');
    expect(await t.dataSource.getRepository(OrganizationEntity).count()).toBe(1);
  });
});

describe('first-run setup, two browsers at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets exactly one of two simultaneous setups create an organization', async () => {
    expect(await t.dataSource.getRepository(OrganizationEntity).count()).toBe(0);
    const results = await Promise.all(
      ['first', 'second', 'third'].map((name) =>
        t.gql<SetUpData>(SET_UP, setup({ organizationName: `Race ${name}`, adminEmail: `${name}@race.example` })),
      ),
    );
    const succeeded = results.filter((res) => !res.errors);
    const refused = results.filter((res) => res.errors?.[0]?.extensions?.['reason'] === 'ALREADY_SET_UP');
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(2);
    expect(await t.dataSource.getRepository(OrganizationEntity).count()).toBe(1);
    expect(await t.dataSource.getRepository(StaffUserEntity).count()).toBe(1);
  });
});
