/**
 * National Provider Identifiers. The tenth digit is a Luhn check digit computed over the
 * nine-digit base with the card-issuer prefix 80840 in front (CMS, "NPI check digit").
 * The prefix always adds 24 to the Luhn sum, so it is folded in as a constant.
 */
import type { Random } from './random';

const PREFIX_80840_LUHN_SUM = 24;

export function npiCheckDigit(base: string): number {
  if (!/^\d{9}$/.test(base)) throw new Error(`npiCheckDigit: expected 9 digits, got "${base}"`);
  let sum = PREFIX_80840_LUHN_SUM;
  for (let fromRight = 0; fromRight < 9; fromRight++) {
    let digit = Number(base[8 - fromRight]);
    // The check digit will sit to the right, so the base's rightmost digit is doubled.
    if (fromRight % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(npi: string): boolean {
  return /^[12]\d{9}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}

/** Hands out valid, never-repeated NPIs. Real NPIs start with 1 or 2. */
export class NpiRegistry {
  private readonly issued = new Set<string>();

  issue(random: Random, firstDigit: 1 | 2): string {
    for (;;) {
      let base = String(firstDigit);
      for (let index = 0; index < 8; index++) base += String(random.int(0, 9));
      const npi = base + String(npiCheckDigit(base));
      if (!this.issued.has(npi)) {
        this.issued.add(npi);
        return npi;
      }
    }
  }
}
