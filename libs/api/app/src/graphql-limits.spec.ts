import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { QUERY_LIMITS, QUERY_TOO_COSTLY, documentCost, graphqlParseOptions, graphqlValidationRules } from './graphql-limits';

/** The web's largest page (the caseload asks for 100 clients at a time; the API refuses more). */
const WEB_MAX_PAGE_SIZE = 100;

/** Every document the web sends: the `*Document` exports codegen writes from the web's graphql(`…`) calls. */
function webDocuments(): Array<[string, DocumentNode]> {
  // Loaded by path: the API does not depend on the web lib, this test only reads its generated output.
  const generated = require(path.join(__dirname, '../../../web/data-access/src/gql/graphql.ts')) as Record<string, unknown>;
  return Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode | undefined)?.kind === 'Document')
    .map(([name, value]) => [name, value as DocumentNode]);
}

/** A value graphql accepts for this type, with every page size at the web's maximum. */
function plausible(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name);
  if (isListType(type)) return [plausible(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || field.name === 'limit' || field.name === 'first') value[field.name] = plausible(field.type, field.name);
    }
    return value;
  }
  if (isScalarType(type)) {
    if (name === 'limit' || name === 'first') return WEB_MAX_PAGE_SIZE;
    switch (type.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'ID':
        return '00000000-0000-4000-8000-000000000001';
      default:
        return '2026-01-15';
    }
  }
  return null;
}

function variablesFor(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type) throw new Error(`unknown type for $${definition.variable.name.value}`);
    variables[definition.variable.name.value] = plausible(type, definition.variable.name.value);
  }
  return variables;
}

describe('GraphQL cost limits', () => {
  let schema: GraphQLSchema;
  const documents = webDocuments();

  beforeAll(() => {
    // The committed schema: the schema-is-current test keeps it equal to the resolvers', and the web's documents are generated from it.
    schema = buildSchema(readFileSync(path.join(__dirname, '../../../../apps/api/schema.graphql'), 'utf8'));
  });

  it('finds the web documents it measures', () => {
    expect(documents.length).toBeGreaterThan(60);
    expect(documents.map(([name]) => name)).toContain('CaseloadClientsDocument');
  });

  it.each(documents)('lets the web send %s', (_name, document) => {
    // The printed document goes through the same parser limits as a request.
    const source = require('graphql').print(document) as string;
    const parsed = parse(source, graphqlParseOptions());
    expect(validate(schema, parsed, [...specifiedRules, ...graphqlValidationRules()]).map((e) => e.message)).toEqual([]);
    const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    if (!operation) throw new Error('no operation');
    const cost = documentCost(schema, parsed, variablesFor(schema, operation));
    // A cost of 0 would mean the variables were refused and nothing was measured.
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(QUERY_LIMITS.cost);
  });

  it('keeps room above the costliest web document, so a small change to a screen does not trip the limit', () => {
    const costs = documents.map(([, document]) => {
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      return documentCost(schema, document, operation ? variablesFor(schema, operation) : {});
    });
    expect(Math.max(...costs) * 1.5).toBeLessThanOrEqual(QUERY_LIMITS.cost);
  });

  it('multiplies a page by its size, from a literal or a variable', () => {
    const page = (limit: string) => parse(`query($n: Int!) { clients(limit: ${limit}) { items { id diagnoses { id } } } }`);
    const ten = documentCost(schema, page('10'), { n: 10 });
    expect(documentCost(schema, page('100'), { n: 10 })).toBeGreaterThan(9 * ten);
    expect(documentCost(schema, page('$n'), { n: 100 })).toBe(documentCost(schema, page('100'), { n: 100 }));
  });

  it('refuses many aliased pages of full clients by aliases and by cost', () => {
    const fields = 'id firstName lastName careTeam { role } consents { id } diagnoses { id icd10Code } supportNetwork { id } latestMeasures { id } ' +
      'currentCarePlan { problems { goals { objectives { interventions { id } } } } }';
    const aliased = (count: number) =>
      parse(`{ ${Array.from({ length: count }, (_, i) => `c${i}: clients(limit: 100) { items { ...Full } }`).join(' ')} } fragment Full on Client { ${fields} }`);
    const errors = validate(schema, aliased(250), [...specifiedRules, ...graphqlValidationRules()]);
    expect(errors.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ reason: QUERY_TOO_COSTLY, limit: 'aliases', found: 250 }));
    // Under the alias limit, the cost still refuses it.
    const few = aliased(QUERY_LIMITS.aliases);
    expect(validate(schema, few, [...specifiedRules, ...graphqlValidationRules()])).toEqual([]);
    expect(documentCost(schema, few)).toBeGreaterThan(QUERY_LIMITS.cost);
  });

  it('counts depth through a fragment cycle without overflowing, leaving the cycle to graphql', () => {
    const cycle = parse('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    const messages = validate(schema, cycle, [...specifiedRules, ...graphqlValidationRules()]).map((e) => e.message);
    expect(messages.join('\n')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('refuses a document nested past the depth limit', () => {
    const deep = parse(`{ client(id: "x") { ${'currentCarePlan { client { '.repeat(6)} id ${'} } '.repeat(6)} } }`);
    const errors = validate(schema, deep, [...specifiedRules, ...graphqlValidationRules()]);
    expect(errors.map((e) => e.extensions?.['limit'])).toContain('depth');
  });

  it('stops parsing past the token limit', () => {
    const long = `{ ${'me { id } '.repeat(QUERY_LIMITS.tokens)} }`;
    expect(() => parse(long, graphqlParseOptions())).toThrow(/Document contains more tha[nt] \d+ tokens/);
  });
});
