/** A file name from a title: lower case, letters and digits joined by hyphens, at most 60 characters. */
export function fileSlug(title: string, fallback: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || fallback
  );
}

/** A CSV cell, quoted, and never read as a formula by a spreadsheet. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Rows as CSV for a spreadsheet: every cell quoted, CRLF line ends, and a byte-order mark so
 * spreadsheet programs read UTF-8 (the £ sign, accents, curly quotes) correctly.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
