/**
 * Removes what looks like personal details from free text before it is stored: Social Security
 * numbers, member or Medicaid IDs, full dates (any date with a year may be a birth date), phone
 * numbers and e-mail addresses. Each is replaced by one generic marker, REMOVED_MARKER, so staff
 * see that something was there but not what kind of detail it was.
 *
 * Deliberately broad: dropping a harmless number from a comment costs little, storing a member's
 * ID costs a lot. Short numbers ("I waited 3 hours"), dates without a year ("5 de enero") and ZIP
 * codes are kept. Safe for client components (no imports).
 */
export const REMOVED_MARKER = '[removed]';

const englishMonths = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const spanishMonths = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre';
const month = `(?:${englishMonths}|${spanishMonths})\\.?`;
const day = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const year = '(?:19|20)\\d{2}';

/** In order: e-mail first (it can hold digits), then dates (so "01-05-1990" is not read as a phone). */
const patterns: RegExp[] = [
  // ana.m@correo.mx
  /[^\s@<>()[\]{},;:"']+@[^\s@<>()[\]{},;:"']+\.[a-z]{2,}/giu,
  // January 5, 1990 · Jan. 5th 1990 · enero 5, 1990
  new RegExp(`(?<![\\p{L}\\p{N}])${month}\\s+${day},?\\s+(?:de(?:l)?\\s+)?${year}(?!\\p{N})`, 'giu'),
  // 5 January 1990 · 5 de enero de 1990 · 5 de enero del 1990
  new RegExp(`(?<![\\p{L}\\p{N}])${day}\\s+(?:de\\s+)?${month},?\\s+(?:de(?:l)?\\s+)?${year}(?!\\p{N})`, 'giu'),
  // 1990-01-05
  /(?<![\p{L}\p{N}])(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?![\p{L}\p{N}])/gu,
  // 01/05/1990 · 1-5-90 · 5/1/1990 (day first, as Spanish writers often put it) · 01.05.1990
  /(?<![\p{L}\p{N}/.-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?![\p{L}\p{N}]|[/.-]\d)/gu,
  // 123-45-6789 · 123 45 6789
  /(?<![\p{L}\p{N}-])\d{3}[- ]\d{2}[- ]\d{4}(?![\p{L}\p{N}]|-\d)/gu,
  // (541) 555-0123 · 541-555-0123 · 541.555.0123 · +1 541 555 0123 · 1-800-555-0123
  /(?<![\p{L}\p{N}])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?![\p{L}\p{N}])/gu,
  // 555-0123 (a local number without area code)
  /(?<![\p{L}\p{N}.-])\d{3}[.-]\d{4}(?![\p{L}\p{N}]|[.-]\d)/gu,
  // AB123456 (Oregon Medicaid prime ID: 2 letters and 6 digits)
  /(?<![\p{L}\p{N}])[a-z]{2}\d{6}(?![\p{L}\p{N}])/giu,
  // 8 to 12 digits in a row: member IDs, case numbers, an SSN without dashes
  /(?<![\p{L}\p{N}])\d{8,12}(?![\p{L}\p{N}])/gu,
];

export function scrubPersonalDetails(text: string): { text: string; replaced: number } {
  let replaced = 0;
  let result = text;
  for (const pattern of patterns) {
    result = result.replace(pattern, () => {
      replaced += 1;
      return REMOVED_MARKER;
    });
  }
  return { text: result, replaced };
}
