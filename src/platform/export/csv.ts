/** A cell of an exported table: text, a number, or empty. */
export type Cell = string | number | null;

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // A leading = + - @ would run as a formula when the file is opened in a spreadsheet.
  const safe = typeof value === 'string' && /^[=+\-@]/u.test(text) ? `'${text}` : text;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** One CSV line (RFC 4180, CRLF), safe to open in a spreadsheet. */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Spreadsheet programs read a UTF-8 CSV as such (Chinese included) only after this mark. */
export const UTF8_BOM = '\ufeff';
