import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { CareTeamRole, StaffRole } from '@carecircle/shared/domain';
import { Factory, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

/**
 * A bounded, seeded fuzz run over the whole schema: every query and mutation, for a counselor, a
 * supervisor and an administrator, with arguments built from the input types and filled with
 * hostile values. No answer may be a 5xx or an INTERNAL_SERVER_ERROR, and a refused mutation may
 * change no row. Same seed, same requests: a failure names the operation and variables to replay.
 */
const SEED = 20261130;
// Five seeded variants per operation (was seven): over 100 operations and three roles the hostile pools are
// still drawn ~1,500 times, and the run costs the suite about a quarter less.
const VARIANTS_PER_OPERATION = 5;
/** Refused mutations replayed one by one between two checksums of every table. */
const REPLAYED = 200;
const CONCURRENCY = 4;

/** Operations that end the caller's session or change who may sign in: run last, so the rest keep their tokens. */
const RUN_LAST = new Set(['logout', 'deactivateStaffMember', 'updateOrganizationSettings', 'updateStaffMember', 'resetStaffTwoFactor', 'completeAccountSetup']);
/** Tables a refused request may legitimately write: the audit trail (DENIED rows, its hash chain's head) and sign-in throttling. */
const CHANGED_BY_REFUSALS = /^(audit_event|audit_chain.*|login_throttle.*|login_attempt.*|migrations|typeorm_metadata)$/;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pools {
  ids: string[];
}

class Generator {
  constructor(
    private readonly random: () => number,
    private readonly pools: Pools,
  ) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private text(name: string): string {
    const hostile = [
      '',
      '   ',
      'a\u0000b',
      'lone \ud800 high',
      'lone \udc00 low',
      'x'.repeat(20_000),
      '😀'.repeat(300),
      "Robert'); DROP TABLE client;--",
      '%_\\',
      '<script>alert(1)</script>',
      '-1',
      '1e999',
      'null',
      randomUUID(),
    ];
    if (/date|On$|^(from|to|until|since|on)$/i.test(name)) {
      return this.pick(['2026-02-30', '2025-02-29', '2026-13-01', '0000-01-01', '9999-12-31', '2026-03-01', '2026-01-05', '26-1-5', ...hostile.slice(0, 5)]);
    }
    if (/email/i.test(name)) return this.pick(['a@b.example', 'not an email', 'x\ud800@test.example', `${'a'.repeat(300)}@b.example`, ...hostile.slice(0, 5)]);
    if (/time$/i.test(name)) return this.pick(['14:30', '25:61', '', 'noon', '\u0000']);
    if (/code$/i.test(name)) return this.pick(['F41.1', 'F10.20', 'Z99', '000000', 'abcdef', ...hostile.slice(0, 5)]);
    return this.chance(0.3) ? this.pick(['Feeling steadier this week', 'alcohol', 'Weekly', 'Group therapy']) : this.pick(hostile);
  }

  private scalar(typeName: string, name: string): unknown {
    switch (typeName) {
      case 'ID':
        return this.chance(0.75) ? this.pick(this.pools.ids) : this.pick(['not-a-uuid', '', '00000000-0000-0000-0000-000000000000', randomUUID(), '1 OR 1=1', '\u0000', 'x'.repeat(5000)]);
      case 'Int':
        return this.pick([0, 1, -1, 2, 5, 10, 100, -100, 2147483647, -2147483648, 2147483648, 1000000]);
      case 'Float':
        return this.pick([0, 1, -1, 0.5, 1e308, -1e308, 3.3, 1e-320]);
      case 'Boolean':
        return this.chance(0.5);
      case 'DateTime':
        return this.pick(['2026-02-30T10:00:00Z', 'yesterday', '2026-03-01T10:00:00.000Z', '1900-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '', new Date().toISOString(), '2999-01-01T00:00:00Z']);
      case 'String':
        return this.text(name);
      default:
        return this.chance(0.5) ? {} : this.text(name);
    }
  }

  value(type: GraphQLInputType, name: string, depth = 0, nullable = true): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, name, depth, false);
    if (depth > 6 || (nullable && this.chance(0.08))) return null;
    if (isListType(type)) {
      const length = this.pick([0, 1, 1, 2, 3, 40]);
      return Array.from({ length }, () => this.value(type.ofType, name, depth + 1));
    }
    if (isEnumType(type)) return this.pick(type.getValues()).value;
    if (isScalarType(type)) return this.scalar(type.name, name);
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (required || this.chance(0.6)) object[field.name] = this.value(field.type, field.name, depth + 1);
      }
      return object;
    }
    return null;
  }
}

