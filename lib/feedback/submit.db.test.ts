import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { REMOVED_MARKER } from './scrub';
import { submitFeedback, type FeedbackContext } from './submit';
import { issueFormToken } from '@/lib/forms/form-token';
import { parseSettings } from '@/lib/env';

const tokenSecret = 'test secret of at least 32 characters';
const env = { FEEDBACK_TOKEN_SECRET: tokenSecret, FEEDBACK_MIN_SECONDS: '3', FEEDBACK_RATE_LIMIT: '3', RATE_LIMIT_SALT: 'test salt of at least 32 characters' };
const settings = parseSettings(env);
const now = new Date('2026-11-25T12:00:00Z');
const loadedAt = new Date(now.getTime() - 30_000);

function answer(fields: Record<string, string> = {}, token = issueFormToken(tokenSecret, loadedAt)): FormData {
  const data = new FormData();
  const all = { formToken: token, lookingFor: 'find-provider', found: 'partly', ease: '4', comments: '', contact: '', from: '/es/primary-care', ...fields };
  for (const [name, value] of Object.entries(all)) data.set(name, value);
  return data;
}

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`submitFeedback ${backend.label}`, { timeout: 120_000 }, () => {
    let address = 0;
    // Each test its own client address, so the rate limit of one does not leak into the next.
    const context = (overrides: Partial<FeedbackContext> = {}): FeedbackContext => ({
      locale: 'es',
      clientAddress: `198.51.100.${address}`,
      now,
      db: session.db,
      settings,
      ...overrides,
    });
    const session = useTestDatabase(backend);
    beforeEach(async () => {
      address += 1;
      await session.db.feedbackResponse.deleteMany();
    });

    it('stores an answer with scrubbed comments, the page path and the language, and returns its reference', async () => {
      const state = await submitFeedback(
        answer({ comments: 'Mi número es AB123456 y nací el 5 de enero de 1990. Esperé 3 horas.', contact: 'ana@example.org' }),
        context(),
      );
      expect(state).toEqual({ status: 'sent', reference: expect.stringMatching(/^[2-9A-Z]{8}$/), from: '/es/primary-care' });
      const rows = await session.db.feedbackResponse.findMany();
      expect(rows).toEqual([
        expect.objectContaining({
          reference: state.status === 'sent' ? state.reference : '',
          locale: 'es',
          pagePath: '/es/primary-care',
          lookingFor: 'find-provider',
          found: 'partly',
          ease: 4,
          comments: `Mi número es ${REMOVED_MARKER} y nací el ${REMOVED_MARKER}. Esperé 3 horas.`,
          // The contact field is where a member chooses to leave an address: it is kept as typed.
          contact: 'ana@example.org',
        }),
      ]);
    });

    it('drops a page path that is not a plain path on this site', async () => {
      await submitFeedback(answer({ from: 'https://evil.example/?q=x' }), context());
      expect((await session.db.feedbackResponse.findFirst())?.pagePath).toBeNull();
    });

    it('stores a double click or a retried request once, and answers both with the same reference', async () => {
      const token = issueFormToken(tokenSecret, loadedAt);
      const first = await submitFeedback(answer({}, token), context());
      const retried = await submitFeedback(answer({}, token), context());
      const concurrentToken = issueFormToken(tokenSecret, loadedAt);
      const clicks = await Promise.all([submitFeedback(answer({}, concurrentToken), context()), submitFeedback(answer({}, concurrentToken), context())]);
      expect(retried).toEqual(first);
      expect(clicks[0]).toEqual(clicks[1]);
      expect(clicks[0]).not.toEqual(first);
      expect(await session.db.feedbackResponse.count()).toBe(2);
    });

    it('refuses more than FEEDBACK_RATE_LIMIT answers an hour from one connection, keeping what was typed', async () => {
      for (let i = 0; i < 3; i++) expect(await submitFeedback(answer(), context())).toMatchObject({ status: 'sent' });
      const refused = await submitFeedback(answer({ comments: 'one more' }), context());
      expect(refused).toMatchObject({ status: 'rate-limited', values: { comments: 'one more', lookingFor: 'find-provider' } });
      expect(await submitFeedback(answer(), context({ clientAddress: '192.0.2.99' }))).toMatchObject({ status: 'sent' });
      expect(await session.db.feedbackResponse.count()).toBe(4);
      // Only a salted hash of the address is kept, and it expires with its window.
      const keys = await session.db.rateLimitWindow.findMany({ select: { key: true, expiresAt: true } });
      expect(keys.every((row) => /^feedback:[0-9a-f]{64}$/.test(row.key) && !row.key.includes('198.51.100'))).toBe(true);
      expect(keys.every((row) => row.expiresAt.getTime() <= now.getTime() + 3600_000)).toBe(true);
    });

    it('stores nothing for a filled honeypot or an answer sent too fast, yet thanks the sender', async () => {
      const trap = await submitFeedback(answer({ website: 'buy now' }), context());
      const fast = await submitFeedback(answer({}, issueFormToken(tokenSecret, new Date(now.getTime() - 2000))), context());
      expect(trap).toMatchObject({ status: 'sent' });
      expect(fast).toMatchObject({ status: 'sent' });
      expect(await session.db.feedbackResponse.count()).toBe(0);
    });

    it('never throws on random answers that reach the database', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const field = (options: string[]) => fc.oneof(fc.constantFrom(...options), fc.string({ maxLength: 12 }));
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            lookingFor: field(['dental', 'other', 'benefits']),
            found: field(['yes', 'no']),
            ease: field(['1', '5']),
            comments: fc.string({ unit: 'grapheme', maxLength: 1100 }),
            contact: fc.oneof(fc.constant(''), fc.emailAddress(), fc.string({ maxLength: 210 })),
            from: fc.oneof(fc.constant('/en'), fc.webPath(), fc.string({ maxLength: 310 })),
          }),
          async (fields) => {
            const state = await submitFeedback(answer(fields), context({ settings: parseSettings({ ...env, FEEDBACK_RATE_LIMIT: '100000' }) }));
            expect(['sent', 'invalid']).toContain(state.status);
          },
        ),
        { numRuns: 60 },
      );
      vi.restoreAllMocks();
    });
  });
}
