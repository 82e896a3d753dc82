import { describe, expect, it } from 'vitest';
import { issueFormToken, readFormToken, tokenMaxAgeMs } from './form-token';

const now = new Date('2026-11-25T12:00:00Z');

describe('form tokens', () => {
  it('carry when they were issued and a random submission key', () => {
    const token = issueFormToken('secret', now);
    const read = readFormToken(token, 'secret', new Date(now.getTime() + 5000));
    expect(read?.issuedAt).toBe(now.getTime());
    expect(read?.submissionKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(readFormToken(issueFormToken('secret', now), 'secret', now)?.submissionKey).not.toBe(read?.submissionKey);
  });

  it('are refused when signed with another secret, changed, too old or not tokens at all', () => {
    const token = issueFormToken('secret', now);
    expect(readFormToken(token, 'other secret', now)).toBeNull();
    const [, key, signature] = token.split('.');
    expect(readFormToken(`${now.getTime() - 60_000}.${key}.${signature}`, 'secret', now)).toBeNull();
    expect(readFormToken(token, 'secret', new Date(now.getTime() + tokenMaxAgeMs + 1))).toBeNull();
    for (const junk of ['', 'a.b.c', null, 42, `${token}x`, 'x'.repeat(500)]) expect(readFormToken(junk, 'secret', now)).toBeNull();
  });
});
