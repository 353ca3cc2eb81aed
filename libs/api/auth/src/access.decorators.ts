import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { StaffRole } from '@carecircle/shared/domain';
import { requestContextOf, type CareCircleRequest, type RequestContext, type WriteContext } from '@carecircle/api/platform';

export const PUBLIC_ACCESS = 'carecircle:public';
export const ALLOWED_ROLES = 'carecircle:allowed-roles';

/** Reachable without signing in. Only login and health use it. */
export const Public = () => SetMetadata(PUBLIC_ACCESS, true);

/**
 * The roles that may call a resolver. Every resolver method declares this (or @Public); the guard
 * refuses any method that declares neither, so a forgotten permission fails closed.
 */
export const AllowRoles = (...roles: StaffRole[]) => SetMetadata(ALLOWED_ROLES, roles);

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
