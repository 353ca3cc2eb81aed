import { seedNow } from './seed-clock';
import { addDays, parseISO } from 'date-fns';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ClientStatus,
  LevelOfCare,
  StaffRole,
  toIsoDate,
  type IsoDate,
} from '@carecircle/shared/domain';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';
import { runJobInTransaction } from '@carecircle/api/audit';
import { StaffProgramEntity, StaffTwoFactorEntity, StaffUserEntity, encryptTwoFactorSecret, hashPassword, twoFactorKey } from '@carecircle/api/auth';
import { loadConfig } from '@carecircle/api/platform';
import { ClientEntity } from '@carecircle/api/clients';
import { CareTeamAssignmentEntity, CareTeamRole } from '@carecircle/api/care-team';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_TWO_FACTOR_SECRET } from './demo-logins';
import { SeededRandom } from './seeded-random';
import { seedClinicalRecords } from './seed-clinical-records';
import { seedEpisodes, seedLevelOfCareChanges } from './seed-episodes';
import { seedMonitoring } from './seed-monitoring';
import { seedProgressNotes } from './seed-progress-notes';
import { drawSupportPlan, outcomeOptions, type SupportPlan } from './support-plan';

export const DEMO_ORGANIZATION_NAME = 'Harbor Light Recovery (demo)';
const DEMO_SEED = 20261124;
const SUPPORT_SEED = 20261430;
const CLIENT_COUNT = 90;
const ASSOCIATE_LICENSEE = DEMO_LOGINS.counselors[2];

export interface SeedOptions {
  today: IsoDate;
  onProgress?: (message: string) => void;
  /** The AUTH_TOKEN_SECRET the API runs with (its key encrypts two-factor secrets); the environment's by default. */
  authTokenSecret?: string;
}

export interface SeedSummary {
  organizationId: string;
  clients: number;
  active: number;
  discharged: number;
}

const shift = (date: IsoDate, days: number): IsoDate => toIsoDate(addDays(parseISO(date), days));

/** True when the database already holds an organization: the seed never mixes into real data. */
export async function databaseHasData(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(OrganizationEntity).count()) > 0;
}

/**
 * A synthetic organization that tells a story: two programs, a supervisor's team of three
 * counselors and two peer workers, and ninety clients admitted over the last year with the
 * discharges a real program sees, leaning softly on each client's support system in the first month
 * (support-plan.ts). Deterministic for a given `today`.
 */
