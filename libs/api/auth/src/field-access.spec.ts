import { GraphQLObjectType, GraphQLSchema, GraphQLString, execute, parse } from 'graphql';
import { StaffRole } from '@carecircle/shared/domain';
import { FIELD_ACCESS, PUBLIC_FIELD, enforceFieldAccess } from './field-access';

// Named as @nestjs/graphql names the resolver of a plain @Field property.
function rootFieldResolver(source: Record<string, unknown>) {
  return source['name'];
}

function schemaWith(fields: Record<string, { resolve?: (...args: never[]) => unknown; access?: unknown }>): GraphQLSchema {
  const Client = new GraphQLObjectType({
    name: 'Client',
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, f]) => [
        name,
        { type: GraphQLString, resolve: f.resolve as never, extensions: f.access === undefined ? {} : { [FIELD_ACCESS]: f.access } },
      ]),
    ),
  });
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { client: { type: Client, resolve: () => ({ name: 'Ada' }) } } }) });
}

async function run(schema: GraphQLSchema, document: string, role: StaffRole | null) {
  return execute({ schema, document: parse(document), contextValue: { req: { principal: role ? { role } : undefined } } });
}

describe('field access in the schema', () => {
  const schema = () =>
    enforceFieldAccess(
      schemaWith({
        name: { resolve: rootFieldResolver },
        diagnosisNote: { resolve: () => 'clinical', access: [StaffRole.COUNSELOR, StaffRole.SUPERVISOR] },
        greeting: { resolve: () => 'hello', access: PUBLIC_FIELD },
        broken: {
          resolve: () => {
            throw new Error('relation "x" does not exist: SELECT secret');
          },
          access: [StaffRole.COUNSELOR],
        },
        brokenLater: { resolve: () => Promise.reject(new Error('connection lost with SQL text')), access: [StaffRole.COUNSELOR] },
      }),
    );

  it('answers a field to the roles it declares and refuses it to the others, with the field named', async () => {
    const counselor = await run(schema(), '{ client { name diagnosisNote greeting } }', StaffRole.COUNSELOR);
    expect(counselor.errors).toBeUndefined();
    expect(counselor.data).toEqual({ client: { name: 'Ada', diagnosisNote: 'clinical', greeting: 'hello' } });

    const peer = await run(schema(), '{ client { name diagnosisNote greeting } }', StaffRole.PEER_SUPPORT);
    expect(peer.data).toEqual({ client: { name: 'Ada', diagnosisNote: null, greeting: 'hello' } });
    expect(peer.errors?.map((e) => [e.message, e.extensions['code'], e.path])).toEqual([
      ['Your role does not allow reading Client.diagnosisNote.', 'FORBIDDEN', ['client', 'diagnosisNote']],
    ]);
  });

  it('refuses a declared field to a caller nobody authenticated, and answers a public one', async () => {
    const anonymous = await run(schema(), '{ client { diagnosisNote greeting } }', null);
    expect(anonymous.data).toEqual({ client: { diagnosisNote: null, greeting: 'hello' } });
    expect(anonymous.errors?.map((e) => e.extensions['code'])).toEqual(['UNAUTHENTICATED']);
  });

  it("masks a field resolver's unexpected error, thrown or rejected, as the exception filter does", async () => {
    const res = await run(schema(), '{ client { broken brokenLater } }', StaffRole.COUNSELOR);
    expect(res.errors).toHaveLength(2);
    for (const error of res.errors ?? []) {
      expect(error.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).not.toMatch(/SQL|relation/);
      expect(error.extensions['errorId']).toEqual(expect.any(String));
    }
  });

  it('refuses to start with a field resolver that declares no permission', () => {
    const undeclared = schemaWith({ name: { resolve: rootFieldResolver }, consents: { resolve: () => 'x' } });
    expect(() => enforceFieldAccess(undeclared)).toThrow('Client.consents has a field resolver that declares no permission (@AllowRoles or @Public).');
  });
});
