import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { StaffRole } from '@carecircle/shared/domain';
import type { CareCircleRequest, StaffPrincipal } from '@carecircle/api/platform';

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

/** The verified caller. Throws rather than return undefined if no guard ran. */
export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffPrincipal => {
  const principal = requestFromContext(context).principal;
  if (!principal) throw new Error('CurrentStaff used on a handler that the staff auth guard did not authenticate');
  return principal;
});

/** The id that ties this request's log lines and audit rows together. */
export const RequestId = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => requestFromContext(context).requestId,
);
