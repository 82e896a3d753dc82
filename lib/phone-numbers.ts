/**
 * US phone numbers, in one place: the digits of a number however it was typed, the `tel:` link that
 * dials it, and the one written form (541-555-0100) the site stores and shows.
 */

/** The ten digits of a US number, without a leading country code 1 (short codes stay as they are). */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** `tel:` links dial digits only; 711 and 988 stay short codes. */
export function telHref(number: string): string {
  const digits = phoneDigits(number);
  return digits.length === 10 ? `tel:+1${digits}` : `tel:${digits}`;
}

/**
 * A US (NANP) phone or fax number as a person types it: 10 digits, optionally after +1 or 1, with
 * spaces, dots, dashes or brackets. Area code and exchange start with 2-9 and are not N11 service
 * codes (211, 411, 911 ...). Returns 541-555-0100, or null.
 */
export function normalizeUsPhone(text: string): string | null {
  const trimmed = text.trim();
  if (!/^(\+1)?[\d\s().-]+$/.test(trimmed)) return null;
  const digits = phoneDigits(trimmed);
  if (!/^\d{10}$/.test(digits)) return null;
  const area = digits.slice(0, 3);
  const exchange = digits.slice(3, 6);
  const serviceCode = (code: string) => code.slice(1) === '11';
  if (!/^[2-9]/.test(area) || !/^[2-9]/.test(exchange) || serviceCode(area) || serviceCode(exchange)) return null;
  return `${area}-${exchange}-${digits.slice(6)}`;
}
