import { describe, expect, it } from 'vitest';
import { normalizeUsPhone, phoneDigits, telHref } from './phone-numbers';

describe('phone numbers', () => {
  it('reads the ten digits however a number is written, and keeps short codes', () => {
    expect(phoneDigits('1-855-722-8208')).toBe('8557228208');
    expect(phoneDigits('(541) 500-0567')).toBe('5415000567');
    expect(phoneDigits('711')).toBe('711');
  });

  it('dials ten-digit numbers with the country code and short codes as they are', () => {
    expect(telHref('541-500-0567')).toBe('tel:+15415000567');
    expect(telHref('1 (855) 722-8208')).toBe('tel:+18557228208');
    expect(telHref('988')).toBe('tel:988');
  });

  it('writes a valid US number one way and refuses the rest', () => {
    expect(normalizeUsPhone(' +1 541.555.0100 ')).toBe('541-555-0100');
    expect(normalizeUsPhone('15415550100')).toBe('541-555-0100');
    expect(normalizeUsPhone('+5415550100')).toBeNull();
    expect(normalizeUsPhone('541-555-010')).toBeNull();
    expect(normalizeUsPhone('911-555-0100')).toBeNull();
    expect(normalizeUsPhone('call 541-555-0100')).toBeNull();
  });
});
