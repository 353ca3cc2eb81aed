import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CarePlanStatus, ClientStatus, DiagnosisStatus, LevelOfCare, StaffRole, type CarePlanContent, type IsoDate } from '@carecircle/shared/domain';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';
import { StaffUserEntity, hashPassword } from '@carecircle/api/auth';
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

export async function loginAs(
  gql: (q: string, v?: Record<string, unknown>) => Promise<{ data?: unknown; errors?: unknown[] }>,
  email: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const res = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email, password } });
  const token = (res.data as { login?: { token: string } } | null)?.login?.token;
  if (!token) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return token;
}
