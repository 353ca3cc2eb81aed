import 'reflect-metadata';
import { ALLOWED_ROLES, PUBLIC_ACCESS } from '@carecircle/api/auth';
import { WRITE_PATH } from '@carecircle/api/audit';
import { resolverClasses } from './schema-sdl';

// Metadata keys @nestjs/graphql puts on resolver methods.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVE_FIELD = 'graphql:resolve_property';

function resolverMethods(): Array<{ name: string; kind: string; method: object }> {
  const out: Array<{ name: string; kind: string; method: object }> = [];
  for (const resolver of resolverClasses) {
    const proto = resolver.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor') continue;
      const method = proto[key];
      if (typeof method !== 'function') continue;
      const kind = Reflect.getMetadata(RESOLVER_TYPE, method) ?? (Reflect.getMetadata(RESOLVE_FIELD, method) ? 'Field' : undefined);
      if (kind) out.push({ name: `${resolver.name}.${key}`, kind: String(kind), method });
    }
  }
  return out;
}

describe('resolver permissions', () => {
  it('finds the resolvers it checks', () => {
    const kinds = new Set(resolverMethods().map((m) => m.kind));
    expect(kinds).toEqual(new Set(['Query', 'Mutation', 'Field']));
    expect(resolverMethods().length).toBeGreaterThan(50);
  });

  it('has every query, mutation and field resolver declare @AllowRoles or @Public', () => {
    const undeclared = resolverMethods()
      .filter(({ method }) => !Reflect.getMetadata(ALLOWED_ROLES, method) && !Reflect.getMetadata(PUBLIC_ACCESS, method))
      .map((m) => m.name);
    expect(undeclared).toEqual([]);
  });

  it('keeps @Public to signing in (and what it answers), first-run setup and one-time account links', () => {
    const open = resolverMethods()
      .filter(({ method }) => Reflect.getMetadata(PUBLIC_ACCESS, method))
      .map((m) => m.name)
      .sort();
    expect(open).toEqual([
      'AccountSetupResolver.accountSetupLink',
      'AccountSetupResolver.completeAccountSetup',
      'AuthResolver.login',
      // A field of Me, which sign-in answers before any token: whether the person must set up two-factor first.
      'MeTwoFactorResolver.twoFactorEnrolmentRequired',
      'SetupResolver.setUpOrganization',
      'SetupResolver.setupStatus',
    ]);
  });

  it('runs every mutation in the write path, and no query or field resolver', () => {
    const methods = resolverMethods();
    const mutationsOutside = methods.filter((m) => m.kind === 'Mutation' && !Reflect.getMetadata(WRITE_PATH, m.method)).map((m) => m.name);
    const readsInside = methods.filter((m) => m.kind !== 'Mutation' && Reflect.getMetadata(WRITE_PATH, m.method)).map((m) => m.name);
    expect(mutationsOutside).toEqual([]);
    expect(readsInside).toEqual([]);
  });
});
