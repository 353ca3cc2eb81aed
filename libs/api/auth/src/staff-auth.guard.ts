import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DEFAULT_TIME_ZONE, type StaffRole } from '@carecircle/shared/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiError, RequestContext, readOnlyManager, useOrganizationTimeZone, type CareCircleRequest } from '@carecircle/api/platform';
import { ALLOWED_ROLES, PUBLIC_ACCESS, requestFromContext } from './access.decorators';
import { noSessionRefusal, roleRefusal } from './field-access';
import { AuthService } from './auth.service';
import { sessionTokenFrom } from './session-cookie';
import { TWO_FACTOR_ENROLMENT_ALLOWED, twoFactorEnrolmentRequiredError } from './two-factor-policy';

/** Global guard: authenticates the session (cookie or bearer token) and checks the handler's declared roles. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Requests read through this; only the write path hands out a manager that writes. */
  private readingManager: EntityManager | null = null;

  /** The request's context, made once: field resolvers find the one their operation made. */
  private contextFor(req: CareCircleRequest): void {
    if (req.context) return;
    const reason = req.header('x-access-reason');
    req.context = new RequestContext(
      req.principal ?? null,
      req.requestId,
      req.ip ?? req.socket?.remoteAddress ?? null,
      req.header('user-agent')?.slice(0, 500) ?? null,
      reason ? reason.slice(0, 500) : null,
      (this.readingManager ??= readOnlyManager(this.dataSource.manager)),
    );
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ACCESS, targets)) {
      this.contextFor(requestFromContext(context));
      return true;
    }
    const allowed = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed) {
      throw ApiError.forbidden(`${context.getClass().name}.${context.getHandler().name} declares no permission.`);
    }
    const req = requestFromContext(context);
    // Field resolvers' roles are checked in the schema (field-access.ts). The second root field of a
    // document finds the caller authenticated by the first: only its own declared roles are checked.
    if (req.principal) {
      if (!allowed.includes(req.principal.role)) {
        throw roleRefusal(GqlExecutionContext.create(context).getInfo<{ parentType: { name: string }; fieldName: string }>());
      }
      return true;
    }
    // The web app's httpOnly cookie, or a Bearer header (API clients, tests): see session-cookie.ts.
    const token = sessionTokenFrom(req);
    if (!token) throw noSessionRefusal();
    const principal = await this.auth.authenticate(token);
    if (!principal) throw ApiError.unauthenticated('Your session has ended or is not valid. Sign in again.');
    // The web app's tab names whom it shows: the cookie is shared by the browser's tabs, and another tab may have
    // signed in as someone else since. That tab's session is not this one's.
    const signedInAs = req.header('x-signed-in-as');
    if (signedInAs !== undefined && signedInAs !== principal.id) {
      throw ApiError.unauthenticated('Someone else signed in in another tab of this browser. Sign in again.');
    }
    req.principal = principal;
    // From here on, this request's clock.today() and check-in days are the organization's.
    useOrganizationTimeZone(principal.timeZone ?? DEFAULT_TIME_ZONE);
    this.contextFor(req);
    if (!allowed.includes(principal.role)) throw ApiError.forbidden();
    // Two-factor sign-in required but not set up: this session may only set it up (and read me, sign out).
    if (principal.twoFactorEnrolmentOnly && !this.reflector.getAllAndOverride<boolean>(TWO_FACTOR_ENROLMENT_ALLOWED, targets)) throw twoFactorEnrolmentRequiredError();
    return true;
  }
}
