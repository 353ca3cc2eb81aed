import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CarePlanStatus, ClientStatus, DiagnosisStatus, LevelOfCare, StaffRole, type CarePlanContent, type IsoDate } from '@carecircle/shared/domain';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';
import {
  StaffTwoFactorEntity,
  StaffUserEntity,
  currentTwoFactorCode,
  encryptTwoFactorSecret,
  hashPassword,
  newTwoFactorSecret,
  twoFactorKey,
} from '@carecircle/api/auth';
import { DEMO_LOGINS, DEMO_TWO_FACTOR_SECRET } from '@carecircle/api/demo-data';
import { DEV_TOKEN_SECRET } from '@carecircle/api/platform';
import { ClientEntity } from '@carecircle/api/clients';
import { CareTeamAssignmentEntity, CareTeamRole } from '@carecircle/api/care-team';
import { DiagnosisEntity } from '@carecircle/api/diagnoses';
import { CarePlanEntity } from '@carecircle/api/care-plans';

export const TEST_PASSWORD = 'correct horse battery staple';
// Cost 4 keeps tests fast; verification reads the cost from the hash itself.
const testHash = hashPassword(TEST_PASSWORD, 4);

let sequence = 0;
const next = () => ++sequence;

/** Builds synthetic records straight into the database; each call makes new, unrelated rows. */
export class Factory {
  constructor(private readonly dataSource: DataSource) {}

  async organization(name = `Test Org ${next()}`): Promise<{ organization: OrganizationEntity; program: ProgramEntity }> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).save({ name });
    const program = await this.dataSource.getRepository(ProgramEntity).save({
      organizationId: organization.id,
      name: 'Intensive Outpatient',
      defaultLevelOfCare: LevelOfCare.INTENSIVE_OUTPATIENT_2_1,
    });
    return { organization, program };
  }

  /** An organization with one program and a supervisor's team of a counselor and a peer worker. */
  async team(): Promise<{
    organization: OrganizationEntity;
    program: ProgramEntity;
    supervisor: StaffUserEntity;
    counselor: StaffUserEntity;
    peer: StaffUserEntity;
  }> {
    const { organization, program } = await this.organization();
    const supervisor = await this.staff(organization.id, StaffRole.SUPERVISOR);
    const counselor = await this.staff(organization.id, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    const peer = await this.staff(organization.id, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    return { organization, program, supervisor, counselor, peer };
  }

  /** A staff member working in every program their organization has so far. */
  async staff(organizationId: string, role: StaffRole, overrides: Partial<StaffUserEntity> = {}): Promise<StaffUserEntity> {
    const n = next();
    const member = await this.dataSource.getRepository(StaffUserEntity).save({
      organizationId,
      role,
      email: `${role.toLowerCase()}.${n}.${randomUUID().slice(0, 8)}@test.example`,
      displayName: `${role} ${n}`,
      supervisorId: null,
      passwordHash: await testHash,
      active: true,
      ...overrides,
    });
    // Administrators and supervisors must use two-factor sign-in: made with it on, so loginAs can sign them in.
    if (role === StaffRole.ADMIN || role === StaffRole.SUPERVISOR) {
      const secret = newTwoFactorSecret();
      await this.dataSource.getRepository(StaffTwoFactorEntity).insert({
        staffUserId: member.id,
        organizationId,
        secretCiphertext: encryptTwoFactorSecret(secret, twoFactorKey(process.env['AUTH_TOKEN_SECRET'] ?? DEV_TOKEN_SECRET)),
        enabledAt: new Date(),
      });
      rememberTwoFactorSecret(member.email, secret);
    }
    await this.dataSource.query(
      `INSERT INTO staff_program (staff_user_id, program_id, organization_id) SELECT $1, p.id, p.organization_id FROM program p WHERE p.organization_id = $2`,
      [member.id, organizationId],
    );
    return member;
  }

  async client(organizationId: string, programId: string, overrides: Partial<ClientEntity> = {}): Promise<ClientEntity> {
    const n = next();
    return this.dataSource.getRepository(ClientEntity).save({
      organizationId,
      programId,
      firstName: `Client${n}`,
      lastName: `Synthetic${n}`,
      preferredName: null,
      dateOfBirth: '1990-01-01',
      pronouns: null,
      levelOfCare: LevelOfCare.INTENSIVE_OUTPATIENT_2_1,
      status: ClientStatus.ACTIVE,
      admissionDate: '2026-09-01',
      recoveryStartDate: '2026-08-20',
      dischargeDate: null,
      dischargeReason: null,
      ...overrides,
    });
  }

  async assign(
    client: ClientEntity,
    staff: StaffUserEntity,
    role: CareTeamRole,
    startedOn: IsoDate = client.admissionDate,
    endedOn: IsoDate | null = null,
  ): Promise<CareTeamAssignmentEntity> {
    return this.dataSource.getRepository(CareTeamAssignmentEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      staffUserId: staff.id,
      role,
      startedOn,
      endedOn,
    });
  }

  /** A diagnosis on the client's record; the code is stored as given, so pass it upper-case. */
  async diagnosis(
    client: ClientEntity,
    recordedBy: StaffUserEntity,
    icd10Code: string,
    status: DiagnosisStatus = DiagnosisStatus.ACTIVE,
    overrides: Partial<DiagnosisEntity> = {},
  ): Promise<DiagnosisEntity> {
    return this.dataSource.getRepository(DiagnosisEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      icd10Code,
      description: `Synthetic diagnosis ${icd10Code}`,
      onsetDate: null,
      status,
      recordedById: recordedBy.id,
      ...overrides,
    });
  }

  /**
   * An ACTIVE care plan with this content, written by `author` and signed off by `signedBy`, as
   * if it had gone through review (for tests of what hangs off a plan, e.g. progress notes).
   */
  async activeCarePlan(client: ClientEntity, author: StaffUserEntity, signedBy: StaffUserEntity, content: CarePlanContent): Promise<CarePlanEntity> {
    return this.dataSource.getRepository(CarePlanEntity).save({
      organizationId: client.organizationId,
      clientId: client.id,
      planVersion: 1,
      status: CarePlanStatus.ACTIVE,
      content,
      basedOnPlanId: null,
      createdById: author.id,
      updatedById: author.id,
      signedAt: new Date(),
      signedById: signedBy.id,
      reviewDueOn: null,
    });
  }
}

