import { describe, expect, it } from 'vitest';
import { normalizeMedicaidId, normalizeNpi, normalizeTin, normalizeUsPhone, normalizeZip } from './identifiers';

describe('normalizeNpi', () => {
  it.each([
    ['1234567893', '1234567893'], // CMS's worked example of the check digit
    ['1245319599', '1245319599'],
    ['1003000126', '1003000126'],
    ['1730188426', '1730188426'],
    [' 1234 567 893 ', '1234567893'],
    ['123-456-7893', '1234567893'],
  ])('accepts %j', (input, expected) => {
    expect(normalizeNpi(input)).toBe(expected);
  });

  it.each([
    ['1234567890', 'ten digits, wrong check digit'],
    ['1104969428', 'ten digits, wrong check digit'],
    ['1245319598', 'one digit off'],
    ['2134567893', 'two digits swapped'],
    ['123456789', 'nine digits'],
    ['12345678931', 'eleven digits'],
    ['3234567893', 'NPIs start with 1 or 2'],
    ['12345678a3', 'a letter'],
    ['', 'empty'],
  ])('refuses %j (%s)', (input) => {
    expect(normalizeNpi(input)).toBeNull();
  });
});

describe('normalizeTin', () => {
  it.each([
    ['12-3456789', '12-3456789'],
    ['93-1234567', '93-1234567'],
    ['123-45-6789', '123-45-6789'],
    ['931234567', '93-1234567'], // nine bare digits: a valid EIN prefix reads as an EIN
    ['001-23-4567', '001-23-4567'],
    ['001234567', '001-23-4567'], // prefix 00 is never an EIN, so it reads as an SSN
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizeTin(input)).toBe(expected);
  });

  it.each([
    ['07-1234567', 'an EIN prefix the IRS never assigns'],
    ['000-12-3456', 'SSN area 000'],
    ['666-12-3456', 'SSN area 666'],
    ['912-34-5678', 'SSN area 9xx (ITINs are not TINs for billing)'],
    ['123-00-4567', 'SSN group 00'],
    ['123-45-0000', 'SSN serial 0000'],
    ['12345678', 'eight digits'],
    ['1234567890', 'ten digits'],
    ['12-345678', 'EIN short a digit'],
    ['12-34-56789', 'dashes in neither place'],
  ])('refuses %j (%s)', (input) => {
    expect(normalizeTin(input)).toBeNull();
  });
});

describe('normalizeUsPhone', () => {
  it.each([
    ['541-500-0567', '541-500-0567'],
    ['(541) 500-0567', '541-500-0567'],
    ['541.500.0567', '541-500-0567'],
    ['+1 541 500 0567', '541-500-0567'],
    ['1-800-224-4840', '800-224-4840'],
  ])('accepts %j', (input, expected) => {
    expect(normalizeUsPhone(input)).toBe(expected);
  });

  it.each([
    ['500-0567', 'no area code'],
    ['041-500-0567', 'area code starting with 0'],
    ['141-500-0567', 'area code starting with 1'],
    ['911-500-0567', 'N11 area code'],
    ['541-011-0567', 'exchange starting with 0'],
    ['541-411-0567', 'N11 exchange'],
    ['+44 20 7946 0958', 'not a US number'],
    ['541-500-05678', 'eleven digits not starting with 1'],
    ['phone', 'words'],
  ])('refuses %j (%s)', (input) => {
    expect(normalizeUsPhone(input)).toBeNull();
  });
});

describe('normalizeMedicaidId and normalizeZip', () => {
  it('reads Oregon Medicaid IDs and ZIP codes', () => {
    expect(normalizeMedicaidId(' 500123456 ')).toBe('500123456');
    expect(normalizeMedicaidId('ab-12345')).toBe('AB12345');
    expect(normalizeMedicaidId('12345')).toBeNull();
    expect(normalizeMedicaidId('5001234567890')).toBeNull();
    expect(normalizeZip('97501')).toBe('97501');
    expect(normalizeZip('975011234')).toBe('97501-1234');
    expect(normalizeZip('97501-1234')).toBe('97501-1234');
    expect(normalizeZip('9750')).toBeNull();
  });
});
