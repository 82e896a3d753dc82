import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { parseSettings } from '@/lib/env';
import { authenticateStaff, saveStaffUser, StaffAccountError } from './accounts';
import { createStaffSession, deleteStaffSession, readStaffSession, sessionHours } from './session';
import { signInStaff } from './sign-in';

const cheap = { N: 1024, r: 8, p: 1 };
const password = 'correct horse battery';

function signInForm(email: string, secret: string): FormData {
  const form = new FormData();
  form.set('email', email);
  form.set('password', secret);
  return form;
}

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`staff accounts and sessions ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend, {
      prepare: async () => {
        await saveStaffUser(session.db, { email: 'Ana@Example.org', password }, cheap);
      },
    });

    it('keeps one account per e-mail, whatever its case, and refuses weak passwords', async () => {
      await expect(saveStaffUser(session.db, { email: 'ana@example.ORG', password }, cheap)).rejects.toThrow(/already has an account/);
      await expect(saveStaffUser(session.db, { email: 'bo@example.org', password: 'short' }, cheap)).rejects.toBeInstanceOf(StaffAccountError);
      await expect(saveStaffUser(session.db, { email: 'not an address', password }, cheap)).rejects.toBeInstanceOf(StaffAccountError);
      const [user] = await session.db.staffUser.findMany({ where: { email: 'ana@example.org' } });
      expect(user?.passwordHash).toMatch(/^scrypt\$/);
    });

    it('opens the account only with the right password', async () => {
      expect(await authenticateStaff(session.db, ' ANA@example.org ', password)).toMatchObject({ email: 'ana@example.org' });
      expect(await authenticateStaff(session.db, 'ana@example.org', 'wrong password!')).toBeNull();
      expect(await authenticateStaff(session.db, 'nobody@example.org', password)).toBeNull();
    });

    it('reads a session until it expires, never from a forged or malformed token, and not after sign-out', async () => {
      const user = await authenticateStaff(session.db, 'ana@example.org', password);
      const now = new Date('2026-11-25T16:00:00Z');
      const { token, expiresAt } = await createStaffSession(session.db, user?.id ?? '', now);
      expect(expiresAt).toEqual(new Date(now.getTime() + sessionHours * 3600_000));
      expect(await readStaffSession(session.db, token, now)).toMatchObject({ email: 'ana@example.org' });
      expect(await readStaffSession(session.db, token, new Date(expiresAt.getTime() - 1000))).not.toBeNull();
      expect(await readStaffSession(session.db, token, expiresAt)).toBeNull();
      // Same shape, not issued by us; a stored hash used as a token; rubbish.
      expect(await readStaffSession(session.db, 'A'.repeat(43), now)).toBeNull();
      const [row] = await session.db.staffSession.findMany();
      expect(await readStaffSession(session.db, row?.tokenHash, now)).toBeNull();
      expect(await readStaffSession(session.db, "' OR 1=1 --", now)).toBeNull();
      expect(await readStaffSession(session.db, undefined, now)).toBeNull();
      await deleteStaffSession(session.db, token);
      expect(await readStaffSession(session.db, token, now)).toBeNull();
    });

    it('signs everyone out of an account when its password is reset or it is disabled', async () => {
      const user = await authenticateStaff(session.db, 'ana@example.org', password);
      const { token } = await createStaffSession(session.db, user?.id ?? '');
      await session.db.staffUser.update({ where: { id: user?.id ?? '' }, data: { disabledAt: new Date() } });
      expect(await readStaffSession(session.db, token)).toBeNull();
      expect(await authenticateStaff(session.db, 'ana@example.org', password)).toBeNull();
      await saveStaffUser(session.db, { email: 'ana@example.org', password, replace: true }, cheap);
      expect(await session.db.staffSession.count({ where: { userId: user?.id ?? '' } })).toBe(0);
      expect(await authenticateStaff(session.db, 'ana@example.org', password)).not.toBeNull();
    });

    it('signs in through the form, keeps the e-mail but never the password on a problem, and limits attempts', async () => {
      const context = { clientAddress: '203.0.113.9', db: session.db, settings: parseSettings({ STAFF_SIGN_IN_LIMIT: '3' }) };
      const empty = await signInStaff(signInForm('', ''), context);
      expect(empty).toMatchObject({ status: 'invalid', values: { email: '' }, fieldErrors: { email: expect.any(String), password: expect.any(String) } });
      const wrong = await signInStaff(signInForm('ana@example.org', 'not the password'), context);
      expect(wrong).toEqual({ status: 'refused', values: { email: 'ana@example.org' } });
      const right = await signInStaff(signInForm('ana@example.org', password), context);
      expect(right).toMatchObject({ status: 'signed-in', token: expect.stringMatching(/^[\w-]{43}$/) });
      if (right.status === 'signed-in') expect(await readStaffSession(session.db, right.token)).toMatchObject({ email: 'ana@example.org' });
      await signInStaff(signInForm('ana@example.org', 'not the password'), context);
      // The fourth attempt from this address in 15 minutes is refused, even with the right password.
      expect(await signInStaff(signInForm('ana@example.org', password), context)).toEqual({ status: 'rate-limited', values: { email: 'ana@example.org' } });
      // Another address is not limited by this one's attempts.
      expect(await signInStaff(signInForm('ana@example.org', password), { ...context, clientAddress: '198.51.100.4' })).toMatchObject({ status: 'signed-in' });
    });

    it('asks an account for growing waits after wrong passwords, and lets the right password in after the wait', async () => {
      const settings = parseSettings({ STAFF_SIGN_IN_LIMIT: '1000' });
      const start = Date.parse('2026-12-05T10:00:00Z');
      // Each guess from another address, as a spread-out attacker would send them.
      const attempt = (secret: string, seconds: number, address = `192.0.2.${seconds % 250}`) =>
        signInStaff(signInForm('ana@example.org', secret), { clientAddress: address, db: session.db, settings, now: new Date(start + seconds * 1000) });
      for (const second of [0, 0, 0, 0]) expect((await attempt('wrong guess', second)).status).toBe('refused');
      // Four wrong in a row: the next attempt waits a second, whoever sends it, and is not checked.
      expect(await attempt(password, 0, '198.51.100.20')).toEqual({ status: 'account-waiting', values: { email: 'ana@example.org' } });
      expect((await attempt('wrong guess', 1)).status).toBe('refused');
      expect((await attempt('wrong guess', 2)).status).toBe('account-waiting');
      // Attempts during a wait do not lengthen it: two seconds after the fifth failure the owner gets in.
      expect(await attempt(password, 3, '198.51.100.20')).toMatchObject({ status: 'signed-in' });
      // Signing in clears the failures: the next wrong password is a plain refusal, with no wait.
      expect((await attempt('wrong guess', 3)).status).toBe('refused');
      expect((await attempt('wrong guess', 3)).status).toBe('refused');
    });
  });
}
