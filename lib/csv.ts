/**
 * CSV for staff downloads (RFC 4180). Cells that a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR) get a leading apostrophe: exports hold what members and clinics typed.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;
