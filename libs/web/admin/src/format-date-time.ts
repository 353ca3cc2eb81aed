const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment from the API (ISO string) as the reader's locale shows a date and time: "Nov 29, 2026, 11:06 PM". */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
