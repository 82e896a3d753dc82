import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash';
import { normalizeForSearch, zipCode5 } from './normalize';

describe('normalizeForSearch', () => {
  it.each([
    ['José', 'jose'],
    ['  MARÍA   Núñez ', 'maria nunez'],
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['Øverland Straße', 'overland strasse'],
  ])('%s → %s', (input, expected) => expect(normalizeForSearch(input)).toBe(expected));
});

describe('zipCode5', () => {
  it('keeps the 5-digit ZIP of a ZIP+4, with or without the dash', () => {
    expect(zipCode5('97501-1234')).toBe('97501');
    expect(zipCode5('029053105')).toBe('02905');
    expect(zipCode5('975')).toBeNull();
    expect(zipCode5(undefined)).toBeNull();
  });
});

describe('contentHash', () => {
  it('ignores key order and changes when a value changes', () => {
    expect(contentHash({ a: 1, b: { c: [1, 2] } })).toBe(contentHash({ b: { c: [1, 2] }, a: 1 }));
    expect(contentHash({ a: 1, b: { c: [1, 2] } })).not.toBe(contentHash({ a: 1, b: { c: [2, 1] } }));
  });
});
