import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { Extensions, GqlExecutionContext } from '@nestjs/graphql';
import type { StaffRole } from '@carecircle/shared/domain';
import { requestContextOf, type CareCircleRequest, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { FIELD_ACCESS, PUBLIC_FIELD, type FieldAccess } from './field-access';

export const PUBLIC_ACCESS = 'carecircle:public';
export const ALLOWED_ROLES = 'carecircle:allowed-roles';

/** Also on the GraphQL field, where a field resolver's permission is enforced (field-access.ts); the guard reads the metadata. */
const fieldAccess = (access: FieldAccess) => Extensions({ [FIELD_ACCESS]: access });

/** Reachable without signing in. Only login and health use it. */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ACCESS, true), fieldAccess(PUBLIC_FIELD));

/**
 * The roles that may call a resolver. Every resolver method declares this (or @Public); the guard
 * refuses any method that declares neither, so a forgotten permission fails closed.
 */
export const AllowRoles = (...roles: StaffRole[]) => applyDecorators(SetMetadata(ALLOWED_ROLES, roles), fieldAccess(roles));

export function requestFromContext(context: ExecutionContext): CareCircleRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: CareCircleRequest }>().req;
  }
  return context.switchToHttp().getRequest<CareCircleRequest>();
}

/** The request's context (caller, request id, loaders, read audit), made once by the auth guard. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => requestContextOf(requestFromContext(context)));

/**
 * The request's context inside the write path. Throws unless the handler runs in @Transaction(),
 * so a mutation that forgot it cannot write at all.
 */
export const WriteCtx = createParamDecorator((_data: unknown, context: ExecutionContext): WriteContext =>
  requestContextOf(requestFromContext(context)).asWrite(`${context.getClass().name}.${context.getHandler().name}`),
);

/** What GraphQL hands every resolver as its context (the `context` factory in app.module). */
export interface GraphQLRequest {
  req: CareCircleRequest;
}

/**
 * The request's context in a field resolver written without parameter decorators,
 * `field(parent, _args, graphql)`: GraphQL then calls it directly (Nest's fast field path) instead of
 * through Nest's parameter and pipe machinery, which matters for the fields every row of a list asks
 * for. Its @AllowRoles is enforced all the same, in the schema (field-access.ts).
 */
export function fieldContext(graphql: GraphQLRequest): RequestContext {
  return requestContextOf(graphql.req);
}
