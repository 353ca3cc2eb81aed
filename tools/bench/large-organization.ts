/**
 * A large, synthetic, deterministic organization for benchmarks and query-plan checks: about 10,000
 * clients admitted over 3 years (most discharged, ~3,000 in care), ~150 staff in supervised teams,
 * care-team history with reassignments, a care plan per client (versions and statuses), diagnoses
 * with about a third dual, support networks, consents, 1,000,000 check-ins, 100,000 peer contacts,
 * 50,000 measures, progress notes and family engagement.
 *
 * Loaded with set-based SQL (`generate_series`, INSERT … SELECT) in one transaction of one session,
 * as the schema owner: every CHECK, foreign key, enum and trigger of the migrations applies, as for
 * any writer (no trigger is disabled, so triggers added later — e.g. risk flags marked stale — are
 * paid for here too; the step timings show where).
 *
 * Deterministic: the same seed, sizes and `today` give the same rows, ids included. Every random
 * choice is a hash of (seed, row key, purpose) — `hashint8extended` — rather than `setseed` +
 * `random()`, whose sequence follows the plan's row order, and a plan may change when autovacuum
 * analyzes a table between two steps. Dates are relative to `today` (default: the current UTC date),
 * so the data stays "current" (people in care checked in yesterday) whenever it is generated.
 *
 *   import { generateLargeOrganization } from './large-organization';
 *   const org = await generateLargeOrganization(ownerUrlOrDataSource, { clients: 1000 });
 *   org.counselors[0]  // the largest caseload; org.supervisors[0] supervises the largest team
 */
import { Client } from 'pg';
import bcrypt from 'bcryptjs';
import type { DataSource } from 'typeorm';

export interface LargeOrganizationOptions {
  /** Clients admitted over the 3 years before `today` (default 10,000). */
  clients?: number;
  /** Check-ins over everyone's time in care (default 1,000,000). */
  checkIns?: number;
  /** Peer contacts for clients with a peer worker (default 100,000). */
  peerContacts?: number;
  /** PHQ-9, GAD-7 and BARC-10 administrations (default 50,000). */
  measures?: number;
  /** Signed progress notes (default 30,000). */
  progressNotes?: number;
  /** Family engagement events (default 5,000). */
  familyEvents?: number;
  /** Supervisors (default 5; the first supervises the largest team), counselors (100), peer workers (44). */
  supervisors?: number;
  counselors?: number;
  peerWorkers?: number;
  /** Everything random follows from this (default 13). */
  seed?: number;
  /** The day the data is "as of", YYYY-MM-DD (default: today in UTC). */
  today?: string;
  /** The organization's time zone (day boundaries of charts and flags); default UTC. */
  timeZone?: string;
  /** Every staff member's password (default 'bench password for synthetic staff'). */
  password?: string;
  /** VACUUM ANALYZE the loaded tables afterwards, so plans are those of a settled database (default true). */
  analyze?: boolean;
  /** Progress lines (step and milliseconds); default silent. */
  log?: (line: string) => void;
}

export interface GeneratedStaff {
  id: string;
  email: string;
  displayName: string;
}

export interface LargeOrganization {
  organizationId: string;
  programs: Array<{ id: string; name: string }>;
  admin: GeneratedStaff;
  /** supervisors[0] supervises the largest team. */
  supervisors: GeneratedStaff[];
  /** Largest caseload first. */
  counselors: GeneratedStaff[];
  peerWorkers: GeneratedStaff[];
  password: string;
  today: string;
  timeZone: string;
  /** Rows per table as loaded. */
  counts: Record<string, number>;
  /** Milliseconds per step, and `total` (load) and `analyze`. */
  timings: Record<string, number>;
}

interface Session {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  release(): Promise<void>;
}

