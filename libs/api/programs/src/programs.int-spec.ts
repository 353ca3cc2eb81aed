import { addDays } from 'date-fns';
import {
  AuditAction,
  AuditEntityType,
  CheckInChannel,
  CheckInSchedule,
  ClientStatus,
  DEFAULT_RISK_THRESHOLDS,
  DischargeReason,
  LevelOfCare,
  StaffRole,
  toIsoDate,
  type IsoDate,
} from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import { CareTeamRole } from '@carecircle/api/care-team';
import { CheckInEntity } from '@carecircle/api/check-ins';
import { ClientEntity } from '@carecircle/api/clients';
import { ProgramEntity } from '@carecircle/api/organizations';
import { Factory, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';

const PROGRAM = `id name defaultLevelOfCare defaultCheckInSchedule notesRequireCosignature
  reviewIntervalOverrides { levelOfCare days defaultDays }
  riskThresholds { key value defaultValue overridden }`;
const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { ${PROGRAM} } }`;
const UPDATE = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { ${PROGRAM} } }`;
const THRESHOLDS = `mutation($input: UpdateRiskThresholdsInput!) { updateRiskThresholds(input: $input) { ${PROGRAM} } }`;
const ONE = `query($programId: ID!) { program(programId: $programId) { ${PROGRAM} } }`;
const LIST = `{ programs { id name } }`;
const PREVIEW = `query($programId: ID!, $thresholds: RiskThresholdsInput!) {
  riskThresholdPreview(programId: $programId, thresholds: $thresholds) {
    clientsCounted flaggedNow flaggedAfter newlyFlagged noLongerFlagged byFlag { code now after } } }`;
const FLAGS = `query($id: ID!) { client(id: $id) { riskFlags { code reason } } }`;
const ADMIT = `mutation($input: AdmitClientInput!) { admitClient(input: $input) { id } }`;

interface Program {
  id: string;
  name: string;
  defaultLevelOfCare: string;
  defaultCheckInSchedule: string;
  notesRequireCosignature: boolean;
  reviewIntervalOverrides: Array<{ levelOfCare: string; days: number; defaultDays: number }>;
  riskThresholds: Array<{ key: string; value: number; defaultValue: number; overridden: boolean }>;
}
interface Preview {
  clientsCounted: number;
  flaggedNow: number;
  flaggedAfter: number;
  newlyFlagged: number;
  noLongerFlagged: number;
  byFlag: Array<{ code: string; now: number; after: number }>;
}
interface Problem {
  field: string;
  problem: string;
}

const daysAgo = (days: number): IsoDate => toIsoDate(addDays(new Date(), -days));
const problemsOf = (res: GraphQLResponse<unknown>): Problem[] => (res.errors?.[0]?.extensions?.['problems'] as Problem[] | undefined) ?? [];
const reasonOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.['reason'];
const thresholdOf = (program: Program, key: string) => program.riskThresholds.find((t) => t.key === key)!;

