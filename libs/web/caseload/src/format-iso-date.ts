const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A `YYYY-MM-DD` calendar date in the reader's locale, without time-zone shifts. */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateFormat.format(new Date(year, month - 1, day));
}
