import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { DEFAULT_TIME_ZONE } from '@carecircle/shared/domain';

interface OrganizationDayStore {
  timeZone: string;
}

/**
 * Where the caller's organization's days start, for the length of one request.
 *
 * Why a per-request store rather than a time zone argument: "today" is asked for in some sixty
 * places (`clock.today()`), most of them deep in services that have no reason to know about time
 * zones, and a missed call would silently count days in UTC again. The Clock is a singleton, so it
 * cannot hold the caller's zone itself; AsyncLocalStorage gives it the zone of the request it is
 * running in. The middleware opens the store (UTC until someone signs in), the auth guard sets the
 * caller's organization's zone once it has verified the token, and every `clock.today()` of that
 * request — resolvers, field resolvers, data loaders — follows without an edit.
 * Outside any request (start-up jobs, the demo seed) there is no store and the Clock keeps its old
 * behaviour, so those jobs pass their own dates.
 */
const organizationDay = new AsyncLocalStorage<OrganizationDayStore>();

/** Runs the rest of the request inside its own store; registered for every route by PlatformModule. */
export function organizationDayMiddleware(_req: Request, _res: Response, next: NextFunction): void {
  organizationDay.run({ timeZone: DEFAULT_TIME_ZONE }, next);
}

/** Called by the auth guard with the verified caller's organization's zone. */
export function useOrganizationTimeZone(timeZone: string): void {
  const store = organizationDay.getStore();
  if (store) store.timeZone = timeZone;
}

/** The current request's organization's zone; null outside any request. */
export function requestTimeZone(): string | null {
  return organizationDay.getStore()?.timeZone ?? null;
}

/** Runs `work` as if inside a request of an organization in `timeZone` (tests and jobs acting for one organization). */
export function withOrganizationTimeZone<T>(timeZone: string, work: () => T): T {
  return organizationDay.run({ timeZone }, work);
}