describe('programs and their risk thresholds', () => {
  let t: TestApp;
  let f: Factory;
  let orgA: string;
  let orgB: string;
  let programA: ProgramEntity;
  let programB: ProgramEntity;
  let supervisor: StaffUserEntity;
  let counselor: StaffUserEntity;
  let otherCounselor: StaffUserEntity;
  let tokens: Record<'adminA' | 'adminB' | 'supervisor' | 'supervisorB' | 'counselor' | 'peer', string>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const team = await f.team();
    orgA = team.organization.id;
    programA = team.program;
    supervisor = team.supervisor;
    counselor = team.counselor;
    const otherSupervisor = await f.staff(orgA, StaffRole.SUPERVISOR);
    otherCounselor = await f.staff(orgA, StaffRole.COUNSELOR, { supervisorId: otherSupervisor.id });
    const adminA = await f.staff(orgA, StaffRole.ADMIN);
    const b = await f.organization('Other Org');
    orgB = b.organization.id;
    programB = b.program;
    const adminB = await f.staff(orgB, StaffRole.ADMIN);
    const supervisorB = await f.staff(orgB, StaffRole.SUPERVISOR);
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      adminA: await loginAs(gql, adminA.email),
      adminB: await loginAs(gql, adminB.email),
      supervisor: await loginAs(gql, supervisor.email),
      supervisorB: await loginAs(gql, supervisorB.email),
      counselor: await loginAs(gql, counselor.email),
      peer: await loginAs(gql, team.peer.email),
    };
  });
  afterAll(() => t.close());

  async function ok<T>(key: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<Record<string, T>>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data![key]!;
  }

  const programRow = (id: string) => t.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id });
  const auditOf = (entityType: AuditEntityType, entityId: string) =>
    t.dataSource.getRepository(AuditEventEntity).find({ where: { entityType, entityId }, order: { id: 'ASC' } });

  const newProgram = (overrides: Record<string, unknown> = {}) => ({
    name: `Evening IOP ${Math.random().toString(36).slice(2, 8)}`,
    defaultLevelOfCare: LevelOfCare.INTENSIVE_OUTPATIENT_2_1,
    defaultCheckInSchedule: CheckInSchedule.DAILY,
    notesRequireCosignature: true,
    reviewIntervalOverrides: [{ levelOfCare: LevelOfCare.INTENSIVE_OUTPATIENT_2_1, days: 30 }],
    ...overrides,
  });
  const asUpdate = (program: Program, overrides: Record<string, unknown> = {}) => ({
    programId: program.id,
    name: program.name,
    defaultLevelOfCare: program.defaultLevelOfCare,
    defaultCheckInSchedule: program.defaultCheckInSchedule,
    notesRequireCosignature: program.notesRequireCosignature,
    reviewIntervalOverrides: program.reviewIntervalOverrides.map(({ levelOfCare, days }) => ({ levelOfCare, days })),
    ...overrides,
  });

  describe('creating and editing a program', () => {
    it('creates a program with its defaults and thresholds, audited', async () => {
      const created = await ok<Program>(
        'createProgram',
        CREATE,
        { input: newProgram({ name: '  Evening IOP  ', riskThresholds: { noCheckInDays: 5, noShowCount: null } }) },
        tokens.adminA,
      );
      expect(created).toMatchObject({
        name: 'Evening IOP',
        defaultLevelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
        defaultCheckInSchedule: 'DAILY',
        notesRequireCosignature: true,
        reviewIntervalOverrides: [{ levelOfCare: 'INTENSIVE_OUTPATIENT_2_1', days: 30, defaultDays: 90 }],
      });
      expect(created.riskThresholds.map((row) => row.key)).toEqual(Object.keys(DEFAULT_RISK_THRESHOLDS));
      expect(thresholdOf(created, 'noCheckInDays')).toEqual({ key: 'noCheckInDays', value: 5, defaultValue: 7, overridden: true });
      expect(thresholdOf(created, 'noShowCount')).toEqual({ key: 'noShowCount', value: 2, defaultValue: 2, overridden: false });

      const row = await programRow(created.id);
      expect(row).toMatchObject({ organizationId: orgA, riskThresholds: { noCheckInDays: 5 }, reviewIntervalOverrides: { INTENSIVE_OUTPATIENT_2_1: 30 } });
      const audit = await auditOf(AuditEntityType.PROGRAM, created.id);
      expect(audit).toEqual([expect.objectContaining({ action: AuditAction.CREATE, organizationId: orgA, actorRole: StaffRole.ADMIN })]);
      expect(audit[0]!.fields).toEqual(expect.arrayContaining(['name', 'defaultCheckInSchedule', 'riskThresholds']));
      expect((await ok<Program[]>('programs', LIST, {}, tokens.adminA)).map((p) => p.name)).toContain('Evening IOP');
    });

    it('edits a program, auditing only the fields that changed, and thresholds under their own entity', async () => {
      const created = await ok<Program>('createProgram', CREATE, { input: newProgram() }, tokens.adminA);
      const updated = await ok<Program>(
        'updateProgram',
        UPDATE,
        {
          input: asUpdate(created, {
            name: `${created.name} (renamed)`,
            defaultCheckInSchedule: 'WEEKLY',
            reviewIntervalOverrides: [{ levelOfCare: 'OUTPATIENT_1', days: 60 }],
            riskThresholds: { cravingWindow: 4, cravingHits: 3 },
          }),
        },
        tokens.adminA,
      );
      expect(updated).toMatchObject({
        name: `${created.name} (renamed)`,
        defaultCheckInSchedule: 'WEEKLY',
        notesRequireCosignature: true,
        reviewIntervalOverrides: [{ levelOfCare: 'OUTPATIENT_1', days: 60, defaultDays: 90 }],
      });
      expect(thresholdOf(updated, 'cravingHits').value).toBe(3);
      const audit = await auditOf(AuditEntityType.PROGRAM, created.id);
      expect(audit.map((row) => row.action)).toEqual([AuditAction.CREATE, AuditAction.UPDATE]);
      expect([...audit[1]!.fields!].sort()).toEqual(['defaultCheckInSchedule', 'name', 'reviewIntervalOverrides', 'riskThresholds']);
      const thresholdAudit = await auditOf(AuditEntityType.RISK_THRESHOLDS, created.id);
      expect(thresholdAudit.map((row) => row.fields)).toEqual([['cravingWindow', 'cravingHits']]);

      // Leaving the thresholds out keeps them; an unchanged form writes nothing.
      const again = await ok<Program>('updateProgram', UPDATE, { input: asUpdate(updated) }, tokens.adminA);
      expect(thresholdOf(again, 'cravingHits').value).toBe(3);
      expect(await auditOf(AuditEntityType.PROGRAM, created.id)).toHaveLength(2);
    });

    it('refuses a missing or taken name (NAME_TAKEN), bad review intervals and thresholds, changing nothing', async () => {
      const existing = await ok<Program>('createProgram', CREATE, { input: newProgram() }, tokens.adminA);
      const before = await t.dataSource.getRepository(ProgramEntity).countBy({ organizationId: orgA });

      const blank = await t.gql(CREATE, { input: newProgram({ name: '   ' }) }, tokens.adminA);
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(problemsOf(blank)).toEqual([{ field: 'name', problem: 'name is required' }]);

      const taken = await t.gql(CREATE, { input: newProgram({ name: existing.name.toUpperCase() }) }, tokens.adminA);
      expect(codeOf(taken)).toBe('BAD_USER_INPUT');
      expect(reasonOf(taken)).toBe('NAME_TAKEN');
      expect(problemsOf(taken).map((p) => p.field)).toEqual(['name']);

      const interval = await t.gql(CREATE, { input: newProgram({ reviewIntervalOverrides: [{ levelOfCare: 'OUTPATIENT_1', days: 366 }] }) }, tokens.adminA);
      expect(problemsOf(interval)).toEqual([{ field: 'reviewIntervalOverrides.0.days', problem: 'days must be from 1 to 365' }]);
      const twice = await t.gql(
        CREATE,
        { input: newProgram({ reviewIntervalOverrides: [{ levelOfCare: 'OUTPATIENT_1', days: 30 }, { levelOfCare: 'OUTPATIENT_1', days: 40 }] }) },
        tokens.adminA,
      );
      expect(problemsOf(twice).map((p) => p.field)).toEqual(['reviewIntervalOverrides.1.levelOfCare']);

      const thresholds = await t.gql(CREATE, { input: newProgram({ riskThresholds: { noCheckInDays: 0, cravingHits: 5 } }) }, tokens.adminA);
      expect(problemsOf(thresholds)).toEqual([
        { field: 'riskThresholds.noCheckInDays', problem: 'Days without a check-in before a flag must be a whole number from 1 to 90' },
        { field: 'riskThresholds.cravingHits', problem: 'High-craving check-ins that raise a flag cannot be more than the 3 check-ins looked at' },
      ]);
      expect(await t.dataSource.getRepository(ProgramEntity).countBy({ organizationId: orgA })).toBe(before);

      // Renaming onto another program's name is refused too, and the program stays as it was.
      const row = await programRow(existing.id);
      const rename = await t.gql(UPDATE, { input: asUpdate(existing, { name: programA.name, defaultCheckInSchedule: 'WEEKLY' }) }, tokens.adminA);
      expect(reasonOf(rename)).toBe('NAME_TAKEN');
      const badEdit = await t.gql(UPDATE, { input: asUpdate(existing, { riskThresholds: { highCraving: 11 } }) }, tokens.adminA);
      expect(problemsOf(badEdit).map((p) => p.field)).toEqual(['riskThresholds.highCraving']);
      expect(await programRow(existing.id)).toEqual(row);
    });

    it('is for administrators only', async () => {
      for (const token of [tokens.supervisor, tokens.counselor]) {
        const create = await t.gql(CREATE, { input: newProgram({ name: 'Not allowed' }) }, token);
        expect(codeOf(create)).toBe('FORBIDDEN');
        const row = await programRow(programA.id);
        const update = await t.gql(UPDATE, { input: { ...asUpdate(programFromRow(row)), name: 'Hijacked' } }, token);
        expect(codeOf(update)).toBe('FORBIDDEN');
        expect(await programRow(programA.id)).toEqual(row);
      }
      expect(await t.dataSource.getRepository(ProgramEntity).countBy({ name: 'Not allowed' })).toBe(0);
    });
  });

  describe('two organizations', () => {
    it("keeps one organization's programs out of another's reach: NOT_FOUND, nothing changed", async () => {
      const row = await programRow(programA.id);
      const update = await t.gql(UPDATE, { input: { ...asUpdate(programFromRow(row)), name: 'Taken over' } }, tokens.adminB);
      expect(codeOf(update)).toBe('NOT_FOUND');
      for (const token of [tokens.adminB, tokens.supervisorB]) {
        expect(codeOf(await t.gql(ONE, { programId: programA.id }, token))).toBe('NOT_FOUND');
        expect(codeOf(await t.gql(THRESHOLDS, { input: { programId: programA.id, thresholds: { noCheckInDays: 30 } } }, token))).toBe('NOT_FOUND');
        expect(codeOf(await t.gql(PREVIEW, { programId: programA.id, thresholds: { noCheckInDays: 30 } }, token))).toBe('NOT_FOUND');
      }
      expect(await programRow(programA.id)).toEqual(row);
      expect((await ok<Program[]>('programs', LIST, {}, tokens.adminB)).map((p) => p.id)).toEqual([programB.id]);

      // A name used in another organization is free here.
      const mine = await ok<Program>('createProgram', CREATE, { input: newProgram({ name: 'Family program' }) }, tokens.adminA);
      const created = await ok<Program>('createProgram', CREATE, { input: newProgram({ name: mine.name }) }, tokens.adminB);
      expect((await programRow(created.id)).organizationId).toBe(orgB);
    });
  });

  describe('risk thresholds', () => {
    let program: ProgramEntity;
    let clients: Record<'three' | 'eight' | 'twelve' | 'otherTeam' | 'discharged', ClientEntity>;

    /** A client of the program on `owner`'s caseload whose last check-in was `days` ago (noon UTC), calm otherwise. */
    async function clientCheckedIn(days: number, owner: StaffUserEntity, overrides: Partial<ClientEntity> = {}): Promise<ClientEntity> {
      const client = await f.client(orgA, program.id, { admissionDate: daysAgo(60), ...overrides });
      await f.assign(client, owner, CareTeamRole.COUNSELOR);
      await t.dataSource.getRepository(CheckInEntity).save({
        organizationId: orgA,
        clientId: client.id,
        occurredAt: new Date(`${daysAgo(days)}T12:00:00Z`),
        channel: CheckInChannel.APP,
        craving: 2,
        mood: 4,
        usedSubstances: false,
      });
      return client;
    }

    beforeAll(async () => {
      program = await t.dataSource.getRepository(ProgramEntity).save({
        organizationId: orgA,
        name: 'Thresholds fixture',
        defaultLevelOfCare: LevelOfCare.OUTPATIENT_1,
      });
      // Everyone of organization A works in it (staff were made before it existed).
      await t.dataSource.query(
        `INSERT INTO staff_program (staff_user_id, program_id, organization_id) SELECT s.id, $1, s.organization_id FROM staff_user s WHERE s.organization_id = $2`,
        [program.id, orgA],
      );
      clients = {
        three: await clientCheckedIn(3, counselor),
        eight: await clientCheckedIn(8, counselor),
        twelve: await clientCheckedIn(12, counselor),
        otherTeam: await clientCheckedIn(9, otherCounselor),
        discharged: await clientCheckedIn(20, counselor, { status: ClientStatus.DISCHARGED, dischargeDate: daysAgo(1), dischargeReason: DischargeReason.TREATMENT_COMPLETED }),
      };
    });

    const noCheckInFlag = async (client: ClientEntity) => {
      const flags = await ok<{ riskFlags: Array<{ code: string; reason: string }> }>('client', FLAGS, { id: client.id }, tokens.supervisor);
      return flags.riskFlags.find((flag) => flag.code === 'NO_RECENT_CHECK_IN') ?? null;
    };

    it("previews a change over the supervisor's clients in care, and the flags after saving match it, citing the new threshold", async () => {
      expect((await noCheckInFlag(clients.twelve))?.reason).toBe(`No check-in for 12 days (last on ${daysAgo(12)}; flags at 7 days)`);

      const preview = await ok<Preview>('riskThresholdPreview', PREVIEW, { programId: program.id, thresholds: { noCheckInDays: 10 } }, tokens.supervisor);
      expect(preview).toMatchObject({ clientsCounted: 3, flaggedNow: 2, flaggedAfter: 1, newlyFlagged: 0, noLongerFlagged: 1 });
      expect(preview.byFlag.find((row) => row.code === 'NO_RECENT_CHECK_IN')).toEqual({ code: 'NO_RECENT_CHECK_IN', now: 2, after: 1 });
      // A stricter setting goes the other way.
      const stricter = await ok<Preview>('riskThresholdPreview', PREVIEW, { programId: program.id, thresholds: { noCheckInDays: 3 } }, tokens.supervisor);
      expect(stricter).toMatchObject({ flaggedNow: 2, flaggedAfter: 3, newlyFlagged: 1, noLongerFlagged: 0 });
      expect((await programRow(program.id)).riskThresholds).toEqual({});

      const saved = await ok<Program>('updateRiskThresholds', THRESHOLDS, { input: { programId: program.id, thresholds: { noCheckInDays: 10 } } }, tokens.supervisor);
      expect(thresholdOf(saved, 'noCheckInDays')).toEqual({ key: 'noCheckInDays', value: 10, defaultValue: 7, overridden: true });
      const audit = await auditOf(AuditEntityType.RISK_THRESHOLDS, program.id);
      expect(audit).toEqual([expect.objectContaining({ action: AuditAction.UPDATE, actorRole: StaffRole.SUPERVISOR, fields: ['noCheckInDays'] })]);

      const after = await Promise.all([clients.three, clients.eight, clients.twelve].map(noCheckInFlag));
      expect(after.filter(Boolean)).toHaveLength(preview.flaggedAfter);
      expect(after[1]).toBeNull();
      expect(after[2]?.reason).toBe(`No check-in for 12 days (last on ${daysAgo(12)}; flags at 10 days)`);

      // Back to the defaults: nothing stored, the audit names the setting again.
      const reset = await ok<Program>('updateRiskThresholds', THRESHOLDS, { input: { programId: program.id, thresholds: {} } }, tokens.supervisor);
      expect(reset.riskThresholds.every((row) => !row.overridden)).toBe(true);
      expect((await programRow(program.id)).riskThresholds).toEqual({});
      expect((await auditOf(AuditEntityType.RISK_THRESHOLDS, program.id)).map((row) => row.fields)).toEqual([['noCheckInDays'], ['noCheckInDays']]);
    });

    it('gives an administrator the whole program in counts, and lets them save', async () => {
      const res = await t.gql<{ riskThresholdPreview: Preview }>(PREVIEW, { programId: program.id, thresholds: { noCheckInDays: 10 } }, tokens.adminA);
      expect(res.errors).toBeUndefined();
      // The other team's client (9 days) counts too; the discharged one does not.
      expect(res.data!.riskThresholdPreview).toMatchObject({ clientsCounted: 4, flaggedNow: 3, flaggedAfter: 1, newlyFlagged: 0, noLongerFlagged: 2 });
      expect(JSON.stringify(res.data)).not.toMatch(/Synthetic|Client\d/);
      await ok<Program>('updateRiskThresholds', THRESHOLDS, { input: { programId: program.id, thresholds: { noShowCount: 3 } } }, tokens.adminA);
      expect((await programRow(program.id)).riskThresholds).toEqual({ noShowCount: 3 });
      await ok<Program>('updateRiskThresholds', THRESHOLDS, { input: { programId: program.id, thresholds: {} } }, tokens.adminA);
    });

    it('refuses out-of-bounds thresholds naming each setting, and other roles, changing nothing', async () => {
      const bad = await t.gql(THRESHOLDS, { input: { programId: program.id, thresholds: { noShowWindowDays: 500, highCraving: 0 } } }, tokens.supervisor);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(problemsOf(bad).map((p) => p.field)).toEqual(['thresholds.highCraving', 'thresholds.noShowWindowDays']);
      const badPreview = await t.gql(PREVIEW, { programId: program.id, thresholds: { cravingWindow: 11 } }, tokens.supervisor);
      expect(problemsOf(badPreview)).toEqual([{ field: 'thresholds.cravingWindow', problem: 'Check-ins looked at for high craving must be a whole number from 1 to 10' }]);
      for (const token of [tokens.counselor, tokens.peer]) {
        expect(codeOf(await t.gql(THRESHOLDS, { input: { programId: program.id, thresholds: { noCheckInDays: 30 } } }, token))).toBe('FORBIDDEN');
        expect(codeOf(await t.gql(PREVIEW, { programId: program.id, thresholds: { noCheckInDays: 30 } }, token))).toBe('FORBIDDEN');
      }
      const unknown = await t.gql(THRESHOLDS, { input: { programId: '00000000-0000-4000-8000-000000000000', thresholds: {} } }, tokens.adminA);
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expect((await programRow(program.id)).riskThresholds).toEqual({});
    });

    it("refuses a supervisor a program they do not work in", async () => {
      const elsewhere = await t.dataSource.getRepository(ProgramEntity).save({ organizationId: orgA, name: 'Not mine', defaultLevelOfCare: LevelOfCare.OUTPATIENT_1 });
      const res = await t.gql(THRESHOLDS, { input: { programId: elsewhere.id, thresholds: { noCheckInDays: 30 } } }, tokens.supervisor);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect((await programRow(elsewhere.id)).riskThresholds).toEqual({});
    });
  });

  it("starts a newly admitted client on the program's default check-in schedule", async () => {
    const daily = await ok<Program>(
      'createProgram',
      CREATE,
      { input: newProgram({ name: 'Several check-ins a week', defaultCheckInSchedule: 'SEVERAL_PER_WEEK' }) },
      tokens.adminA,
    );
    const admitted = await ok<{ id: string }>(
      'admitClient',
      ADMIT,
      {
        input: {
          programId: daily.id,
          firstName: 'Robin',
          lastName: 'Admitted',
          dateOfBirth: '1988-04-02',
          levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
          admissionDate: daysAgo(0),
        },
      },
      tokens.counselor,
    );
    const row = await t.dataSource.getRepository(ClientEntity).findOneByOrFail({ id: admitted.id });
    expect(row.checkInSchedule).toBe(CheckInSchedule.SEVERAL_PER_WEEK);
  });
});

/** A stored program as the edit form would send it back. */
function programFromRow(row: ProgramEntity): Program {
  return {
    id: row.id,
    name: row.name,
    defaultLevelOfCare: row.defaultLevelOfCare,
    defaultCheckInSchedule: row.defaultCheckInSchedule,
    notesRequireCosignature: row.notesRequireCosignature,
    reviewIntervalOverrides: [],
    riskThresholds: [],
  };
}