/** Two-factor secrets known to the tests, by email: made by the factory or enrolled by loginAs. */
const twoFactorSecrets = new Map<string, { secret: string; lastStep: number }>([
  [DEMO_LOGINS.supervisor, { secret: DEMO_TWO_FACTOR_SECRET, lastStep: 0 }],
  [DEMO_LOGINS.admin, { secret: DEMO_TWO_FACTOR_SECRET, lastStep: 0 }],
]);

export function rememberTwoFactorSecret(email: string, secret: string): void {
  twoFactorSecrets.set(email.toLowerCase(), { secret, lastStep: 0 });
}

export function twoFactorSecretOf(email: string): string | undefined {
  return twoFactorSecrets.get(email.toLowerCase())?.secret;
}

/**
 * A code the API has not seen yet for this account: a code works once, so a second sign-in within
 * the same 30 s takes the next step (the API accepts one step of drift), else waits for a new one.
 */
export async function freshTwoFactorCode(email: string): Promise<string> {
  const known = twoFactorSecrets.get(email.toLowerCase());
  if (!known) throw new Error(`no two-factor secret known for ${email}`);
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / 30);
    const step = Math.max(now, known.lastStep + 1);
    if (step <= now + 1) {
      known.lastStep = step;
      return currentTwoFactorCode(known.secret, step * 30);
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * 30_000 - Date.now() + 50));
  }
}

type Gql = (q: string, v?: Record<string, unknown>, token?: string) => Promise<{ data?: unknown; errors?: unknown[] }>;
const reasonOf = (res: { errors?: unknown[] }) => (res.errors?.[0] as { extensions?: { reason?: string } } | undefined)?.extensions?.reason;

/**
 * Signs in through the real API. Two-factor sign-in stays out of the tests' way: a code is computed
 * when the account has it on; a session limited to setting it up (required, not set up) enrols
 * through the API and keeps the secret for later sign-ins (this needs a `gql` that passes the token).
 */
export async function loginAs(gql: Gql, email: string, password = TEST_PASSWORD): Promise<string> {
  const login = (oneTimeCode?: string) =>
    gql('mutation($input: LoginInput!) { login(input: $input) { token me { twoFactorEnrolmentRequired } } }', { input: { email, password, oneTimeCode } });
  let res = await login();
  if (reasonOf(res) === 'TWO_FACTOR_REQUIRED' && twoFactorSecretOf(email)) res = await login(await freshTwoFactorCode(email));
  const session = (res.data as { login?: { token: string; me: { twoFactorEnrolmentRequired: boolean } } } | null)?.login;
  if (!session) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
  if (!session.me.twoFactorEnrolmentRequired) return session.token;
  const begun = await gql('mutation { beginTwoFactorEnrolment { secret } }', {}, session.token);
  const secret = (begun.data as { beginTwoFactorEnrolment?: { secret: string } } | null)?.beginTwoFactorEnrolment?.secret;
  if (!secret) throw new Error(`two-factor enrolment of ${email} failed (does the gql passed to loginAs send its token?): ${JSON.stringify(begun.errors)}`);
  rememberTwoFactorSecret(email, secret);
  const confirmed = await gql(
    'mutation($input: TwoFactorCodeInput!) { confirmTwoFactorEnrolment(input: $input) { session { token } } }',
    { input: { code: await freshTwoFactorCode(email) } },
    session.token,
  );
  const token = (confirmed.data as { confirmTwoFactorEnrolment?: { session: { token: string } } } | null)?.confirmTwoFactorEnrolment?.session.token;
  if (!token) throw new Error(`two-factor enrolment of ${email} failed: ${JSON.stringify(confirmed.errors)}`);
  return token;
}
