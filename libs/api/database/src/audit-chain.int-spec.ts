import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { describeAuditChain, verifyAuditChain } from './audit-chain';
import { dropDatabase, ensureDatabase } from './create-database';
import { appRoleUrl, ensureAppRoleLogin } from './database-roles';
import { dataSourceOptions } from './data-source-options';
import { migrations } from './migrations';

const APP_PASSWORD = 'carecircle-app-test-password';

/** Tamper evidence: each audit row is hashed with the one before it in its organization; the check finds the first broken link. */
describe('the audit trail hash chain', () => {
  const name = `carecircle_chain_${randomBytes(5).toString('hex')}`;
  let ownerUrl: string;
  let app: Client;
  let owner: Client;
  const orgA = randomUUID();
  const orgB = randomUUID();

  /** One INSERT of `count` rows for `org`, as the app writes a request's reads. */
  async function insertRows(client: Client, org: string, count: number, fields: string[] | null = null): Promise<string[]> {
    const values = Array.from({ length: count }, (_, i) => `($1, $2, 'COUNSELOR', 'READ', 'CLIENT', 'c-${i}', $3, 'req-${i}')`).join(', ');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO audit_event (organization_id, actor_id, actor_role, action, entity_type, entity_id, fields, request_id) VALUES ${values} RETURNING id`,
      [org, randomUUID(), fields],
    );
    return rows.map((r) => String(r.id));
  }

  /** As the owner, with the append-only trigger out of the way: what someone with the keys might do. */
  async function asOwnerBypassing(sql: string, params: unknown[]): Promise<void> {
    await owner.query('BEGIN');
    await owner.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await owner.query(sql, params);
    await owner.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
    await owner.query('COMMIT');
  }

  beforeAll(async () => {
    const admin = process.env['CARECIRCLE_TEST_ADMIN_URL']!;
    await ensureDatabase(admin, name);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    ownerUrl = url.toString();
    const migrator = await new DataSource(dataSourceOptions(ownerUrl, [])).initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    await ensureAppRoleLogin(admin, APP_PASSWORD);
    app = new Client({ connectionString: appRoleUrl(ownerUrl, APP_PASSWORD) });
    owner = new Client({ connectionString: ownerUrl });
    await Promise.all([app.connect(), owner.connect()]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([app?.end(), owner?.end()]);
    await dropDatabase(process.env['CARECIRCLE_TEST_ADMIN_URL']!, name);
  });

  it('chains rows written one statement at a time, many at once and concurrently, and finds the chain intact', async () => {
    await insertRows(app, orgA, 1);
    await insertRows(app, orgA, 50, ['status']);
    await insertRows(app, orgB, 3);
    // Concurrent writers of one organization on separate connections: the advisory lock orders them.
    const writers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const c = new Client({ connectionString: appRoleUrl(ownerUrl, APP_PASSWORD) });
        await c.connect();
        try {
          await c.query('BEGIN');
          await insertRows(c, orgA, 5);
          await insertRows(c, orgB, 2);
          await c.query('COMMIT');
        } finally {
          await c.end();
        }
      }),
    );
    expect(writers).toHaveLength(4);
    // A rolled-back insert leaves no hole in the chain.
    await app.query('BEGIN');
    await insertRows(app, orgA, 2);
    await app.query('ROLLBACK');

    const { rows } = await owner.query(
      `SELECT chain_seq, previous_hash, row_hash FROM audit_event WHERE organization_id = $1 ORDER BY chain_seq`,
      [orgA],
    );
    expect(rows.map((r) => Number(r.chain_seq))).toEqual(Array.from({ length: 71 }, (_, i) => i + 1));
    expect(rows[0].previous_hash).toBeNull();
    expect(rows[1].previous_hash).toBe(rows[0].row_hash);
    expect(rows[0].row_hash).toMatch(/^[0-9a-f]{64}$/);

    const report = await verifyAuditChain(ownerUrl);
    expect(report).toEqual({ rows: 71 + 11, organizations: 2, broken: null });
    expect(describeAuditChain(report)).toBe('Audit trail intact: 82 rows in 2 organizations');
  });

  it('names the row whose content was changed behind the triggers back', async () => {
    const [victim] = await owner.query(`SELECT id, fields FROM audit_event WHERE organization_id = $1 AND chain_seq = 10`, [orgA]).then((r) => r.rows);
    await asOwnerBypassing(`UPDATE audit_event SET fields = '{diagnoses}' WHERE id = $1`, [victim.id]);
    const report = await verifyAuditChain(ownerUrl);
    expect(report.broken).toMatchObject({ organizationId: orgA, rowId: String(victim.id), problem: expect.stringMatching(/changed/) });
    expect(describeAuditChain(report)).toMatch(new RegExp(`^Audit trail broken in organization ${orgA} at row ${victim.id} \\(occurred_at \\d{4}-`));
    await asOwnerBypassing(`UPDATE audit_event SET fields = $2 WHERE id = $1`, [victim.id, victim.fields]);
    expect((await verifyAuditChain(ownerUrl)).broken).toBeNull();
  });

  it('notices that the newest rows of a chain were removed', async () => {
    const orgC = randomUUID();
    const ids = await insertRows(app, orgC, 3);
    await asOwnerBypassing(`DELETE FROM audit_event WHERE id = $1`, [ids[2]]);
    expect((await verifyAuditChain(ownerUrl)).broken).toMatchObject({
      organizationId: orgC,
      rowId: ids[1],
      problem: expect.stringMatching(/newest rows of the chain are missing/),
    });
  });

  it('names the row after one that was removed', async () => {
    const { rows } = await owner.query(`SELECT id FROM audit_event WHERE organization_id = $1 ORDER BY chain_seq`, [orgB]);
    await asOwnerBypassing(`DELETE FROM audit_event WHERE id = $1`, [rows[1].id]);
    // A broken link inside a chain is reported before a chain cut short at its end.
    expect((await verifyAuditChain(ownerUrl)).broken).toMatchObject({
      organizationId: orgB,
      rowId: String(rows[2].id),
      problem: expect.stringMatching(/before it is missing/),
    });
  });

  it('chains the rows written before the migration, once, when it runs', async () => {
    const admin = process.env['CARECIRCLE_TEST_ADMIN_URL']!;
    const older = `carecircle_chain_${randomBytes(5).toString('hex')}`;
    await ensureDatabase(admin, older);
    const url = new URL(admin);
    url.pathname = `/${older}`;
    const before = migrations.filter((m) => Number(m.name.slice(-13)) < 1764800000400);
    const client = new Client({ connectionString: url.toString() });
    try {
      const early = await new DataSource(dataSourceOptions(url.toString(), [], { migrations: before })).initialize();
      await early.runMigrations({ transaction: 'each' });
      await early.destroy();
      await client.connect();
      await insertRows(client, orgA, 4);
      await insertRows(client, orgB, 2);
      const all = await new DataSource(dataSourceOptions(url.toString(), [])).initialize();
      await all.runMigrations({ transaction: 'each' });
      await all.destroy();
      expect(await verifyAuditChain(url.toString())).toEqual({ rows: 6, organizations: 2, broken: null });
      // And the chain goes on from there.
      await insertRows(client, orgA, 1);
      expect((await verifyAuditChain(url.toString())).broken).toBeNull();
    } finally {
      await client.end();
      await dropDatabase(admin, older);
    }
  }, 60_000);
});
