/**
 * The identifiers a credentialing clerk checks on a "join our network" request. Safe for client
 * components: plain functions, no server imports.
 */
export { normalizeUsPhone } from '@/lib/phone-numbers';

const digitsOnly = (text: string) => text.replace(/[\s().-]/g, '');

/**
 * A National Provider Identifier: 10 digits whose last is a Luhn check digit computed over the
 * first nine with the prefix 80840 (the US health industry's card issuer number) in front, as CMS
 * specifies. Returns the 10 digits, or null.
 */
export function normalizeNpi(text: string): string | null {
  const npi = digitsOnly(text);
  if (!/^[12]\d{9}$/.test(npi)) return null;
  return luhnValid(`80840${npi}`) ? npi : null;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** EIN prefixes the IRS has never assigned (IRS "How EINs are assigned"). */
const unassignedEinPrefixes = new Set(['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97']);

function validEin(digits: string): boolean {
  return !unassignedEinPrefixes.has(digits.slice(0, 2));
}

/** SSA never issues area 000, 666 or 900-999, group 00 or serial 0000. */
function validSsn(digits: string): boolean {
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/**
 * A Taxpayer Identification Number: an EIN (12-3456789) or, for a sole practitioner, an SSN
 * (123-45-6789). Written with a dash, the dash says which; nine bare digits may be either. Returns it
 * in its written form, or null.
 */
export function normalizeTin(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{2}-\d{7}$/.test(trimmed)) return validEin(trimmed.replace('-', '')) ? trimmed : null;
  if (/^\d{3}-\d{2}-\d{4}$/.test(trimmed)) return validSsn(trimmed.replaceAll('-', '')) ? trimmed : null;
  if (!/^\d{9}$/.test(trimmed.replace(/\s/g, ''))) return null;
  const digits = trimmed.replace(/\s/g, '');
  if (validEin(digits)) return `${digits.slice(0, 2)}-${digits.slice(2)}`;
  if (validSsn(digits)) return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
  return null;
}

/** An Oregon Medicaid (DMAP) provider ID as OHA issues them: 6 to 12 letters and digits. */
export function normalizeMedicaidId(text: string): string | null {
  const id = text.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{6,12}$/.test(id) ? id : null;
}

/** A US ZIP code: 97501 or 97501-1234. */
export function normalizeZip(text: string): string | null {
  const zip = text.trim();
  return /^\d{5}(-?\d{4})?$/.test(zip) ? (zip.length === 9 ? `${zip.slice(0, 5)}-${zip.slice(5)}` : zip) : null;
}
