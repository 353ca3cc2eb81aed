import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase } from '@carecircle/api/database';
// Not @carecircle/api/app's migrate(): importing the app into a test that never starts it leaves a handle open in the worker.
import { runMigrations } from '@carecircle/api/backups';
import { runCli, testAdminUrl, testDatabaseUrl } from './cli-test-support';

describe('npm run audit:verify', () => {
  const name = `carecircle_verify_${randomBytes(5).toString('hex')}`;
  let url: string;
  let owner: Client;

  beforeAll(async () => {
    await ensureDatabase(testAdminUrl(), name);
    url = testDatabaseUrl(name);
    await runMigrations(url);
    owner = new Client({ connectionString: url });
    await owner.connect();
  }, 60_000);
  afterAll(async () => {
    await owner?.end();
    await dropDatabase(testAdminUrl(), name);
  });

  it('says the trail is intact, then names the changed row and exits 1', async () => {
    const org = randomUUID();
    const { rows } = await owner.query<{ id: string }>(
      `INSERT INTO audit_event (organization_id, actor_id, actor_role, action, entity_type, entity_id, request_id)
       VALUES ($1, $2, 'COUNSELOR', 'READ', 'Client', 'a', 'r1'), ($1, $2, 'COUNSELOR', 'UPDATE', 'Client', 'a', 'r2') RETURNING id`,
      [org, randomUUID()],
    );
    const intact = await runCli('audit-verify', [], { DATABASE_URL: url });
    expect({ status: intact.status, stdout: intact.stdout, stderr: intact.stderr }).toEqual({
      status: 0,
      stdout: 'Audit trail intact: 2 rows in 1 organizations\n',
      stderr: '',
    });

    await owner.query('BEGIN');
    await owner.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await owner.query(`UPDATE audit_event SET action = 'READ' WHERE id = $1`, [rows[1]?.id]);
    await owner.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
    await owner.query('COMMIT');
    const broken = await runCli('audit-verify', [], { DATABASE_URL: url });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`^Audit trail broken in organization ${org} at row ${rows[1]?.id} \\(occurred_at [^)]+\\): its content no longer matches its hash`));
  }, 240_000); // two CLI runs, each compiling the API on start
});
