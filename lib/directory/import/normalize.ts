/**
 * Text as search compares it: lowercase, accents removed, spaces collapsed, so "José" is stored and
 * searched as "jose". Used for the `searchName`/`searchCity` columns here and must be used on what a
 * member types, so both sides match (the pg_trgm index does the typo tolerance).
 */

/** Letters NFD does not decompose into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The 5-digit ZIP code of a US postal code ("97501-1234", "975011234" → "97501"), or null. */
export function zipCode5(postalCode: string | undefined): string | null {
  const digits = (postalCode ?? '').replace(/\D/g, '');
  return digits.length >= 5 ? digits.slice(0, 5) : null;
}
