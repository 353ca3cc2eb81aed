import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { tap, type Observable } from 'rxjs';
import { setSessionCookie } from './session-cookie';

interface IssuedSession {
  token: string;
  expiresAt: Date;
}

function isIssuedSession(value: unknown): value is IssuedSession {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<IssuedSession> & { me?: unknown };
  return typeof candidate.token === 'string' && candidate.expiresAt instanceof Date && typeof candidate.me === 'object';
}

/** The session a mutation answered: its result is an AuthSession, or holds one directly (e.g. `{ recoveryCodes, session }`). */
export function issuedSessionIn(result: unknown): IssuedSession | null {
  if (isIssuedSession(result)) return result;
  if (typeof result !== 'object' || result === null) return null;
  for (const value of Object.values(result)) if (isIssuedSession(value)) return value;
  return null;
}

/**
 * Sets the session cookie from whatever mutation answers an AuthSession (sign-in, first-run setup, account setup,
 * two-factor confirmation, renewal): one place, so a new way of signing in cannot forget it. Global, and outside
 * @Transaction(): the cookie is set only once the mutation's transaction has committed.
 */
@Injectable()
export class SessionCookieInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<{ operation?: { operation?: string } }>()?.operation?.operation !== 'mutation') return next.handle();
    const { req, res } = gql.getContext<{ req: Request; res: Response }>();
    return next.handle().pipe(
      tap((result) => {
        const session = issuedSessionIn(result);
        if (session && res && !res.headersSent) setSessionCookie(req, res, session.token, session.expiresAt);
      }),
    );
  }
}