export async function seedDemoOrganization(dataSource: DataSource, options: SeedOptions): Promise<SeedSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const random = new SeededRandom(DEMO_SEED);
  // Loaded here, not at the top: the API imports this module whether or not it seeds, and faker's
  // English data is ~16 MB of heap that a production process (which never seeds) should not carry.
  const { Faker, en } = await import('@faker-js/faker');
  const faker = new Faker({ locale: [en] });
  faker.seed(DEMO_SEED);

  return runJobInTransaction(dataSource, async (manager) => {
    progress('Creating the demo organization and programs…');
    const organization = await manager.save(manager.create(OrganizationEntity, { name: DEMO_ORGANIZATION_NAME }));
    const iop = await manager.save(
      manager.create(ProgramEntity, {
        organizationId: organization.id,
        name: 'Intensive Outpatient',
        defaultLevelOfCare: LevelOfCare.INTENSIVE_OUTPATIENT_2_1,
      }),
    );
    const community = await manager.save(
      manager.create(ProgramEntity, {
        organizationId: organization.id,
        name: 'Recovery Community',
        defaultLevelOfCare: LevelOfCare.OUTPATIENT_1,
      }),
    );

    progress('Creating staff accounts…');
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    // Casey is an associate licensee: their signed progress notes wait for the supervisor's co-signature.
    const staff = (email: string, displayName: string, role: StaffRole, supervisorId: string | null) =>
      manager.save(
        manager.create(StaffUserEntity, {
          organizationId: organization.id,
          email,
          displayName,
          role,
          supervisorId,
          passwordHash,
          active: true,
          requiresCosignature: email === ASSOCIATE_LICENSEE,
        }),
      );
    const supervisor = await staff(DEMO_LOGINS.supervisor, 'Jordan Okafor-Reyes', StaffRole.SUPERVISOR, null);
    const counselorNames = ['Avery Lindqvist', 'Blake Moreno-Hart', 'Casey Nakamura'];
    const counselors: StaffUserEntity[] = [];
    for (const [i, email] of DEMO_LOGINS.counselors.entries()) {
      counselors.push(await staff(email, counselorNames[i]!, StaffRole.COUNSELOR, supervisor.id));
    }
    const peerNames = ['Devon Ashby', 'Emery Quinlan'];
    const peers: StaffUserEntity[] = [];
    for (const [i, email] of DEMO_LOGINS.peerWorkers.entries()) {
      peers.push(await staff(email, peerNames[i]!, StaffRole.PEER_SUPPORT, supervisor.id));
    }
    const admin = await staff(DEMO_LOGINS.admin, 'Riley Administrator', StaffRole.ADMIN, null);
    // Supervisors and administrators must use two-factor sign-in: the demo ones have it on, with the published demo key.
    const key = twoFactorKey(options.authTokenSecret ?? loadConfig().auth.tokenSecret);
    await manager.insert(
      StaffTwoFactorEntity,
      [supervisor, admin].map((member) => ({
        staffUserId: member.id,
        organizationId: organization.id,
        secretCiphertext: encryptTwoFactorSecret(DEMO_TWO_FACTOR_SECRET, key),
        enabledAt: seedNow(options.today),
      })),
    );
    // Everyone on the clinical team works in both programs.
    await manager.insert(
      StaffProgramEntity,
      [supervisor, ...counselors, ...peers].flatMap((member) =>
        [iop, community].map((program) => ({ staffUserId: member.id, programId: program.id, organizationId: organization.id })),
      ),
    );

    progress(`Admitting ${CLIENT_COUNT} synthetic clients over the last 12 months…`);
    const clients: ClientEntity[] = [];
    const supportPlans: SupportPlan[] = [];
    const assignments: Partial<CareTeamAssignmentEntity>[] = [];
    // Support is drawn from its own stream, so it does not shift the people the main stream makes.
    const supportRandom = new SeededRandom(SUPPORT_SEED);
    for (let i = 0; i < CLIENT_COUNT; i++) {
      const inIop = random.chance(0.6);
      const program = inIop ? iop : community;
      const admissionDate = shift(options.today, -random.int(1, 365));
      const daysAgo = -Math.round((parseISO(admissionDate).getTime() - parseISO(options.today).getTime()) / 86_400_000);
      // The support system of the first month is decided first, and how the stay ends leans on it.
      const support = drawSupportPlan(supportRandom, !inIop);
      supportPlans.push(support);
      const [reason, minLength, maxLength] = random.weighted(outcomeOptions(support, inIop));
      const length = reason ? random.int(minLength, maxLength) : 0;
      const discharged = reason !== null && length < daysAgo;
      const dischargeDate = discharged ? shift(admissionDate, length) : null;
      const onHold = !discharged && random.chance(0.05);
      const sex = random.chance(0.5) ? 'female' : 'male';
      const client = manager.create(ClientEntity, {
        organizationId: organization.id,
        programId: program.id,
        firstName: faker.person.firstName(sex),
        lastName: faker.person.lastName(),
        preferredName: random.chance(0.15) ? faker.person.firstName() : null,
        dateOfBirth: shift(options.today, -random.int(19 * 365, 64 * 365)),
        pronouns: random.weighted([
          ['she/her', sex === 'female' ? 10 : 0],
          ['he/him', sex === 'male' ? 10 : 0],
          ['they/them', 1],
          [null, 2],
        ]),
        levelOfCare: inIop
          ? random.weighted([
              [LevelOfCare.INTENSIVE_OUTPATIENT_2_1, 8],
              [LevelOfCare.PARTIAL_HOSPITALIZATION_2_5, 2],
            ])
          : random.weighted([
              [LevelOfCare.OUTPATIENT_1, 8],
              [LevelOfCare.EARLY_INTERVENTION_0_5, 2],
            ]),
        status: discharged ? ClientStatus.DISCHARGED : onHold ? ClientStatus.ON_HOLD : ClientStatus.ACTIVE,
        admissionDate,
        recoveryStartDate: random.chance(0.9) ? shift(admissionDate, -random.int(0, 45)) : null,
        dischargeDate,
        dischargeReason: discharged ? reason : null,
      });
      clients.push(client);
    }
    await manager.save(clients, { chunk: 50 });

    progress('Assigning care teams…');
    const counselorOf = new Map<string, StaffUserEntity>();
    const peerOf = new Map<string, StaffUserEntity>();
    for (const [i, client] of clients.entries()) {
      const counselor = counselors[i % counselors.length]!;
      counselorOf.set(client.id, counselor);
      const endedOn = client.dischargeDate ? shift(client.dischargeDate, 1) : null;
      // Some clients were handed over when a counselor's caseload was rebalanced.
      const handedOver = i % 11 === 0 && !client.dischargeDate;
      if (handedOver) {
        const previous = counselors[(i + 1) % counselors.length]!;
        const handoverOn = shift(client.admissionDate, Math.max(1, Math.floor(clientAge(client, options.today) / 2)));
        assignments.push(assignment(organization.id, client.id, previous.id, CareTeamRole.COUNSELOR, client.admissionDate, handoverOn));
        assignments.push(assignment(organization.id, client.id, counselor.id, CareTeamRole.COUNSELOR, handoverOn, endedOn));
      } else {
        assignments.push(assignment(organization.id, client.id, counselor.id, CareTeamRole.COUNSELOR, client.admissionDate, endedOn));
      }
      if (supportPlans[i]!.hasPeer) {
        const peer = peers[i % peers.length]!;
        peerOf.set(client.id, peer);
        assignments.push(assignment(organization.id, client.id, peer.id, CareTeamRole.PEER_SUPPORT, client.admissionDate, endedOn));
      }
    }
    await insertAll(manager, assignments);
    const episodeContext = { manager, today: options.today, clients, counselors, counselorOf, progress };
    const { current: currentEpisodes, firstAdmissionOf } = await seedEpisodes(episodeContext);
    const supportOf = new Map(clients.map((c, i) => [c.id, supportPlans[i]!]));

    const stories = await seedClinicalRecords({
      manager,
      random,
      faker,
      today: options.today,
      clients,
      counselorOf,
      peerOf,
      supervisor,
      supportOf,
      firstAdmissionOf,
      progress,
    });

    await seedLevelOfCareChanges(episodeContext, currentEpisodes);

    progress('Writing a year of check-ins, peer contacts and measures…');
    await seedMonitoring({ manager, random, today: options.today, clients, counselorOf, peerOf, supportOf, progress });

    // Last: the notes read the plans, check-ins and measures written above.
    await seedProgressNotes({
      manager,
      today: options.today,
      clients,
      counselors,
      counselorOf,
      peerOf,
      supervisor,
      stories,
      noShowCounselor: counselors.find((c) => c.email === DEMO_LOGINS.counselors[0])!,
      progress,
    });

    const active = clients.filter((c) => c.status !== ClientStatus.DISCHARGED).length;
    progress(`Demo organization ready: ${clients.length} clients, ${active} in treatment.`);
    return { organizationId: organization.id, clients: clients.length, active, discharged: clients.length - active };
  });
}

function clientAge(client: ClientEntity, today: IsoDate): number {
  return Math.round((parseISO(today).getTime() - parseISO(client.admissionDate).getTime()) / 86_400_000);
}

function assignment(
  organizationId: string,
  clientId: string,
  staffUserId: string,
  role: CareTeamRole,
  startedOn: IsoDate,
  endedOn: IsoDate | null,
): Partial<CareTeamAssignmentEntity> {
  return { organizationId, clientId, staffUserId, role, startedOn, endedOn };
}

async function insertAll(manager: EntityManager, rows: Partial<CareTeamAssignmentEntity>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await manager.createQueryBuilder().insert().into(CareTeamAssignmentEntity).values(rows.slice(i, i + 200)).execute();
  }
}
