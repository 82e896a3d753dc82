import { describe, expect, it } from 'vitest';
import { clientKey } from './index';

describe('clientKey', () => {
  const env = { RATE_LIMIT_SALT: 'operator salt' };

  it('names the form and hides the address behind a hash', () => {
    const key = clientKey('report', '203.0.113.7', env);
    expect(key).toMatch(/^report:[0-9a-f]{64}$/);
    expect(key).not.toContain('203.0.113.7');
  });

  it('gives one address the same key every time, and different addresses, forms or salts different keys', () => {
    const key = clientKey('report', '203.0.113.7', env);
    expect(clientKey('report', ' 203.0.113.7 ', env)).toBe(key);
    expect(clientKey('report', '203.0.113.8', env)).not.toBe(key);
    expect(clientKey('feedback', '203.0.113.7', env).split(':')[1]).toBe(key.split(':')[1]);
    expect(clientKey('report', '203.0.113.7', { RATE_LIMIT_SALT: 'another salt' })).not.toBe(key);
  });

  it('falls back to a built-in salt, and puts requests without an address in one shared key', () => {
    expect(clientKey('report', '203.0.113.7', {})).toBe(clientKey('report', '203.0.113.7', { RATE_LIMIT_SALT: '  ' }));
    expect(clientKey('report', null, env)).toBe(clientKey('report', '', env));
    expect(clientKey('report', null, env)).not.toBe(clientKey('report', '203.0.113.7', env));
  });

  it('refuses a scope that could carry what a member typed', () => {
    expect(() => clientKey('ana@example.org', '203.0.113.7', env)).toThrow(RangeError);
    expect(() => clientKey('', '203.0.113.7', env)).toThrow(RangeError);
  });
});
