import { Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE, calendarDayIn, toIsoDate, type IsoDate } from '@carecircle/shared/domain';
import { requestTimeZone } from './organization-day';

/**
 * The one place "today" comes from, so derived day counts agree within a request. Days are the
 * caller's organization's (its time zone, set per request: see organization-day.ts), so "today"
 * turns over at the organization's midnight, not the server's.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** The organization's zone for this request; UTC outside any request. */
  timeZone(): string {
    return requestTimeZone() ?? DEFAULT_TIME_ZONE;
  }

  today(): IsoDate {
    const zone = requestTimeZone();
    // Outside a request (start-up jobs) keep the server's own day, as before organizations had zones.
    return zone ? calendarDayIn(this.now(), zone) : toIsoDate(this.now());
  }

  /** The organization's calendar day on which an instant falls (a check-in's day). */
  dayOf(instant: Date): IsoDate {
    return calendarDayIn(instant, this.timeZone());
  }
}
