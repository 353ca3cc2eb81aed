import { parseISO } from 'date-fns';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A `YYYY-MM-DD` calendar date in the reader's locale, read as a calendar day (no time-zone shift), as the record shows dates. */
export function formatDate(iso: string): string {
  const date = parseISO(iso.slice(0, 10));
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}