async function openSession(owner: DataSource | string): Promise<Session> {
  if (typeof owner === 'string') {
    const client = new Client({ connectionString: owner });
    await client.connect();
    return {
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      release: () => client.end(),
    };
  }
  // One connection for the whole load: the temporary tables and functions live in its session.
  const runner = owner.createQueryRunner();
  await runner.connect();
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await runner.query(sql, params)) as T[],
    release: () => runner.release(),
  };
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function generateLargeOrganization(owner: DataSource | string, options: LargeOrganizationOptions = {}): Promise<LargeOrganization> {
  const o = {
    clients: options.clients ?? 10_000,
    checkIns: options.checkIns ?? 1_000_000,
    peerContacts: options.peerContacts ?? 100_000,
    measures: options.measures ?? 50_000,
    progressNotes: options.progressNotes ?? 30_000,
    familyEvents: options.familyEvents ?? 5_000,
    supervisors: options.supervisors ?? 5,
    counselors: options.counselors ?? 100,
    peerWorkers: options.peerWorkers ?? 44,
    seed: options.seed ?? 13,
    today: options.today ?? todayUtc(),
    timeZone: options.timeZone ?? 'UTC',
    password: options.password ?? 'bench password for synthetic staff',
    analyze: options.analyze ?? true,
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.today)) throw new Error(`today must be YYYY-MM-DD, got ${o.today}`);
  if (o.supervisors < 2 || o.counselors < o.supervisors || o.peerWorkers < o.supervisors) {
    throw new Error('need at least 2 supervisors and as many counselors and peer workers as supervisors');
  }
  const log = options.log ?? (() => undefined);
  // Cost 10: signing in stays quick for benchmarks; verification reads the cost from the hash.
  const passwordHash = await bcrypt.hash(o.password, 10);
  const session = await openSession(owner);
  const timings: Record<string, number> = {};
  const started = Date.now();
  // Steps are several statements each, which PostgreSQL takes only without bind parameters: today
  // ($1, checked to be a date above) and the time zone ($2) are written in as literals.
  const literals = (sql: string) =>
    sql.replace(/\$1(?!\d)/g, `'${o.today}'`).replace(/\$2(?!\d)/g, `'${o.timeZone.replace(/'/g, "''")}'`);
  const step = async (name: string, sql: string) => {
    const t0 = Date.now();
    await session.query(literals(sql));
    timings[name] = Date.now() - t0;
    log(`${name}: ${timings[name]} ms`);
  };
  /**
   * A big table is loaded as pg_restore does: its secondary indexes and foreign keys are dropped,
   * the rows inserted, then the indexes built and the foreign keys added back (which validates every
   * row in one join instead of one lookup per row per key). All in the load's transaction, from the
   * catalog's own definitions, so indexes and keys added by later migrations come back as they were.
   * Triggers stay enabled throughout.
   */
  const bulkStep = async (name: string, table: string, sql: string) => {
    const foreignKeys = await session.query<{ name: string; def: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY conname`,
      [table],
    );
    const indexes = await session.query<{ name: string; def: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) ORDER BY i.relname`,
      [table],
    );
    // Deferred checks pending on the referenced tables (a client's first episode) run now: a table with
    // pending trigger events cannot be altered.
    await session.query(`SET CONSTRAINTS ALL IMMEDIATE`);
    for (const fk of foreignKeys) await session.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${fk.name}"`);
    for (const index of indexes) await session.query(`DROP INDEX "${index.name}"`);
    await step(name, sql);
    const t0 = Date.now();
    for (const index of indexes) await session.query(index.def);
    for (const fk of foreignKeys) await session.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${fk.name}" ${fk.def}`);
    timings[`${name}: indexes and foreign keys`] = Date.now() - t0;
    log(`${name}: ${indexes.length} indexes and ${foreignKeys.length} foreign keys: ${timings[`${name}: indexes and foreign keys`]} ms`);
  };

  try {
    // Deterministic plans (no parallel workers) and no statement timeout for the big inserts.
    await session.query(`SET max_parallel_workers_per_gather = 0`);
    await session.query(`SET statement_timeout = 0`);
    // Sorts and index builds of a million rows in memory.
    await session.query(`SET work_mem = '128MB'`);
    await session.query(`SET maintenance_work_mem = '256MB'`);
    await session.query('BEGIN');
    // rnd(key, purpose): uniform in [0, 1), a hash of the seed, the row's key and what it decides.
    await session.query(`CREATE FUNCTION pg_temp.rnd(k bigint, purpose int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT ((hashint8extended(k, ${Math.trunc(o.seed)}::bigint * 1000 + purpose) >> 11) & 9007199254740991)::float8 / 9007199254740992 $$`);
    // A deterministic uuid from a text key.
    await session.query(`CREATE FUNCTION pg_temp.uid(key text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT md5('${Math.trunc(o.seed)}:' || key)::uuid $$`);
    // Ids of the big tables rise with the row key, so the primary key index is appended to, not scattered.
    await session.query(`CREATE FUNCTION pg_temp.seq_uid(t int, k bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT (lpad(to_hex(${Math.trunc(o.seed)}), 8, '0') || '-' || lpad(to_hex(t), 4, '0') || '-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid $$`);
    // bits(h, slot): a coarse uniform value in [0, 1) from 16 of the 64 bits of one hash, so one hash
    // decides four things (a million check-ins need a few hashes each, not a dozen).
    await session.query(`CREATE FUNCTION pg_temp.bits(h bigint, slot int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT ((h >> (slot * 16)) & 65535)::float8 / 65536 $$`);
    await session.query(`CREATE FUNCTION pg_temp.hash(k bigint, purpose int) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT hashint8extended(k, ${Math.trunc(o.seed)}::bigint * 1000 + purpose) $$`);
    await session.query(`CREATE FUNCTION pg_temp.pick(options text[], r float8) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT options[1 + floor(r * cardinality(options))::int] $$`);

    await session.query(`CREATE TEMP TABLE gen_secret (password_hash text)`);
    await session.query(`INSERT INTO gen_secret VALUES ($1)`, [passwordHash]);
    await step(
      'organization, programs',
      `WITH org AS (
         INSERT INTO organization (id, name, time_zone, created_at, updated_at)
         VALUES (pg_temp.uid('org'), 'Benchmark Recovery Services', $2, $1::date - 1100, $1::date - 1100) RETURNING id)
       INSERT INTO program (id, organization_id, name, default_level_of_care, default_check_in_schedule, created_at, updated_at)
       SELECT pg_temp.uid('program:' || p.n), org.id, p.name, p.level::level_of_care, p.schedule::check_in_schedule, $1::date - 1100, $1::date - 1100
         FROM org, (VALUES (1, 'Intensive Outpatient', 'INTENSIVE_OUTPATIENT_2_1', 'SEVERAL_PER_WEEK'),
                           (2, 'Residential', 'HIGH_INTENSITY_RESIDENTIAL_3_5', 'DAILY'),
                           (3, 'Outpatient', 'OUTPATIENT_1', 'WEEKLY')) AS p(n, name, level, schedule)`
    );

    // Staff: an admin, supervisors, counselors and peer workers. Team 0 (supervisor 1) is the largest:
    // 40% of counselors and peer workers; the rest are spread over the other teams.
    const S = o.supervisors;
    const bigTeamCounselors = Math.round(o.counselors * 0.4);
    const bigTeamPeers = Math.round(o.peerWorkers * 0.4);
    await step(
      'staff',
      `CREATE TEMP TABLE gen_staff AS
       WITH raw AS (
         SELECT 'ADMIN' AS role, 0 AS k, 0 AS team
         UNION ALL SELECT 'SUPERVISOR', k, k - 1 FROM generate_series(1, $3::int) k
         UNION ALL SELECT 'COUNSELOR', k, CASE WHEN k <= $5 THEN 0 ELSE 1 + (k % ($3 - 1)) END FROM generate_series(1, $4::int) k
         UNION ALL SELECT 'PEER_SUPPORT', k, CASE WHEN k <= $7 THEN 0 ELSE 1 + (k % ($3 - 1)) END FROM generate_series(1, $6::int) k)
       SELECT role, k, team,
              pg_temp.uid('staff:' || role || ':' || k) AS id,
              lower(role) || '.' || lpad(k::text, 3, '0') || '@bench.example' AS email,
              pg_temp.pick(${FIRST_NAMES}, pg_temp.rnd(k * 10 + length(role), 1)) || ' ' ||
                pg_temp.pick(${LAST_NAMES}, pg_temp.rnd(k * 10 + length(role), 2)) AS display_name,
              row_number() OVER (PARTITION BY role, team ORDER BY k) - 1 AS team_idx,
              count(*) OVER (PARTITION BY role, team) AS team_size
         FROM raw;
       INSERT INTO staff_user (id, organization_id, email, display_name, role, supervisor_id, password_hash, active, created_at, updated_at)
       SELECT s.id, pg_temp.uid('org'), s.email, s.display_name, s.role::staff_role,
              CASE WHEN s.role IN ('COUNSELOR', 'PEER_SUPPORT') THEN (SELECT sup.id FROM gen_staff sup WHERE sup.role = 'SUPERVISOR' AND sup.team = s.team) END,
              (SELECT password_hash FROM gen_secret), true, $1::date - 1100, $1::date - 1100
         FROM gen_staff s ORDER BY s.role, s.k;
       INSERT INTO staff_program (staff_user_id, program_id, organization_id)
       SELECT s.id, p.id, p.organization_id FROM gen_staff s CROSS JOIN program p WHERE p.organization_id = pg_temp.uid('org')`.replace(/\$3/g, String(S))
        .replace(/\$4/g, String(o.counselors))
        .replace(/\$5/g, String(bigTeamCounselors))
        .replace(/\$6/g, String(o.peerWorkers))
        .replace(/\$7/g, String(bigTeamPeers))
    );

    // Counselors' caseloads are uneven (senior and part-time staff): weight 1/sqrt(k), so
    // counselor 1 carries the largest caseload and team 0 the most clients.
    await step(
      'plan of clients',
      `CREATE TEMP TABLE gen_counselor AS
       SELECT s.*, coalesce(lag(cum) OVER (ORDER BY k), 0) AS cum_lo, CASE WHEN k = max(k) OVER () THEN 2 ELSE cum END AS cum_hi
         FROM (SELECT *, sum(1 / sqrt(k)) OVER (ORDER BY k) / sum(1 / sqrt(k)) OVER () AS cum FROM gen_staff WHERE role = 'COUNSELOR') s;
       CREATE TEMP TABLE gen_client AS
       WITH base AS (
         SELECT n, ($1::date - 1 - floor(pg_temp.rnd(n, 1) * 1095)::int) AS admission_date,
                -- Length of stay: exponential, mean 330 days, so about 3 in 10 are still in care.
                greatest(1, floor(-ln(1 - pg_temp.rnd(n, 2)) * 330))::int AS los,
                pg_temp.rnd(n, 3) AS r_program
           FROM generate_series(1, ${o.clients}) n),
       staged AS (
         SELECT b.*, b.los < ($1::date - b.admission_date) AS discharged,
                CASE WHEN b.r_program < 0.5 THEN 1 WHEN b.r_program < 0.65 THEN 2 ELSE 3 END AS program_n
           FROM base b)
       SELECT st.n, pg_temp.uid('client:' || st.n) AS id, st.admission_date, st.program_n,
              pg_temp.uid('program:' || st.program_n) AS program_id,
              (ARRAY['INTENSIVE_OUTPATIENT_2_1', 'HIGH_INTENSITY_RESIDENTIAL_3_5', 'OUTPATIENT_1'])[st.program_n] AS level_of_care,
              (ARRAY['SEVERAL_PER_WEEK', 'DAILY', 'WEEKLY'])[st.program_n] AS schedule,
              CASE WHEN st.discharged THEN 'DISCHARGED' WHEN pg_temp.rnd(st.n, 4) < 0.05 THEN 'ON_HOLD' ELSE 'ACTIVE' END AS status,
              CASE WHEN st.discharged THEN st.admission_date + st.los END AS discharge_date,
              CASE WHEN st.discharged THEN
                (SELECT reason FROM (VALUES ('TREATMENT_COMPLETED', 0.40), ('DROPPED_OUT', 0.70), ('TERMINATED_BY_FACILITY', 0.77), ('TRANSFERRED', 0.87),
                                            ('INCARCERATED', 0.91), ('DEATH', 0.92), ('OTHER', 1.01)) AS r(reason, upto)
                  WHERE pg_temp.rnd(st.n, 5) < r.upto ORDER BY r.upto LIMIT 1) END AS discharge_reason,
              -- The last day in care: the discharge date, or yesterday for those still in care.
              CASE WHEN st.discharged THEN st.admission_date + st.los ELSE $1::date - 1 END AS last_day,
              c.id AS counselor_id, c.team, c.k AS counselor_k,
              pg_temp.rnd(st.n, 7) < 0.25 AND st.los >= 30 AS reassigned,
              pg_temp.rnd(st.n, 8) < 0.6 AS has_peer,
              pg_temp.rnd(st.n, 9) AS r_peer, pg_temp.rnd(st.n, 10) AS r_prev, pg_temp.rnd(st.n, 11) AS r_switch,
              -- One in ten has high cravings; one in seven still in care has stopped checking in.
              pg_temp.rnd(st.n, 12) < 0.10 AS high_risk,
              NOT st.discharged AND pg_temp.rnd(st.n, 13) < 0.15 AS gone_quiet
         FROM staged st
         JOIN gen_counselor c ON pg_temp.rnd(st.n, 6) >= c.cum_lo AND pg_temp.rnd(st.n, 6) < c.cum_hi;
       ALTER TABLE gen_client ADD PRIMARY KEY (n);
       ALTER TABLE gen_client ADD stay int, ADD switch_date date, ADD previous_counselor_id uuid, ADD peer_id uuid, ADD peer_start date,
                              ADD supervisor_id uuid, ADD check_in_end date;
       UPDATE gen_client g SET stay = g.last_day - g.admission_date + 1,
              switch_date = CASE WHEN g.reassigned THEN g.admission_date + 10 + floor(g.r_switch * (g.last_day - g.admission_date - 20))::int END,
              check_in_end = CASE WHEN g.gone_quiet THEN $1::date - 8 - floor(pg_temp.rnd(g.n, 14) * 32)::int ELSE g.last_day END,
              supervisor_id = (SELECT id FROM gen_staff s WHERE s.role = 'SUPERVISOR' AND s.team = g.team),
              previous_counselor_id = CASE WHEN g.reassigned THEN
                (SELECT other.id FROM gen_counselor me JOIN gen_counselor other ON other.team = me.team
                  WHERE me.id = g.counselor_id AND other.team_size > 1
                    AND other.team_idx = (me.team_idx + 1 + floor(g.r_prev * (me.team_size - 1))::int) % me.team_size) END,
              peer_id = CASE WHEN g.has_peer THEN
                (SELECT p.id FROM gen_staff p WHERE p.role = 'PEER_SUPPORT' AND p.team = g.team AND p.team_idx = floor(g.r_peer * p.team_size)::int) END;
       UPDATE gen_client SET reassigned = false WHERE reassigned AND (previous_counselor_id IS NULL OR switch_date <= admission_date OR switch_date > last_day);
       UPDATE gen_client SET peer_start = least(last_day, admission_date + floor(pg_temp.rnd(n, 15) * 14)::int) WHERE peer_id IS NOT NULL;
       UPDATE gen_client SET check_in_end = greatest(check_in_end, admission_date)`
    );

    await step(
      'clients, episodes, care teams',
      `INSERT INTO client (id, organization_id, program_id, first_name, last_name, preferred_name, date_of_birth, pronouns, level_of_care, status,
                           admission_date, recovery_start_date, discharge_date, discharge_reason, version, check_in_schedule,
                           receiving_integrated_treatment, created_at, updated_at)
       SELECT g.id, pg_temp.uid('org'), g.program_id,
              pg_temp.pick(${FIRST_NAMES}, pg_temp.rnd(g.n, 20)), pg_temp.pick(${LAST_NAMES}, pg_temp.rnd(g.n, 21)),
              CASE WHEN pg_temp.rnd(g.n, 22) < 0.1 THEN pg_temp.pick(${FIRST_NAMES}, pg_temp.rnd(g.n, 23)) END,
              g.admission_date - (6570 + floor(pg_temp.rnd(g.n, 24) * 18000)::int),
              CASE WHEN pg_temp.rnd(g.n, 25) < 0.3 THEN pg_temp.pick(ARRAY['she/her', 'he/him', 'they/them'], pg_temp.rnd(g.n, 26)) END,
              g.level_of_care::level_of_care, g.status::client_status, g.admission_date,
              g.admission_date - floor(pg_temp.rnd(g.n, 27) * 30)::int, g.discharge_date, g.discharge_reason::discharge_reason, 1,
              g.schedule::check_in_schedule, pg_temp.rnd(g.n, 28) < 0.3,
              g.admission_date::timestamptz, coalesce(g.discharge_date, g.admission_date)::timestamptz
         FROM gen_client g ORDER BY g.n;
       INSERT INTO care_team_assignment (id, organization_id, client_id, staff_user_id, role, started_on, ended_on, created_at, updated_at)
       SELECT pg_temp.uid('cta:' || g.n || ':counselor'), pg_temp.uid('org'), g.id, g.counselor_id, 'COUNSELOR'::care_team_role,
              CASE WHEN g.reassigned THEN g.switch_date ELSE g.admission_date END,
              CASE WHEN g.discharge_date IS NOT NULL THEN g.discharge_date + 1 END,
              coalesce(g.switch_date, g.admission_date)::timestamptz, coalesce(g.switch_date, g.admission_date)::timestamptz
         FROM gen_client g
       UNION ALL
       SELECT pg_temp.uid('cta:' || g.n || ':previous'), pg_temp.uid('org'), g.id, g.previous_counselor_id, 'COUNSELOR',
              g.admission_date, g.switch_date, g.admission_date::timestamptz, g.switch_date::timestamptz
         FROM gen_client g WHERE g.reassigned
       UNION ALL
       SELECT pg_temp.uid('cta:' || g.n || ':peer'), pg_temp.uid('org'), g.id, g.peer_id, 'PEER_SUPPORT'::care_team_role,
              g.peer_start, CASE WHEN g.discharge_date IS NOT NULL THEN g.discharge_date + 1 END, g.peer_start::timestamptz, g.peer_start::timestamptz
         FROM gen_client g WHERE g.peer_id IS NOT NULL;
       -- Written here, before commit, so the deferred "open the first episode" trigger finds each client's episode.
       INSERT INTO episode_of_care (id, organization_id, client_id, sequence, program_id, admission_date, level_of_care, status,
                                    discharge_date, discharge_reason, counselor_at_discharge_id, created_at, updated_at)
       SELECT pg_temp.uid('episode:' || g.n), pg_temp.uid('org'), g.id, 1, g.program_id, g.admission_date, g.level_of_care::level_of_care,
              g.status::client_status, g.discharge_date, g.discharge_reason::discharge_reason,
              CASE WHEN g.discharge_date IS NOT NULL THEN g.counselor_id END, g.admission_date::timestamptz, coalesce(g.discharge_date, g.admission_date)::timestamptz
         FROM gen_client g ORDER BY g.n`
    );

    // Care plans: the plan in force was signed within ~1.15 review intervals of the last day in care
    // (so about one in seven in care is overdue); an earlier version is superseded when the stay is
    // longer than an interval; some in care have the next version in draft or awaiting sign-off, and
    // the newest admissions only a first draft.
    // The plan text is built once; every row takes it from the uncorrelated subquery (one InitPlan).
    await step('plan of care plans', `CREATE TEMP TABLE gen_content AS SELECT ${PLAN_CONTENT} AS content`);
    await bulkStep(
      'care plans',
      'care_plan',
      `CREATE TEMP TABLE gen_plan AS
       SELECT g.*, iv.days AS interval_days,
              least(g.last_day, greatest(g.admission_date + least(5, g.stay - 1), g.last_day - floor(pg_temp.rnd(g.n, 30) * iv.days * 1.15)::int)) AS signed_on,
              g.stay <= 5 AND g.discharge_date IS NULL AS draft_only,
              g.discharge_date IS NULL AND pg_temp.rnd(g.n, 31) < 0.08 AS next_open,
              pg_temp.rnd(g.n, 32) < 0.5 AS next_submitted
         FROM gen_client g
         JOIN (VALUES (1, 90), (2, 7), (3, 90)) AS iv(program_n, days) ON iv.program_n = g.program_n;
       ALTER TABLE gen_plan ADD two_versions boolean;
       UPDATE gen_plan SET two_versions = NOT draft_only AND signed_on - admission_date > interval_days;
       INSERT INTO care_plan (id, organization_id, client_id, episode_id, plan_version, status, content, based_on_plan_id, created_by_id, updated_by_id,
                              submitted_at, submitted_by_id, signed_at, signed_by_id, review_due_on, superseded_at, version, created_at, updated_at)
       SELECT pg_temp.uid('plan:' || p.n || ':1'), pg_temp.uid('org'), p.id, pg_temp.uid('episode:' || p.n), 1,
              CASE WHEN p.draft_only THEN 'DRAFT' WHEN p.two_versions THEN 'SUPERSEDED' ELSE 'ACTIVE' END::care_plan_status,
              (SELECT content FROM gen_content), NULL, coalesce(p.previous_counselor_id, p.counselor_id), coalesce(p.previous_counselor_id, p.counselor_id),
              CASE WHEN NOT p.draft_only THEN (p.admission_date + least(4, p.stay - 1))::timestamptz END,
              CASE WHEN NOT p.draft_only THEN coalesce(p.previous_counselor_id, p.counselor_id) END,
              CASE WHEN NOT p.draft_only THEN (CASE WHEN p.two_versions THEN p.admission_date + least(5, p.stay - 1) ELSE p.signed_on END)::timestamptz + interval '15 hours' END,
              CASE WHEN NOT p.draft_only THEN p.supervisor_id END,
              CASE WHEN NOT p.draft_only AND NOT p.two_versions THEN p.signed_on + p.interval_days END,
              CASE WHEN p.two_versions THEN p.signed_on::timestamptz + interval '15 hours' END,
              1, p.admission_date::timestamptz, p.signed_on::timestamptz
         FROM gen_plan p
       UNION ALL
       SELECT pg_temp.uid('plan:' || p.n || ':2'), pg_temp.uid('org'), p.id, pg_temp.uid('episode:' || p.n), 2, 'ACTIVE',
              (SELECT content FROM gen_content), pg_temp.uid('plan:' || p.n || ':1'), p.counselor_id, p.counselor_id,
              (p.signed_on - 1)::timestamptz, p.counselor_id, p.signed_on::timestamptz + interval '15 hours', p.supervisor_id,
              p.signed_on + p.interval_days, NULL, 1, (p.signed_on - 3)::timestamptz, p.signed_on::timestamptz
         FROM gen_plan p WHERE p.two_versions
       UNION ALL
       SELECT pg_temp.uid('plan:' || p.n || ':3'), pg_temp.uid('org'), p.id, pg_temp.uid('episode:' || p.n), CASE WHEN p.two_versions THEN 3 ELSE 2 END,
              CASE WHEN p.next_submitted THEN 'PENDING_REVIEW' ELSE 'DRAFT' END::care_plan_status,
              (SELECT content FROM gen_content), pg_temp.uid('plan:' || p.n || CASE WHEN p.two_versions THEN ':2' ELSE ':1' END), p.counselor_id, p.counselor_id,
              CASE WHEN p.next_submitted THEN ($1::date - 2)::timestamptz END, CASE WHEN p.next_submitted THEN p.counselor_id END,
              NULL, NULL, NULL, NULL, 1, ($1::date - 5)::timestamptz, ($1::date - 2)::timestamptz
         FROM gen_plan p WHERE p.next_open AND NOT p.draft_only`
    );

    // Diagnoses: a substance-use disorder for most, a mental-health diagnosis for ~38% (so about a
    // third are dual), nicotine for ~30% (never dual on its own), some in remission or resolved.
    await step(
      'diagnoses, support networks, consents, family engagement',
      `INSERT INTO diagnosis (id, organization_id, client_id, icd10_code, description, onset_date, status, recorded_by_id, version, created_at, updated_at)
       SELECT pg_temp.uid('dx:' || d.n || ':' || d.slot), pg_temp.uid('org'), d.id, d.code, dx.description,
              d.admission_date - floor(pg_temp.rnd(d.n * 10 + d.slot, 40) * 2000)::int, d.dx_status::diagnosis_status, d.counselor_id, 1,
              d.admission_date::timestamptz, d.admission_date::timestamptz
         FROM (
           SELECT g.*, 1 AS slot, pg_temp.pick(ARRAY['F10.20', 'F10.20', 'F11.20', 'F11.20', 'F12.20', 'F14.20', 'F15.20', 'F13.20', 'F19.20', 'F10.21'], pg_temp.rnd(g.n, 41)) AS code,
                  CASE WHEN pg_temp.rnd(g.n, 42) < 0.9 THEN 'ACTIVE' ELSE 'IN_REMISSION' END AS dx_status
             FROM gen_client g WHERE pg_temp.rnd(g.n, 43) < 0.92
           UNION ALL
           SELECT g.*, 2, pg_temp.pick(ARRAY['F12.20', 'F14.20', 'F15.20', 'F13.20', 'F11.21'], pg_temp.rnd(g.n, 44)), 'ACTIVE'
             FROM gen_client g WHERE pg_temp.rnd(g.n, 45) < 0.2
           UNION ALL
           SELECT g.*, 3, pg_temp.pick(ARRAY['F32.1', 'F33.1', 'F41.1', 'F43.10', 'F31.9', 'F20.9', 'F60.3', 'F90.0', 'F32.5'], pg_temp.rnd(g.n, 46)),
                  CASE WHEN pg_temp.rnd(g.n, 47) < 0.92 THEN 'ACTIVE' ELSE 'RESOLVED' END
             FROM gen_client g WHERE pg_temp.rnd(g.n, 48) < 0.40
           UNION ALL
           SELECT g.*, 4, 'F17.210', 'ACTIVE' FROM gen_client g WHERE pg_temp.rnd(g.n, 49) < 0.3
         ) d
         JOIN (VALUES ('F10.20', 'Alcohol dependence, uncomplicated'), ('F10.21', 'Alcohol dependence, in remission'),
                      ('F11.20', 'Opioid dependence, uncomplicated'), ('F11.21', 'Opioid dependence, in remission'),
                      ('F12.20', 'Cannabis dependence, uncomplicated'), ('F13.20', 'Sedative, hypnotic or anxiolytic dependence, uncomplicated'),
                      ('F14.20', 'Cocaine dependence, uncomplicated'), ('F15.20', 'Other stimulant dependence, uncomplicated'),
                      ('F19.20', 'Other psychoactive substance dependence, uncomplicated'), ('F17.210', 'Nicotine dependence, cigarettes, uncomplicated'),
                      ('F32.1', 'Major depressive disorder, single episode, moderate'), ('F32.5', 'Major depressive disorder, single episode, in full remission'),
                      ('F33.1', 'Major depressive disorder, recurrent, moderate'), ('F41.1', 'Generalized anxiety disorder'),
                      ('F43.10', 'Post-traumatic stress disorder, unspecified'), ('F31.9', 'Bipolar disorder, unspecified'),
                      ('F20.9', 'Schizophrenia, unspecified'), ('F60.3', 'Borderline personality disorder'),
                      ('F90.0', 'Attention-deficit hyperactivity disorder, predominantly inattentive type')) AS dx(code, description)
           ON dx.code = d.code
        ORDER BY d.n, d.slot;
       -- Members as they are recorded: most at intake (the first days of the stay), some later in it, a few
       -- before it (known from an earlier referral); about one in twenty-five removed since.
       INSERT INTO support_network_member (id, organization_id, client_id, name, relationship, stance, phone, email, involved_in_treatment, note,
                                           removed_at, version, created_at, updated_at)
       SELECT pg_temp.uid('snm:' || x.n || ':' || x.m), pg_temp.uid('org'), x.id,
              pg_temp.pick(${FIRST_NAMES}, pg_temp.rnd(x.k, 50)) || ' ' || pg_temp.pick(${LAST_NAMES}, pg_temp.rnd(x.k, 51)),
              pg_temp.pick(ARRAY['PARENT', 'PARTNER', 'SPOUSE', 'CHILD', 'SIBLING', 'OTHER_FAMILY', 'FRIEND', 'SPONSOR', 'MENTOR', 'PEER', 'EMPLOYER', 'OTHER'],
                           pg_temp.rnd(x.k, 52))::support_relationship,
              CASE WHEN pg_temp.rnd(x.k, 53) < 0.7 THEN 'SUPPORTIVE' WHEN pg_temp.rnd(x.k, 53) < 0.9 THEN 'NEUTRAL' ELSE 'RISK' END::recovery_stance,
              NULL, NULL, pg_temp.rnd(x.k, 54) < 0.3, NULL,
              CASE WHEN pg_temp.rnd(x.k, 112) < 0.04 AND x.named_on < x.last_day
                   THEN ((x.named_on + 1 + floor(pg_temp.rnd(x.k, 113) * (x.last_day - x.named_on))::int)::timestamp + interval '15 hours') AT TIME ZONE $2 END,
              1, x.named_at, x.named_at
         FROM (
           SELECT y.*, (y.named_on::timestamp + interval '9 hours' + floor(pg_temp.rnd(y.k, 114) * 480) * interval '1 minute') AT TIME ZONE $2 AS named_at
             FROM (
               SELECT g.n, g.id, g.last_day, m, k,
                      CASE WHEN pg_temp.rnd(k, 110) < 0.75 THEN least(g.last_day, g.admission_date + floor(pg_temp.rnd(k, 111) * 4)::int)
                           WHEN pg_temp.rnd(k, 110) < 0.95 THEN g.admission_date + floor(pg_temp.rnd(k, 111) * g.stay)::int
                           ELSE g.admission_date - 1 - floor(pg_temp.rnd(k, 111) * 365)::int END AS named_on
                 FROM gen_client g
                 CROSS JOIN LATERAL generate_series(1, floor(pg_temp.rnd(g.n, 55) * 5)::int) m
                 CROSS JOIN LATERAL (SELECT g.n * 10 + m AS k) kk) y) x
        ORDER BY x.n, x.m;
       INSERT INTO consent (id, organization_id, client_id, recipient_kind, scopes, purpose, effective_on, signed_on, recorded_by_id, version, created_at, updated_at)
       SELECT pg_temp.uid('consent:' || g.n), pg_temp.uid('org'), g.id, 'PEER_SUPPORT_TEAM', ARRAY['CHECK_INS', 'ATTENDANCE']::consent_scope[],
              'Coordination of peer recovery support', g.admission_date, g.admission_date, g.counselor_id, 1, g.admission_date::timestamptz, g.admission_date::timestamptz
         FROM gen_client g WHERE g.peer_id IS NOT NULL AND pg_temp.rnd(g.n, 56) < 0.7 ORDER BY g.n;
       INSERT INTO family_engagement_event (id, organization_id, client_id, type, occurred_on, staff_user_id, note, created_at)
       SELECT pg_temp.uid('family:' || e), pg_temp.uid('org'), g.id,
              pg_temp.pick(ARRAY['FAMILY_THERAPY_SESSION', 'FAMILY_EDUCATION_GROUP', 'PHONE_CONTACT', 'VISIT'], pg_temp.rnd(e, 57))::family_engagement_type,
              f.occurred_on, g.counselor_id, NULL, f.occurred_on::timestamptz
         FROM generate_series(1, ${o.familyEvents}) e
         JOIN gen_client g ON g.n = 1 + floor(pg_temp.rnd(e, 59) * ${o.clients})::int
         -- Half in the first month, when programs bring families in; the rest over the stay.
         CROSS JOIN LATERAL (SELECT g.admission_date + floor(pg_temp.rnd(e, 58) * CASE WHEN pg_temp.rnd(e, 115) < 0.5 THEN least(31, g.stay) ELSE g.stay END)::int
                               AS occurred_on) f
        ORDER BY e`
    );

    // Rows spread over clients in proportion to a weight, exactly `total` in all: client i gets
    // floor(total·W(i)/W) − floor(total·W(i−1)/W) rows, W the running sum of weights in client order.
    const spread = (table: string, weight: string, where: string, total: number) =>
      `CREATE TEMP TABLE ${table} AS
       SELECT n, (floor(${total}::numeric * cw / sum_w) - floor(${total}::numeric * (cw - w) / sum_w))::int AS cnt
         FROM (SELECT n, w, sum(w) OVER (ORDER BY n) AS cw, sum(w) OVER () AS sum_w
                 FROM (SELECT g.n, (${weight})::numeric AS w FROM gen_client g WHERE ${where}) x) y;
       DELETE FROM ${table} WHERE cnt = 0`;

    // Check-ins: by schedule (daily, several a week, weekly), over each stay up to the last one; one in
    // ten clients has high cravings and reports use more often.
    await step('plan of check-ins', spread('gen_check_in_count', `(g.check_in_end - g.admission_date + 1) * (ARRAY[0.45, 0.8, 0.15])[g.program_n]`, 'true', o.checkIns));
    await bulkStep(
      'check-ins',
      'check_in',
      `INSERT INTO check_in (id, organization_id, client_id, occurred_at, channel, craving, mood, used_substances, substances, attended_meeting, meeting_kind,
                             triggers, confidence, note, recorded_by_id, created_at)
       SELECT pg_temp.seq_uid(1, x.k), pg_temp.uid('org'), x.id, x.at,
              pg_temp.pick(ARRAY['APP', 'APP', 'TEXT', 'PHONE', 'IN_PERSON'], pg_temp.bits(x.h1, 0))::check_in_channel,
              least(10, greatest(0, x.base_craving + floor(pg_temp.bits(x.h1, 1) * 5)::int - 2)),
              1 + floor(pg_temp.bits(x.h1, 2) * 5)::int,
              x.used, CASE WHEN x.used THEN ARRAY[pg_temp.pick(ARRAY['alcohol', 'opioids', 'cannabis', 'cocaine', 'methamphetamine'], pg_temp.bits(x.h1, 3))] ELSE '{}' END,
              x.meeting, CASE WHEN x.meeting THEN pg_temp.pick(ARRAY['AA', 'NA', 'SMART_RECOVERY', 'OTHER'], pg_temp.bits(x.h2, 0))::mutual_aid_meeting_kind END,
              CASE WHEN pg_temp.bits(x.h2, 1) < 0.5 THEN '{}'
                   ELSE ARRAY[pg_temp.pick(ARRAY['STRESS', 'CONFLICT', 'PEOPLE', 'PLACES', 'BOREDOM', 'LONELINESS', 'PAIN', 'CELEBRATION', 'OTHER'], pg_temp.bits(x.h2, 2))]
              END::check_in_trigger[],
              floor(pg_temp.bits(x.h2, 3) * 11)::int, NULL, NULL, x.at
         FROM (
           SELECT c.id, k, h1, h2, at, c.base_craving,
                  pg_temp.bits(h3, 0) < c.use_rate AS used,
                  pg_temp.bits(h3, 1) < 0.4 AS meeting
             FROM (SELECT gc.cnt, gc.n, g.id, g.admission_date, g.check_in_end - g.admission_date + 1 AS days,
                          CASE WHEN g.high_risk THEN 6 ELSE floor(pg_temp.rnd(g.n, 68) * 4)::int END AS base_craving,
                          CASE WHEN g.high_risk THEN 0.15 ELSE 0.02 END AS use_rate
                     FROM gen_check_in_count gc JOIN gen_client g ON g.n = gc.n
                    -- Sorting the 10,000 clients, not the million rows: the lateral series keep this order, so ids rise.
                    ORDER BY gc.n) c
             CROSS JOIN LATERAL generate_series(1, c.cnt) i
             CROSS JOIN LATERAL (SELECT c.n::bigint * 10000000 + i AS k) kk
             CROSS JOIN LATERAL (SELECT pg_temp.hash(k, 60) AS h1, pg_temp.hash(k, 61) AS h2, pg_temp.hash(k, 62) AS h3) hh
             CROSS JOIN LATERAL (SELECT (c.admission_date::timestamp AT TIME ZONE $2)
                                   + ((i - 1 + pg_temp.rnd(k, 71)) / c.cnt) * c.days * interval '1 day' AS at) a
            ) x`
    );

    // Peer contacts: for clients with a peer worker, over the peer's time with them; one in five has
    // had none for the last two to six weeks.
    await step(
      'plan of peer contacts',
      `${spread('gen_peer_count', `g.last_day - g.peer_start + 1`, 'g.peer_id IS NOT NULL', o.peerContacts)};
       ALTER TABLE gen_peer_count ADD last_contact date;
       UPDATE gen_peer_count c SET last_contact = greatest(g.peer_start,
              CASE WHEN pg_temp.rnd(g.n, 72) < 0.2 THEN g.last_day - 15 - floor(pg_temp.rnd(g.n, 73) * 30)::int ELSE g.last_day END)
         FROM gen_client g WHERE g.n = c.n`
    );
    await bulkStep(
      'peer contacts',
      'peer_contact',
      `INSERT INTO peer_contact (id, organization_id, client_id, peer_worker_id, occurred_on, duration_minutes, mode, support_types, practical_help, note,
                                 next_follow_up_on, created_at)
       SELECT pg_temp.seq_uid(2, x.k), pg_temp.uid('org'), x.id, x.peer_id, x.on_day, 10 + floor(pg_temp.rnd(x.k, 80) * 110)::int,
              pg_temp.pick(ARRAY['IN_PERSON', 'PHONE', 'TEXT', 'VIDEO'], pg_temp.rnd(x.k, 81))::peer_contact_mode,
              CASE WHEN x.practical THEN ARRAY['INSTRUMENTAL', 'EMOTIONAL']
                   ELSE ARRAY[pg_temp.pick(ARRAY['EMOTIONAL', 'INFORMATIONAL', 'AFFILIATIONAL'], pg_temp.rnd(x.k, 82))] END::support_type[],
              CASE WHEN x.practical THEN ARRAY[pg_temp.pick(ARRAY['TRANSPORTATION', 'HOUSING', 'EMPLOYMENT', 'FOOD', 'ERRANDS', 'BENEFITS', 'MEETING_ACCOMPANIMENT'],
                                                              pg_temp.rnd(x.k, 83))] ELSE '{}' END::practical_help[],
              NULL, CASE WHEN pg_temp.rnd(x.k, 84) < 0.5 THEN x.on_day + 7 END, x.on_day::timestamptz + interval '14 hours'
         FROM (
           SELECT g.id, g.peer_id, k, g.peer_start + floor(((i - 1 + pg_temp.rnd(k, 85)) / c.cnt) * (c.last_contact - g.peer_start + 1))::int AS on_day,
                  pg_temp.rnd(k, 86) < 0.3 AS practical
             FROM gen_peer_count c
             JOIN gen_client g ON g.n = c.n
             CROSS JOIN LATERAL generate_series(1, c.cnt) i
             CROSS JOIN LATERAL (SELECT c.n::bigint * 10000000 + i AS k) kk
            ORDER BY k) x`
    );

    // Measures: PHQ-9, GAD-7 and BARC-10 over each stay; PHQ-9 item 9 above 0 now and then.
    await step('plan of measures', spread('gen_measure_count', `g.stay`, 'true', o.measures));
    await bulkStep(
      'measures',
      'measure_administration',
      `INSERT INTO measure_administration (id, organization_id, client_id, instrument, instrument_version, administered_on, answers, total, band, subscores, alerts,
                                           administered_by_id, created_at)
       SELECT pg_temp.seq_uid(3, y.k), pg_temp.uid('org'), y.id, y.instrument::measure_instrument,
              CASE y.instrument WHEN 'PHQ_9' THEN '2001' WHEN 'GAD_7' THEN '2006' ELSE '2017' END,
              y.on_day, y.answers, y.total,
              CASE y.instrument
                WHEN 'PHQ_9' THEN CASE WHEN y.total <= 4 THEN 'MINIMAL' WHEN y.total <= 9 THEN 'MILD' WHEN y.total <= 14 THEN 'MODERATE'
                                       WHEN y.total <= 19 THEN 'MODERATELY_SEVERE' ELSE 'SEVERE' END
                WHEN 'GAD_7' THEN CASE WHEN y.total <= 4 THEN 'MINIMAL' WHEN y.total <= 9 THEN 'MILD' WHEN y.total <= 14 THEN 'MODERATE' ELSE 'SEVERE' END
                ELSE CASE WHEN y.total >= 47 THEN 'SUFFICIENT' ELSE 'BELOW_THRESHOLD' END END,
              CASE WHEN y.instrument = 'PHQ_9' THEN jsonb_build_object('item9', y.answers[9]) ELSE '{}'::jsonb END,
              CASE WHEN y.instrument = 'PHQ_9' AND y.answers[9] > 0
                   THEN ARRAY['PHQ-9 item 9 (thoughts of self-harm) answered ' || y.answers[9] || ': safety follow-up needed.'] ELSE '{}' END,
              y.administered_by, y.on_day::timestamptz + interval '11 hours'
         FROM (
           SELECT x.*, (SELECT sum(a)::int FROM unnest(x.answers) a) AS total
             FROM (
               SELECT g.id, k, g.admission_date + floor(((i - 1 + pg_temp.rnd(k, 90)) / c.cnt) * g.stay)::int AS on_day,
                      CASE WHEN g.reassigned AND g.admission_date + floor(((i - 1 + pg_temp.rnd(k, 90)) / c.cnt) * g.stay)::int < g.switch_date
                           THEN g.previous_counselor_id ELSE g.counselor_id END AS administered_by,
                      inst.instrument,
                      CASE inst.instrument
                        WHEN 'PHQ_9' THEN ARRAY(SELECT CASE WHEN j = 9 THEN (pg_temp.rnd(k * 32 + j, 91) < 0.06)::int
                                                            ELSE floor(pg_temp.rnd(k * 32 + j, 92) * 4)::int END::smallint FROM generate_series(1, 9) j ORDER BY j)
                        WHEN 'GAD_7' THEN ARRAY(SELECT floor(pg_temp.rnd(k * 32 + j, 93) * 4)::smallint FROM generate_series(1, 7) j ORDER BY j)
                        ELSE ARRAY(SELECT (1 + floor(pg_temp.rnd(k * 32 + j, 94) * 6))::smallint FROM generate_series(1, 10) j ORDER BY j)
                      END AS answers
                 FROM gen_measure_count c
                 JOIN gen_client g ON g.n = c.n
                 CROSS JOIN LATERAL generate_series(1, c.cnt) i
                 CROSS JOIN LATERAL (SELECT c.n::bigint * 10000000 + i AS k) kk
                 CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.rnd(k, 95) < 0.4 THEN 'PHQ_9' WHEN pg_temp.rnd(k, 95) < 0.7 THEN 'GAD_7' ELSE 'BARC_10' END AS instrument) inst
                ORDER BY k) x) y`
    );

    // Progress notes: signed session notes over each stay by the counselor responsible that day;
    // about one in ten a no-show.
    await step('plan of progress notes', spread('gen_note_count', `g.stay`, 'true', o.progressNotes));
    await bulkStep(
      'progress notes',
      'progress_note',
      `INSERT INTO progress_note (id, organization_id, client_id, author_id, format, session_type, session_date, start_time, duration_minutes, attendance,
                                  modality, sections, status, signed_at, cosignature_required, version, created_at, updated_at, updated_by_id)
       SELECT pg_temp.seq_uid(4, x.k), pg_temp.uid('org'), x.id, x.author, 'DAP',
              pg_temp.pick(ARRAY['INDIVIDUAL', 'INDIVIDUAL', 'INDIVIDUAL', 'GROUP', 'FAMILY', 'CASE_MANAGEMENT'], pg_temp.rnd(x.k, 100))::session_type,
              x.on_day, time '09:00' + floor(pg_temp.rnd(x.k, 101) * 16) * interval '30 minutes', 50, x.attendance::session_attendance,
              CASE WHEN x.attendance = 'ATTENDED'
                   THEN pg_temp.pick(ARRAY['CBT', 'DBT', 'MI', 'RELAPSE_PREVENTION', 'TRAUMA_INFORMED', 'TWELVE_STEP_FACILITATION'], pg_temp.rnd(x.k, 102))::session_modality END,
              CASE WHEN x.attendance = 'ATTENDED' THEN ${NOTE_SECTIONS} ELSE jsonb_build_object('data', 'Client did not attend the scheduled session.') END,
              'SIGNED', least(now(), x.on_day::timestamptz + interval '18 hours'), false, 1,
              x.on_day::timestamptz + interval '17 hours', least(now(), x.on_day::timestamptz + interval '18 hours'), x.author
         FROM (
           SELECT g.id, k, d.on_day,
                  CASE WHEN g.reassigned AND d.on_day < g.switch_date THEN g.previous_counselor_id ELSE g.counselor_id END AS author,
                  CASE WHEN pg_temp.rnd(k, 103) < 0.85 THEN 'ATTENDED' WHEN pg_temp.rnd(k, 103) < 0.95 THEN 'NO_SHOW' ELSE 'CANCELLED_BY_CLIENT' END AS attendance
             FROM gen_note_count c
             JOIN gen_client g ON g.n = c.n
             CROSS JOIN LATERAL generate_series(1, c.cnt) i
             CROSS JOIN LATERAL (SELECT c.n::bigint * 10000000 + i AS k) kk
             CROSS JOIN LATERAL (SELECT g.admission_date + floor(((i - 1 + pg_temp.rnd(k, 104)) / c.cnt) * g.stay)::int AS on_day) d
            ORDER BY k) x`
    );

    await session.query('COMMIT');
    timings['total'] = Date.now() - started;
    log(`loaded in ${timings['total']} ms`);

    if (o.analyze) {
      const t0 = Date.now();
      await session.query(`VACUUM (ANALYZE) ${[...LOADED_TABLES, ...DERIVED_TABLES].join(', ')}`);
      timings['analyze'] = Date.now() - t0;
      log(`VACUUM ANALYZE: ${timings['analyze']} ms`);
    }

    const counts: Record<string, number> = {};
    const countRows = await session.query<{ t: string; n: string }>(
      LOADED_TABLES.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t} WHERE organization_id = pg_temp.uid('org')`).join(' UNION ALL '),
    );
    for (const row of countRows) counts[row.t] = Number(row.n);
    const staffRows = await session.query<{ role: string; id: string; email: string; display_name: string }>(
      `SELECT role, id, email, display_name FROM gen_staff ORDER BY role, k`,
    );
    const programs = await session.query<{ id: string; name: string }>(`SELECT id, name FROM program WHERE organization_id = pg_temp.uid('org') ORDER BY name`);
    const orgRow = await session.query<{ id: string }>(`SELECT pg_temp.uid('org')::text AS id`);
    const staffOf = (role: string) =>
      staffRows.filter((s) => s.role === role).map((s) => ({ id: s.id, email: s.email, displayName: s.display_name }));
    await session.query(`DISCARD TEMP`);
    return {
      organizationId: orgRow[0]!.id,
      programs,
      admin: staffOf('ADMIN')[0]!,
      supervisors: staffOf('SUPERVISOR'),
      counselors: staffOf('COUNSELOR'),
      peerWorkers: staffOf('PEER_SUPPORT'),
      password: o.password,
      today: o.today,
      timeZone: o.timeZone,
      counts,
      timings,
    };
  } catch (error) {
    await session.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await session.release();
  }
}

/** Tables the database's triggers fill from the loaded ones; vacuumed too, so the trends read check_in_week index-only as a settled database would. */
const DERIVED_TABLES = ['client_risk', 'check_in_week'];

/** Tables the generator fills (all have organization_id). */
const LOADED_TABLES = [
  'staff_user',
  'staff_program',
  'client',
  'episode_of_care',
  'care_team_assignment',
  'care_plan',
  'diagnosis',
  'support_network_member',
  'consent',
  'family_engagement_event',
  'check_in',
  'peer_contact',
  'measure_administration',
  'progress_note',
];

const FIRST_NAMES = `ARRAY['Avery', 'Jordan', 'Riley', 'Morgan', 'Casey', 'Taylor', 'Jamie', 'Quinn', 'Rowan', 'Emerson', 'Maria', 'James', 'Aisha', 'Wei',
  'Santiago', 'Fatima', 'Noah', 'Olivia', 'Liam', 'Emma', 'Mateo', 'Sofia', 'Elijah', 'Amara', 'Lucas', 'Chloe', 'Ethan', 'Zara', 'Daniel', 'Grace',
  'Samuel', 'Leila', 'Henry', 'Nia', 'Owen', 'Priya', 'Caleb', 'Mei', 'Isaac', 'Hana']`;
const LAST_NAMES = `ARRAY['Nguyen', 'Smith', 'Garcia', 'Johnson', 'Okafor', 'Patel', 'Kim', 'Martinez', 'Brown', 'Silva', 'Jones', 'Williams', 'Rodriguez',
  'Lopez', 'Chen', 'Davis', 'Miller', 'Wilson', 'Anderson', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris',
  'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres']`;

/** A plan of the size clinicians write: two problems, goals, objectives and interventions (~2 KB of JSON). */
const PLAN_CONTENT = `jsonb_build_object('problems', jsonb_build_array(
  jsonb_build_object('id', 'p1', 'clientStatement', 'I keep drinking when things get hard at home and I want to stop.',
    'clinicalDescription', 'Alcohol use disorder, moderate; uses alcohol to cope with family conflict and work stress.',
    'addressesDiagnosisCodes', jsonb_build_array('F10.20'),
    'goals', jsonb_build_array(jsonb_build_object('id', 'g1', 'description', 'Sustain abstinence from alcohol.',
      'objectives', jsonb_build_array(
        jsonb_build_object('id', 'o1', 'description', 'Attend two mutual-aid meetings a week for 8 weeks.', 'targetDate', NULL, 'status', 'IN_PROGRESS',
          'interventions', jsonb_build_array(jsonb_build_object('id', 'i1', 'description', 'Connect the client to local meetings and review attendance weekly.',
            'frequency', 'Weekly', 'responsibleStaffId', NULL, 'modality', 'TWELVE_STEP_FACILITATION'))),
        jsonb_build_object('id', 'o2', 'description', 'Identify three high-risk situations and a coping plan for each.', 'targetDate', NULL, 'status', 'NOT_STARTED',
          'interventions', jsonb_build_array(jsonb_build_object('id', 'i2', 'description', 'Relapse-prevention sessions using a coping-skills workbook.',
            'frequency', 'Weekly', 'responsibleStaffId', NULL, 'modality', 'RELAPSE_PREVENTION'))))))),
  jsonb_build_object('id', 'p2', 'clientStatement', 'I feel down most days and can''t sleep.',
    'clinicalDescription', 'Depressive symptoms (PHQ-9 moderate) with insomnia; no current safety concerns reported.',
    'goals', jsonb_build_array(jsonb_build_object('id', 'g2', 'description', 'Reduce depressive symptoms.',
      'objectives', jsonb_build_array(
        jsonb_build_object('id', 'o3', 'description', 'PHQ-9 below 10 within 12 weeks.', 'targetDate', NULL, 'status', 'IN_PROGRESS',
          'interventions', jsonb_build_array(jsonb_build_object('id', 'i3', 'description', 'Cognitive behavioral therapy for depression.',
            'frequency', 'Weekly', 'responsibleStaffId', NULL, 'modality', 'CBT')))))))))`;

const NOTE_SECTIONS = `jsonb_build_object(
  'data', 'Client attended on time and reported cravings in the evenings after work; described two situations with family this week.',
  'assessment', 'Engaged and reflective; making progress on identifying high-risk situations. Mood stable compared with the last session.',
  'plan', 'Continue weekly sessions; practise the coping plan for evening cravings; review meeting attendance next session.')`;
