import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidEncounterErrors } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  TypeInfo,
  ValidationContext,
  getNullableType,
  isListType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { createComplexityRule, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { ApiErrorCode } from '@carecircle/shared/domain';

/**
 * The limits every document meets before anything runs. Each was set from what the web sends
 * (graphql-limits.spec.ts measures every generated document against them), with room to grow:
 * - depth: the web's deepest (the care-plan tree) needs 8, fragments flattened;
 * - aliases: the web uses a handful; 250 aliased `clients(limit:100)` was the memory attack;
 * - cost: each field costs 1, and a `limit`/`first` argument multiplies its selection (a page of
 *   100 clients costs 100 clients); a list without one is assumed to hold UNBOUNDED_LIST_SIZE items.
 */
export const QUERY_LIMITS = {
  depth: 10,
  aliases: 20,
  directives: 20,
  /** graphql-js stops parsing past this many tokens, so a huge document costs no more than a small one. */
  tokens: 3000,
  cost: 300_000,
} as const;

/** How many items a list field without a page size (`client.diagnoses`, `plan.problems`) is assumed to hold. */
export const UNBOUNDED_LIST_SIZE = 10;

/** The stable `reason` of every refusal here (code BAD_USER_INPUT, HTTP 400); `limit` names which limit. */
export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';

export type QueryLimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

const LIMIT_WORDS: Record<QueryLimitName, string> = {
  depth: 'nests selections too deeply',
  aliases: 'uses too many aliases',
  directives: 'uses too many directives',
  tokens: 'is too long',
  cost: 'asks for too much data at once',
};

/** The refusal: says which limit was hit and by how much, never echoes the document. */
export function queryTooCostly(limit: QueryLimitName, found?: number): GraphQLError {
  const max = QUERY_LIMITS[limit];
  const measured = found === undefined ? '' : ` (${found}; the limit is ${max})`;
  return new GraphQLError(`This request ${LIMIT_WORDS[limit]}${measured}. Ask for fewer fields or records, or split it into several requests.`, {
    extensions: { code: ApiErrorCode.BAD_USER_INPUT, reason: QUERY_TOO_COSTLY, limit, max, ...(found === undefined ? {} : { found }) },
  });
}

/**
 * The graphql-armor rules report through the validation context instead of throwing: Apollo then
 * answers 400 (GRAPHQL_VALIDATION_FAILED, shown as BAD_USER_INPUT by formatApiError) with our
 * `reason`/`limit` kept. Their counting is iterative over fragments with a memo, so a fragment
 * cycle (`...A` → `...B` → `...A`) is counted once and left to graphql's NoFragmentCycles rule.
 */
function reportAs(limit: QueryLimitName) {
  return {
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(queryTooCostly(limit, found === undefined ? undefined : Number(found)));
      },
    ],
  };
}

/** Validation rules every document passes before anything runs. */
export function graphqlValidationRules(): ValidationRule[] {
  return [
    // Fragments flattened: the depth is that of the fields selected, however they are spelled.
    maxDepthRule({ n: QUERY_LIMITS.depth, flattenFragments: true, ...reportAs('depth') }) as ValidationRule,
    maxAliasesRule({ n: QUERY_LIMITS.aliases, ...reportAs('aliases') }) as ValidationRule,
    maxDirectivesRule({ n: QUERY_LIMITS.directives, ...reportAs('directives') }) as ValidationRule,
  ];
}

/** Options for graphql-js's parser: it aborts past `maxTokens`, before any document is built. */
export function graphqlParseOptions(): ParseOptions {
  return { maxTokens: QUERY_LIMITS.tokens };
}

const PAGE_SIZE_ARGUMENTS = ['limit', 'first'] as const;

/**
 * A field costs 1 plus its selection, times how many items it returns: the page size for a field
 * with a `limit`/`first` argument (the page object's `items` then count once), otherwise
 * UNBOUNDED_LIST_SIZE for a list, 1 for a single object.
 */
function listSizeEstimator({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const size = args[name];
    if (typeof size === 'number') return 1 + Math.max(1, size) * childComplexity;
  }
  if (isListType(getNullableType(field.type)) && !field.name.startsWith('__') && !isPageItems(field.name, args)) {
    return 1 + UNBOUNDED_LIST_SIZE * childComplexity;
  }
  return 1 + childComplexity;
}

/** `items` of a page (ClientPage): its size was counted by the parent's `limit`. */
function isPageItems(fieldName: string, args: Record<string, unknown>): boolean {
  return fieldName === 'items' && Object.keys(args).length === 0;
}

/**
 * The cost of one operation with its variables. Variable or argument errors leave their part out:
 * graphql refuses those during execution before any resolver runs, so they cost nothing.
 */
export function documentCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  const typeInfo = new TypeInfo(schema);
  const context = new ValidationContext(schema, document, typeInfo, () => undefined);
  let cost = 0;
  const rule = createComplexityRule({
    maximumComplexity: Number.MAX_SAFE_INTEGER,
    estimators: [listSizeEstimator],
    variables,
    ...(operationName ? { operationName } : {}),
    maxQueryNodes: 20_000,
    onComplete: (complexity) => {
      cost += complexity;
    },
  });
  visit(document, visitWithTypeInfo(typeInfo, rule(context)));
  return cost;
}

function asHttp400(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: 400, headers: new HeaderMap() } },
  });
}

/** Costs remembered per document and variables; a bound, so that varied variables cannot grow it. */
const COSTS_PER_DOCUMENT = 64;

/** Refuses an operation whose cost (with its actual variables) is over the limit, after validation, before execution. */
function costLimitPlugin(): ApolloServerPlugin<BaseContext> {
  // Apollo parses a query text once and hands every request with that text the same document, and
  // the web sends the same few documents with the same few variables all day: the cost walk (~0.3 ms
  // a request) is done once per document, operation and variables, not per request.
  const costs = new WeakMap<DocumentNode, Map<string, number | 'too large'>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const key = `${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let known = costs.get(document);
          if (!known) costs.set(document, (known = new Map()));
          let cost = known.get(key);
          if (cost === undefined) {
            try {
              cost = documentCost(schema, document, request.variables ?? {}, operationName ?? undefined);
            } catch {
              // Only the node-count guard throws: a document that large is refused the same way.
              cost = 'too large';
            }
            if (known.size >= COSTS_PER_DOCUMENT) known.clear();
            known.set(key, cost);
          }
          if (cost === 'too large') throw asHttp400(queryTooCostly('cost'));
          if (cost > QUERY_LIMITS.cost) throw asHttp400(queryTooCostly('cost', cost));
        },
      };
    },
  };
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * Refusals read the same whether or not introspection is on: no "Did you mean …?" (fields,
 * arguments, types, enum values, input fields), which would let anyone map the schema field by
 * field. And the parser's token limit answers like the other limits.
 */
function errorHygienePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }: GraphQLRequestContextDidEncounterErrors<BaseContext>) {
          // Apollo formats this very array after the hook, so errors are fixed in place.
          const list = errors as GraphQLError[];
          list.forEach((error, index) => {
            if (TOKEN_LIMIT.test(error.message)) {
              list[index] = asHttp400(queryTooCostly('tokens'));
              return;
            }
            if (error.message.includes('Did you mean')) error.message = error.message.replace(SUGGESTION, '');
          });
        },
      };
    },
  };
}

/** Apollo plugins that refuse costly documents before execution and keep refusals free of schema hints. */
export function graphqlLimitPlugins(): ApolloServerPlugin[] {
  return [costLimitPlugin(), errorHygienePlugin()] as ApolloServerPlugin[];
}
