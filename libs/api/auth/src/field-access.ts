import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { StaffRole } from '@carecircle/shared/domain';
import { ApiError, resolverErrorAnswer, type CareCircleRequest } from '@carecircle/api/platform';

/**
 * The schema extension under which @AllowRoles / @Public record, on a field resolver's GraphQL field,
 * who may read it: the roles, or PUBLIC.
 */
export const FIELD_ACCESS = 'carecircleFieldAccess';
export const PUBLIC_FIELD = 'PUBLIC';
export type FieldAccess = readonly StaffRole[] | typeof PUBLIC_FIELD;

/** A request without a session token: the guard's refusal of an operation, and this wrapper's of a field. */
export function noSessionRefusal(): ApiError {
  return ApiError.unauthenticated('Sign in to continue: this request carries no session token.');
}

/** A field (or root field) the caller's role may not read, named as the document names it. */
export function roleRefusal(info: { parentType: { name: string }; fieldName: string }): ApiError {
  return ApiError.forbidden(`Your role does not allow reading ${info.parentType.name}.${info.fieldName}.`);
}

/** @nestjs/graphql's resolver for a plain @Field property (reads the property): no permission to declare. */
const PROPERTY_RESOLVER_NAME = 'rootFieldResolver';

/**
 * Field resolvers' permissions, enforced in the schema rather than by Nest's guard per field.
 *
 * Why: with `fieldResolverEnhancers: ['guards']` every field of every row went through Nest's
 * guard, pipe and parameter machinery (a caseload page of 100 clients: ~900 calls, a fifth of the
 * API's CPU for the page). Operations (Query, Mutation) keep the guard, which authenticates the
 * caller; a field below them only needs the role check, done here synchronously, before the field's
 * resolver runs, with the guard's own refusal. Errors a field resolver throws are answered as the
 * exception filter answers them (expected ones as they are, anything else logged and masked).
 *
 * Fails closed at start-up: a field with a resolver of its own that declares no permission stops the
 * API from starting, as the guard refused it at run time.
 */
export function enforceFieldAccess(schema: GraphQLSchema): GraphQLSchema {
  const operations = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || operations.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const access = field.extensions[FIELD_ACCESS] as FieldAccess | undefined;
      const resolve = field.resolve;
      if (!resolve) continue;
      if (access === undefined) {
        if (resolve.name === PROPERTY_RESOLVER_NAME) continue;
        throw new Error(`${type.name}.${field.name} has a field resolver that declares no permission (@AllowRoles or @Public).`);
      }
      field.resolve = guardedField(resolve, access);
    }
  }
  return schema;
}

function guardedField(resolve: GraphQLFieldResolver<unknown, unknown>, access: FieldAccess): GraphQLFieldResolver<unknown, { req: CareCircleRequest }> {
  const allowed = access === PUBLIC_FIELD ? null : new Set<StaffRole>(access);
  return (source, args, context, info) => {
    if (allowed) {
      // The operation above this field authenticated the caller (its guard); a public operation did not.
      const principal = context.req.principal;
      if (!principal) throw noSessionRefusal();
      if (!allowed.has(principal.role)) throw roleRefusal(info);
    }
    let result: unknown;
    try {
      result = resolve(source, args, context, info);
    } catch (error) {
      throw resolverErrorAnswer(error, info.path);
    }
    return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(resolverErrorAnswer(error, info.path))) : result;
  };
}
