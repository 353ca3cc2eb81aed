/** One CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type CsvRow = ReadonlyArray<string | number | null | undefined>;

/** Rows of CSV (RFC 4180), each ending in CRLF, so pages can be appended one after another. */
export function csvRows(rows: readonly CsvRow[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A whole CSV: header, then rows. */
export function csvLines(header: readonly string[], rows: readonly CsvRow[]): string {
  return csvRows([header, ...rows]);
}

/** Saves text as a file through a temporary link (the browser's own download). */
export function downloadText(fileName: string, parts: BlobPart[], type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
