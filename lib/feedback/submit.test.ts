import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db';
import { submitFeedback, type FeedbackFormState } from './submit';
import { issueFormToken } from '@/lib/forms/form-token';
import { parseSettings } from '@/lib/env';

const tokenSecret = 'test secret of at least 32 characters';
const settings = parseSettings({ FEEDBACK_TOKEN_SECRET: tokenSecret, FEEDBACK_MIN_SECONDS: '3' });
const now = new Date('2026-11-25T12:00:00Z');
const loadedAt = new Date(now.getTime() - 60_000);
const secretComment = 'Ana Pérez, diabetes, AB123456';

/** A database that is down: every query fails, with a message that quotes the member (as drivers can). */
function downDatabase(): { db: Database; queries: () => number } {
  let count = 0;
  const fail = () => {
    count += 1;
    return Promise.reject(new Error(`connection lost while running a query with ${secretComment}`));
  };
  return { db: { $queryRaw: fail, $executeRaw: fail, feedbackResponse: { findUnique: fail, create: fail } } as unknown as Database, queries: () => count };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const answer = (token = issueFormToken(tokenSecret, loadedAt)) =>
  form({ formToken: token, lookingFor: 'dental', found: 'no', ease: '2', comments: secretComment, contact: '', from: '/en/contact' });

afterEach(() => vi.restoreAllMocks());

describe('submitFeedback without a working database', () => {
  it('keeps the answers and says it could not save them, without logging what was typed', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { db } = downDatabase();
    const state = await submitFeedback(answer(), { locale: 'en', clientAddress: '203.0.113.7', now, db, settings });
    expect(state).toMatchObject({ status: 'unavailable', values: { lookingFor: 'dental', found: 'no', ease: '2', comments: secretComment } });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logged.mock.calls)).not.toMatch(/Ana|diabetes|AB123456|203\.0\.113\.7/);
  });

  it('thanks a script that filled the hidden field or answered too fast, and touches nothing', async () => {
    const { db, queries } = downDatabase();
    const trapped = answer();
    trapped.set('website', 'https://spam.example');
    const fast = answer(issueFormToken(tokenSecret, new Date(now.getTime() - 1000)));
    for (const body of [trapped, fast]) {
      const state = await submitFeedback(body, { locale: 'es', clientAddress: null, now, db, settings });
      expect(state).toMatchObject({ status: 'sent', reference: expect.stringMatching(/^[2-9A-Z]{8}$/), from: '/en/contact' });
    }
    expect(queries()).toBe(0);
  });

  it('shows field errors before judging speed, so a member who presses Send at once sees what to fill', async () => {
    const token = issueFormToken(tokenSecret, now);
    const state = await submitFeedback(form({ formToken: token }), { locale: 'en', clientAddress: null, now, db: downDatabase().db, settings });
    expect(state).toMatchObject({ status: 'invalid', fieldErrors: { lookingFor: 'required', found: 'required', ease: 'required' }, token });
  });

  it('refuses a body over 8 KB with a message, not an error page', async () => {
    const body = answer();
    body.set('comments', 'é'.repeat(5000));
    expect(await submitFeedback(body, { locale: 'en', clientAddress: null, now, db: downDatabase().db, settings })).toMatchObject({ status: 'too-large' });
  });

  it('asks to send again, with a fresh token that may be sent at once, when the token is missing, forged or old', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { db, queries } = downDatabase();
    const old = issueFormToken(tokenSecret, new Date(now.getTime() - 2 * 24 * 3600_000));
    for (const token of ['', 'forged', issueFormToken('another secret', loadedAt), old]) {
      const state = await submitFeedback(answer(token), { locale: 'en', clientAddress: null, now, db, settings });
      expect(state).toMatchObject({ status: 'expired', values: { lookingFor: 'dental' } });
      if (state.status !== 'expired') continue;
      const again = answer(state.token);
      expect(await submitFeedback(again, { locale: 'en', clientAddress: null, now, db, settings })).toMatchObject({ status: 'unavailable' });
    }
    expect(queries()).toBeGreaterThan(0);
  });
});

describe('submitFeedback on random bodies', () => {
  const statuses: FeedbackFormState['status'][] = ['sent', 'invalid', 'rate-limited', 'unavailable', 'too-large', 'expired', 'control-characters'];
  const names = fc.oneof(fc.constantFrom('formToken', 'website', 'from', 'lookingFor', 'found', 'ease', 'comments', 'contact'), fc.string({ maxLength: 20 }));
  const values = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'binary', maxLength: 3000 }),
    fc.constantFrom('dental', 'other', 'yes', 'partly', '1', '5', '/en', '//x', ''),
    fc.constant(issueFormToken(tokenSecret, loadedAt)),
  );
  const bodies = fc.array(fc.tuple(names, fc.oneof(values, fc.uint8Array({ maxLength: 64 }))), { maxLength: 15 });

  it('always answer with a state the page can show, never an exception (so never a 500)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(bodies, async (entries) => {
        const body = new FormData();
        for (const [name, value] of entries) {
          if (typeof value === 'string') body.append(name, value);
          else body.append(name, new Blob([new Uint8Array(value)]), 'file.bin');
        }
        const state = await submitFeedback(body, { locale: 'en', clientAddress: null, now, db: downDatabase().db, settings });
        expect(statuses).toContain(state.status);
      }),
      { numRuns: 300 },
    );
  });
});
