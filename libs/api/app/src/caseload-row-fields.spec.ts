import 'reflect-metadata';
import { resolverClasses } from './schema-sdl';

// Metadata keys @nestjs/graphql puts on resolver methods and their parameters.
const RESOLVE_FIELD = 'graphql:resolve_property';
const PARAMETER_DECORATORS = '__routeArguments__';

/**
 * The Client fields with a resolver of their own that the web's caseload document asks for on every
 * row (libs/web/caseload/src/caseload-clients.query.ts). Nest calls a field resolver directly only
 * when it has no parameter decorators (@Parent, @Ctx…); with one, every row of a page of 100 pays for
 * Nest's parameter and pipe machinery again (issue 13). They take `(client, _args, graphql)` and
 * `fieldContext(graphql)` instead.
 */
const CASELOAD_ROW_FIELDS = [
  'lastCheckInAt',
  'carePlanStatus',
  'currentCarePlan',
  'nextMilestone',
  'dualDiagnosis',
  'highestRiskSeverity',
  'riskFlags',
  'careTeam',
];

describe("the caseload's per-row fields", () => {
  const fieldResolvers = resolverClasses.flatMap((resolver) =>
    Object.getOwnPropertyNames(resolver.prototype)
      .filter((key) => CASELOAD_ROW_FIELDS.includes(key) && Reflect.getMetadata(RESOLVE_FIELD, (resolver.prototype as Record<string, object>)[key]!))
      .map((key) => ({ name: `${resolver.name}.${key}`, resolver, key })),
  );

  it('finds a field resolver for each of them', () => {
    expect(new Set(fieldResolvers.map((f) => f.key))).toEqual(new Set(CASELOAD_ROW_FIELDS));
  });

  it('declare no parameter decorators, so GraphQL calls them directly', () => {
    const decorated = fieldResolvers.filter(({ resolver, key }) => Object.keys(Reflect.getMetadata(PARAMETER_DECORATORS, resolver, key) ?? {}).length > 0);
    expect(decorated.map((f) => f.name)).toEqual([]);
  });
});
