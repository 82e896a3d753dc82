import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabaseSession } from '@/lib/db/session';
import { parseSettings } from '@/lib/env';
import { submitFeedback } from '@/lib/feedback/submit';
import { issueFormToken } from '@/lib/forms/form-token';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { formTokenSecret, rateLimitSalt, readOrCreateSiteSecret } from './index';

/** The constants the source used before secrets were generated: anyone could read them on GitHub. */
const formerFormSecret = 'cco-member-site feedback: set FEEDBACK_TOKEN_SECRET';
const formerSalt = 'cco-member-site rate limit: set RATE_LIMIT_SALT';
const nothingSet = parseSettings({});

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`site secrets ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend);
    beforeEach(async () => {
      await session.db.siteSecret.deleteMany();
    });

    it('generates each secret once, 32 random bytes, and gives the same one on every later read', async () => {
      const formSecret = await readOrCreateSiteSecret(session.db, 'form-token');
      expect(Buffer.from(formSecret, 'base64url')).toHaveLength(32);
      expect(await readOrCreateSiteSecret(session.db, 'form-token')).toBe(formSecret);
      const salt = await readOrCreateSiteSecret(session.db, 'rate-limit-salt');
      expect(salt).not.toBe(formSecret);
      expect(await session.db.siteSecret.count()).toBe(2);
      // Not a constant: a database without the row gets a new value.
      await session.db.siteSecret.deleteMany();
      expect(await readOrCreateSiteSecret(session.db, 'form-token')).not.toBe(formSecret);
    });

    it('gives servers racing to make a secret the one row that won', async () => {
      const secrets = await Promise.all(Array.from({ length: 8 }, () => readOrCreateSiteSecret(session.db, 'rate-limit-salt')));
      expect(new Set(secrets).size).toBe(1);
      expect(await session.db.siteSecret.findMany({ select: { value: true } })).toEqual([{ value: secrets[0] }]);
    });

    it('uses what the operator set, and stores nothing then', async () => {
      const settings = parseSettings({ FEEDBACK_TOKEN_SECRET: 'f'.repeat(40), RATE_LIMIT_SALT: 's'.repeat(40) });
      expect(await formTokenSecret(session.db, settings)).toBe('f'.repeat(40));
      expect(await rateLimitSalt(session.db, settings)).toBe('s'.repeat(40));
      expect(await session.db.siteSecret.count()).toBe(0);
    });

    it('reads a generated secret from the database once per process', async () => {
      const first = await rateLimitSalt(session.db, nothingSet);
      await session.db.siteSecret.update({ where: { name: 'rate-limit-salt' }, data: { value: 'changed behind its back' } });
      expect(await rateLimitSalt(session.db, nothingSet)).toBe(first);
    });

    it('refuses a form token signed with the former built-in secret, and keys no address with the former salt', async () => {
      const now = new Date();
      const form = new FormData();
      const fields = {
        formToken: issueFormToken(formerFormSecret, new Date(now.getTime() - 60_000)),
        lookingFor: 'dental',
        found: 'yes',
        ease: '5',
        comments: '',
        contact: '',
      };
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      const context = { locale: 'en', clientAddress: '203.0.113.50', now, db: session.db, settings: nothingSet };
      const forged = await submitFeedback(form, context);
      expect(forged).toMatchObject({ status: 'expired' });

      // The form comes back with a token signed by the generated secret, which is accepted.
      form.set('formToken', forged.status === 'expired' ? forged.token : '');
      expect(await submitFeedback(form, context)).toMatchObject({ status: 'sent' });
      const keys = (await session.db.rateLimitWindow.findMany({ select: { key: true } })).map((row) => row.key);
      const formerKey = `feedback:${createHmac('sha256', formerSalt).update('203.0.113.50').digest('hex')}`;
      expect(keys).toContainEqual(expect.stringMatching(/^feedback:[0-9a-f]{64}$/));
      expect(keys).not.toContain(formerKey);
    });

    it('gives two web servers on one PostgreSQL database the same secrets', async ({ skip }) => {
      const target = session.target;
      if (target.kind !== 'postgres') return skip('PGlite serves one process; the restart test below covers it');
      // Two new clients, as two freshly started servers: neither has read a secret yet.
      const servers = await Promise.all([1, 2].map(() => openDatabaseSession({ kind: 'postgres', url: target.url }, { migrate: false })));
      try {
        const formSecrets = await Promise.all(servers.map((server) => formTokenSecret(server.db, nothingSet)));
        const salts = await Promise.all(servers.map((server) => rateLimitSalt(server.db, nothingSet)));
        expect(formSecrets[1]).toBe(formSecrets[0]);
        expect(salts[1]).toBe(salts[0]);
        expect(salts[0]).not.toBe(formSecrets[0]);
      } finally {
        await Promise.all(servers.map((server) => server.close()));
      }
    });
  });
}

describe('site secrets on PGlite in a folder', { timeout: 120_000 }, () => {
  it('keeps a generated secret across a restart', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'site-secrets-'));
    try {
      const first = await openDatabaseSession({ kind: 'pglite', dataDir: folder });
      const before = await formTokenSecret(first.db, nothingSet).finally(() => first.close());
      const second = await openDatabaseSession({ kind: 'pglite', dataDir: folder });
      const after = await readOrCreateSiteSecret(second.db, 'form-token').finally(() => second.close());
      expect(after).toBe(before);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(`${folder}.lock`, { force: true });
    }
  });
});