/** Leaf fields without required arguments, so every answer is small and every type's resolvers run. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a, i) => `$a${i}: ${String(a.type)}`);
  const args = field.args.map((a, i) => `${a.name}: $a${i}`);
  return `${kind}${variables.length ? `(${variables.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionOf(field.type)} }`;
}

interface FuzzRequest {
  role: string;
  operation: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
}

interface FuzzAnswer {
  status: number;
  codes: string[];
  messages: string[];
}

describe('fuzz: a seeded run over every operation as counselor, supervisor and admin', () => {
  let t: TestApp;
  let owner: Client;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Factory(t.dataSource);
    const { organization, program, supervisor, counselor } = await f.team();
    const admin = await f.staff(organization.id, StaffRole.ADMIN);
    for (let i = 0; i < 3; i++) {
      const client = await f.client(organization.id, program.id, { admissionDate: '2026-01-05', recoveryStartDate: '2026-01-05' });
      await f.assign(client, counselor, CareTeamRole.COUNSELOR);
      if (i === 0) await f.diagnosis(client, counselor, 'F10.20');
    }
    const elsewhere = await f.team();
    const foreign = await f.client(elsewhere.organization.id, elsewhere.program.id);
    await f.assign(foreign, elsewhere.counselor, CareTeamRole.COUNSELOR);
    tokens['COUNSELOR'] = await loginAs(t.gql, counselor.email);
    tokens['SUPERVISOR'] = await loginAs(t.gql, supervisor.email);
    tokens['ADMIN'] = await loginAs(t.gql, admin.email);

    // The test database as its owner (the app's role owns nothing and row-level security may hide rows from it).
    const [{ name }] = (await t.dataSource.query('SELECT current_database() AS name')) as Array<{ name: string }>;
    const url = new URL(String(process.env['CARECIRCLE_TEST_ADMIN_URL']));
    url.pathname = `/${name}`;
    owner = new Client({ connectionString: url.toString() });
    await owner.connect();
  }, 120_000);
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  /** Every table but those refusals may write, each as the md5 of its rows in a stable order. */
  async function checksums(): Promise<Record<string, string>> {
    const tables = (await owner.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows
      .map((r: { tablename: string }) => r.tablename)
      .filter((name: string) => !CHANGED_BY_REFUSALS.test(name));
    const sums: Record<string, string> = {};
    for (const table of tables) {
      const { rows } = await owner.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`);
      sums[table] = (rows[0] as { sum: string }).sum;
    }
    return sums;
  }

  async function send(request: FuzzRequest): Promise<FuzzAnswer> {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[request.role]}` },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
    const text = await response.text();
    let errors: Array<{ message?: string; extensions?: { code?: string } }> = [];
    try {
      errors = (JSON.parse(text) as { errors?: typeof errors }).errors ?? [];
    } catch {
      errors = [{ message: text.slice(0, 200) }];
    }
    return { status: response.status, codes: errors.map((e) => String(e.extensions?.code ?? '(no code)')), messages: errors.map((e) => String(e.message)) };
  }

  async function runAll(requests: FuzzRequest[], concurrency: number): Promise<FuzzAnswer[]> {
    const answers: FuzzAnswer[] = new Array(requests.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests.length) {
          const i = next++;
          answers[i] = await send(requests[i] as FuzzRequest);
        }
      }),
    );
    return answers;
  }

  const failureOf = (request: FuzzRequest, answer: FuzzAnswer) =>
    answer.status >= 500 || answer.codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === '(no code)')
      ? `${request.role} ${request.operation} → HTTP ${answer.status} ${answer.codes.join(',')} ${answer.messages.join(' | ').slice(0, 200)}\n  variables: ${JSON.stringify(request.variables).slice(0, 600)}`
      : null;

  it('answers thousands of hostile requests without a 5xx or INTERNAL_SERVER_ERROR, and refused mutations change nothing', async () => {
    const schema: GraphQLSchema = t.app.get(GraphQLSchemaHost).schema;
    const ids = (
      await owner.query(`
        SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.columns o ON o.table_name = c.table_name AND o.column_name = 'organization_id' AND o.table_schema = 'public'
        WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid'`)
    ).rows as Array<{ table_name: string }>;
    const pool: string[] = [];
    for (const { table_name } of ids) {
      const { rows } = await owner.query(`SELECT id::text AS id FROM "${table_name}" ORDER BY id LIMIT 4`);
      pool.push(...rows.map((r: { id: string }) => r.id));
    }
    const organizations = (await owner.query(`SELECT id::text AS id FROM organization`)).rows.map((r: { id: string }) => r.id);
    const generator = new Generator(mulberry32(SEED), { ids: [...pool, ...organizations] });

    const operations = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
    ];
    const build = (last: boolean) =>
      ['COUNSELOR', 'SUPERVISOR', 'ADMIN'].flatMap((role) =>
        operations
          .filter(({ field }) => RUN_LAST.has(field.name) === last)
          .flatMap(({ kind, field }) =>
            Array.from({ length: field.args.length ? VARIANTS_PER_OPERATION : 1 }, () => ({
              role,
              operation: field.name,
              kind,
              query: documentOf(kind, field),
              variables: Object.fromEntries(field.args.map((a, i) => [`a${i}`, generator.value(a.type, a.name)])),
            })),
          ),
      );

    // 1. Everything but the session-ending operations.
    const requests = build(false);
    const answers = await runAll(requests, CONCURRENCY);
    const failures = requests.map((r, i) => failureOf(r, answers[i] as FuzzAnswer)).filter((f): f is string => f !== null);

    // 2. Refused mutations once more, one at a time, between two checksums of every table: no row may change.
    const refused = requests.filter((r, i) => r.kind === 'mutation' && (answers[i] as FuzzAnswer).codes.length > 0);
    const rejectedFirstTime = refused.length;
    // An even sample across operations and roles, the same every run.
    let rejected = refused.filter((_, i) => i % Math.max(1, Math.floor(refused.length / REPLAYED)) === 0).slice(0, REPLAYED);
    let changed: string[] = [];
    for (let pass = 0; pass < 3; pass++) {
      const before = await checksums();
      const replayed = await runAll(rejected, 1);
      const stillRejected = rejected.filter((_, i) => (replayed[i] as FuzzAnswer).codes.length > 0);
      const after = await checksums();
      changed = Object.keys(before).filter((table) => before[table] !== after[table]);
      if (stillRejected.length === rejected.length) break;
      // Some went through this time (their earlier refusal was about state that has since changed): again without them.
      rejected = stillRejected;
    }

    // 3. The session-ending operations, last.
    const lastRequests = build(true);
    const lastAnswers = await runAll(lastRequests, CONCURRENCY);
    failures.push(...lastRequests.map((r, i) => failureOf(r, lastAnswers[i] as FuzzAnswer)).filter((f): f is string => f !== null));

    const total = requests.length + rejected.length + lastRequests.length;
    process.stdout.write(
      `fuzz: seed ${SEED}, ${operations.length} operations, ${total} requests (${rejectedFirstTime} refused mutations, ${rejected.length} replayed against checksums), ${failures.length} failures, tables changed by refused mutations: ${changed.join(', ') || 'none'}\n`,
    );
    // The run really covered the schema: about 100 operations × 3 roles × 5 variants, less the argument-free ones.
    expect(total).toBeGreaterThan(1200);
    expect(rejected.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
    expect(changed).toEqual([]);
  }, 240_000);
});
