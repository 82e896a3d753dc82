import { describe, expect, it } from 'vitest';
import { isValidNpi, NpiRegistry, npiCheckDigit } from './npi';
import { Random } from './random';

/** Plain Luhn over the full 15-digit number with the 80840 prefix, as CMS describes it. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let fromRight = 0; fromRight < digits.length; fromRight++) {
    let digit = Number(digits[digits.length - 1 - fromRight]);
    if (fromRight % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

describe('NPI check digit', () => {
  it('matches the CMS worked example 123456789 → 3', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
  });

  it('rejects a wrong check digit, a changed digit, the wrong length and a leading 3', () => {
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('1234567993')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('3234567891')).toBe(false);
    expect(() => npiCheckDigit('12345')).toThrow();
  });

  it('agrees with a plain Luhn check over 80840 + NPI for many numbers', () => {
    const random = new Random(11);
    for (let index = 0; index < 500; index++) {
      const base = `1${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
      const npi = base + String(npiCheckDigit(base));
      expect(luhnValid(`80840${npi}`)).toBe(true);
      expect(isValidNpi(npi)).toBe(true);
    }
  });

  it('never issues the same NPI twice', () => {
    const registry = new NpiRegistry();
    const random = new Random(5);
    const issued = Array.from({ length: 2000 }, (_, index) => registry.issue(random, index % 2 === 0 ? 1 : 2));
    expect(new Set(issued).size).toBe(issued.length);
    expect(issued.every(isValidNpi)).toBe(true);
  });
});
