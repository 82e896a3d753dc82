/**
 * CSV for staff downloads (RFC 4180). Every cell is quoted: a spreadsheet set to split on `;` or tab
 * (Excel in many locales) would otherwise cut an unquoted `x;=1+2` in two and run the second half.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) also gets a leading apostrophe:
 * exports hold what members and clinics typed. Numbers are ours, never formulas, so they stay as they are.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export const csvLine = (cells: (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;
