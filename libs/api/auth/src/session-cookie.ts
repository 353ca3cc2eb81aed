import type { CookieOptions, Request, Response } from 'express';

/** The session cookie the web app signs in with. */
export const SESSION_COOKIE = 'carecircle_session';

/**
 * httpOnly: no script in the page can read the token, so an injected script cannot take it elsewhere.
 * SameSite=Strict: another site cannot make the browser send it (no cross-site request carries the session).
 * Secure when the request came over TLS (directly or through a trusted proxy), so it never travels in clear text.
 * Path /graphql: the only place that needs it.
 */
function cookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/graphql' };
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}

/**
 * The request's session token: the Authorization header (API clients, tests) or else the session cookie (the web app).
 * A malformed Authorization header is not replaced by the cookie: what the caller sent is what is judged.
 */
export function sessionTokenFrom(req: Request): string | null {
  const header = req.header('authorization');
  if (header !== undefined) return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
  const cookies = (req as Request & { cookies?: Record<string, unknown> }).cookies;
  const cookie = cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie.length > 0 ? cookie : null;
}
