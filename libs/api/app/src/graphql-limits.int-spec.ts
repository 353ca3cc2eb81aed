import { randomUUID } from 'node:crypto';
import { StaffRole } from '@carecircle/shared/domain';
import { Factory, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';
import { QUERY_LIMITS, QUERY_TOO_COSTLY } from './graphql-limits';
import { aliasedClientPages } from './costly-documents';


describe('GraphQL cost limits over HTTP', () => {
  let t: TestApp;
  let token: string;

  async function post(query: string, bearer?: string, requestId = randomUUID(), variables?: Record<string, unknown>) {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
  }

  async function auditRowsOf(requestId: string): Promise<number> {
    const rows: Array<{ n: string }> = await t.dataSource.query('SELECT count(*) AS n FROM audit_event WHERE request_id = $1', [requestId]);
    return Number(rows[0]?.n);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const factory = new Factory(t.dataSource);
    const { organization, program } = await factory.organization();
    const supervisor = await factory.staff(organization.id, StaffRole.SUPERVISOR);
    await factory.client(organization.id, program.id);
    token = await loginAs((q, v) => t.gql(q, v), supervisor.email);
  });
  afterAll(() => t.close());

  it('refuses 250 aliased client pages with a 400 and a stable reason, before any client is read or audited', async () => {
    const requestId = randomUUID();
    t.queries.reset();
    const res = await post(aliasedClientPages(250), token, requestId);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    // The 11 KB document is over the token limit already; without it, the alias limit would refuse it (next test).
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: QUERY_TOO_COSTLY, limit: 'tokens' });
    expect(res.body.errors?.[0]?.message).toMatch(/^This request is too long\./);
    // The refusal names the limit, not the document.
    expect(res.text).not.toContain('Everything');
    expect(t.queries.statements.filter((sql) => /\bclient\b/i.test(sql) && !/staff/i.test(sql))).toEqual([]);
    expect(await auditRowsOf(requestId)).toBe(0);
  });

  it('refuses a short document with too many aliases by the alias count', async () => {
    const res = await post(`{ ${Array.from({ length: 50 }, (_, i) => `m${i}: me { id }`).join(' ')} }`, token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: QUERY_TOO_COSTLY, limit: 'aliases', found: 50 });
    expect(res.body.errors?.[0]?.message).toMatch(/too many aliases \(50; the limit is \d+\)/);
  });

  it('refuses a few aliased pages that stay under the alias limit by their cost', async () => {
    const res = await post(aliasedClientPages(QUERY_LIMITS.aliases), token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: QUERY_TOO_COSTLY, limit: 'cost' });
  });

  it('costs one document by its variables each time: a cheap answer does not let a costly one through', async () => {
    const pages = aliasedClientPages(QUERY_LIMITS.aliases).replace('query Everything {', 'query Everything($limit: Int!) {').replaceAll('limit: 100', 'limit: $limit');
    const cheap = await post(pages, token, randomUUID(), { limit: 1 });
    expect(cheap.status).toBe(200);
    expect(cheap.body.errors).toBeUndefined();
    const costly = await post(pages, token, randomUUID(), { limit: 100 });
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]?.extensions).toMatchObject({ reason: QUERY_TOO_COSTLY, limit: 'cost' });
    expect((await post(pages, token, randomUUID(), { limit: 100 })).status).toBe(400);
    expect((await post(pages, token, randomUUID(), { limit: 1 })).status).toBe(200);
  });

  it('lets one ordinary page through', async () => {
    const res = await post('{ clients(limit: 100) { total items { id firstName } } }', token);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it('answers a fragment cycle without signing in with a 400, not a 500', async () => {
    const res = await post('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('stops a very long document at the token limit with the same reason', async () => {
    const res = await post(`{ ${'me { id } '.repeat(QUERY_LIMITS.tokens)} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: QUERY_TOO_COSTLY, limit: 'tokens' });
  });

  it('refuses deep nesting by depth', async () => {
    const nest = (depth: number): string => (depth === 0 ? 'id' : `currentCarePlan { client { ${nest(depth - 1)} } }`);
    const res = await post(`{ clients { items { ${nest(5)} } } }`, token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ reason: QUERY_TOO_COSTLY, limit: 'depth' });
  });

  it('answers a misspelled field, argument or enum value with no suggestion', async () => {
    const field = await post('{ clinets { total } }', token);
    expect(field.status).toBe(400);
    expect(field.body.errors?.[0]?.message).toBe('Cannot query field "clinets" on type "Query".');
    const argument = await post('{ clients(limt: 5) { total } }', token);
    const enumValue = await post('{ caseloadRiskFlags(minSeverity: URGNT) { client { id } } }', token);
    for (const res of [field, argument, enumValue]) {
      expect(res.body.errors?.length).toBeGreaterThan(0);
      expect(res.text).not.toMatch(/Did you mean/i);
    }
  });
});
