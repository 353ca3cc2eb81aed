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

  /** Per zone, the day of the last second asked about: a page's fields ask for today per row, within one second. */
  private readonly recentDays = new Map<string, { second: number; day: IsoDate }>();

  today(): IsoDate {
    const zone = requestTimeZone();
    const now = this.now();
    // Outside a request (start-up jobs) keep the server's own day, as before organizations had zones.
    if (!zone) return toIsoDate(now);
    // Exact: today's offsets are whole minutes, so a day never turns over inside a second.
    const second = Math.floor(now.getTime() / 1000);
    const recent = this.recentDays.get(zone);
    if (recent?.second === second) return recent.day;
    const day = calendarDayIn(now, zone);
    this.recentDays.set(zone, { second, day });
    return day;
  }

  /** The organization's calendar day on which an instant falls (a check-in's day). */
  dayOf(instant: Date): IsoDate {
    return calendarDayIn(instant, this.timeZone());
  }
}
