import { describe, expect, it } from 'vitest';
import { hashPassword, MAX_CONCURRENT_PASSWORD_CHECKS, PasswordChecksBusy, passwordProblem, verifyPassword } from './password';
import { delayAfter, MAX_DELAY_SECONDS } from './account-delay';

// A low cost keeps the tests quick; the cost is read back from each hash, so verification is the same code.
const cheap = { N: 1024, r: 8, p: 1 };

describe('staff passwords', () => {
  it('stores a salted scrypt hash that verifies only the same password', async () => {
    const stored = await hashPassword('correct horse battery', cheap);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('gives the same password a different hash each time', async () => {
    expect(await hashPassword('correct horse battery', cheap)).not.toBe(await hashPassword('correct horse battery', cheap));
  });

  it('uses the OWASP cost by default', async () => {
    expect(await hashPassword('correct horse battery')).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('contraseña segura', cheap);
    expect(await verifyPassword('contrasen\u0303a segura', stored)).toBe(true);
  });

  it('refuses damaged or dangerous hashes instead of throwing or allocating gigabytes', async () => {
    const stored = await hashPassword('correct horse battery', cheap);
    expect(await verifyPassword('correct horse battery', 'not a hash')).toBe(false);
    expect(await verifyPassword('correct horse battery', stored.replace('$1024$', '$1000$'))).toBe(false);
    expect(await verifyPassword('correct horse battery', stored.replace('$1024$', '$1073741824$'))).toBe(false);
    expect(await verifyPassword('correct horse battery', stored.slice(0, -4))).toBe(false);
  });

  it('asks for 12 to 200 characters', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('twelve chars')).toBeNull();
    expect(passwordProblem('x'.repeat(201))).toMatch(/at most 200/);
  });

  it('checks only a few passwords at once and refuses the next one at once instead of queueing it', async () => {
    const stored = await hashPassword('correct horse battery', { N: 2 ** 14, r: 8, p: 1 });
    const running = Array.from({ length: MAX_CONCURRENT_PASSWORD_CHECKS }, () => verifyPassword('correct horse battery', stored));
    const started = performance.now();
    await expect(verifyPassword('correct horse battery', stored)).rejects.toBeInstanceOf(PasswordChecksBusy);
    expect(performance.now() - started).toBeLessThan(50);
    expect(await Promise.all(running)).toEqual(running.map(() => true));
    // The slots are free again.
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
  });

  it('makes an account wait longer after each wrong password past the first three, up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 9, 10, 50].map(delayAfter)).toEqual([0, 0, 0, 0, 1, 2, 4, 32, MAX_DELAY_SECONDS, MAX_DELAY_SECONDS]);
  });
});
