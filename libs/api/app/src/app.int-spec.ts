import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp, type TestApp } from '@carecircle/api/testing';
import { printSortedSchema } from './schema-sdl';

describe('the API as deployed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves the committed schema.graphql (run `npm run codegen` after changing the API)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../../apps/api/schema.graphql'), 'utf8');
    expect(printSortedSchema(t.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });

  it('has migrations that create exactly what the entities describe', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('reports API and database state on /health without signing in', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', api: 'up', database: 'up' });
  });

  it('refuses operations nested deeper than the limit before running them', async () => {
    // CarePlan.client and Client.currentCarePlan let a query nest without end; the limit stops it.
    const nest = (depth: number): string => (depth === 0 ? 'id' : `currentCarePlan { client { ${nest(depth - 1)} } }`);
    const deep = await t.gql(`{ clients { items { ${nest(5)} } } }`);
    expect(deep.errors?.[0]?.extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY', limit: 'depth' });
    const shallow = await t.gql(`{ clients { items { ${nest(1)} } } }`);
    expect(shallow.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
