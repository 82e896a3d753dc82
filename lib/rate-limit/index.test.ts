import { describe, expect, it } from 'vitest';
import { clientKey } from './index';

describe('clientKey', () => {
  const salt = 'operator salt, long and random enough';

  it('names the form and hides the address behind a hash', () => {
    const key = clientKey('report', '203.0.113.7', salt);
    expect(key).toMatch(/^report:[0-9a-f]{64}$/);
    expect(key).not.toContain('203.0.113.7');
  });

  it('gives one address the same key every time, and different addresses, forms or salts different keys', () => {
    const key = clientKey('report', '203.0.113.7', salt);
    expect(clientKey('report', ' 203.0.113.7 ', salt)).toBe(key);
    expect(clientKey('report', '203.0.113.8', salt)).not.toBe(key);
    expect(clientKey('feedback', '203.0.113.7', salt).split(':')[1]).toBe(key.split(':')[1]);
    expect(clientKey('report', '203.0.113.7', 'another salt, just as long and random')).not.toBe(key);
  });

  it('puts requests without an address in one shared key', () => {
    expect(clientKey('report', null, salt)).toBe(clientKey('report', '', salt));
    expect(clientKey('report', null, salt)).not.toBe(clientKey('report', '203.0.113.7', salt));
  });

  it('refuses a scope that could carry what a member typed, and a salt short enough to guess', () => {
    expect(() => clientKey('ana@example.org', '203.0.113.7', salt)).toThrow(RangeError);
    expect(() => clientKey('', '203.0.113.7', salt)).toThrow(RangeError);
    expect(() => clientKey('report', '203.0.113.7', '')).toThrow(/at least 32 characters/);
  });
});
