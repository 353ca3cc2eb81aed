const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });

/** "Nov 29, 2026, 11:06 PM" in the reader's locale. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "HH:MM", for the banner's "until". */
export function formatTime(iso: string): string {
  return time.format(new Date(iso));
}
