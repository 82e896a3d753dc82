import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { Database } from '@/lib/db';
import { parseSettings } from '@/lib/env';
import { issueFormToken } from '@/lib/forms/form-token';
import { submitListingReport, type ReportContext } from './submit';

const tokenSecret = 'test secret of at least 32 characters';
const settings = parseSettings({
  FEEDBACK_TOKEN_SECRET: tokenSecret,
  RATE_LIMIT_SALT: 'another test secret of 32 characters or more',
  FEEDBACK_MIN_SECONDS: '3',
});
const now = new Date('2026-11-25T12:00:00Z');
const loadedAt = new Date(now.getTime() - 60_000);
const typed = { problem: 'wrong-phone', details: 'The number rings a pharmacy.', contact: 'ana@example.org' };

/** A database that is down: a report that gets past the guard reaches it and comes back `unavailable`. */
function downDatabase(): { db: Database; queries: () => number } {
  let count = 0;
  const fail = () => {
    count += 1;
    return Promise.reject(new Error('connection lost'));
  };
  return { db: { $queryRaw: fail, $executeRaw: fail } as unknown as Database, queries: () => count };
}

function report(token: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...typed, formToken: token, ...extra })) form.set(name, value);
  return form;
}

const context = (db: Database): ReportContext => ({ clientAddress: '203.0.113.7', now, db, settings });

afterEach(() => vi.restoreAllMocks());

describe('submitListingReport refuses what a person would not send, and keeps what was typed', () => {
  it('asks to send again when the token is missing, forged, signed with another secret or old, with a token that then goes through', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { db, queries } = downDatabase();
    const old = issueFormToken(tokenSecret, new Date(now.getTime() - 2 * 24 * 3600_000));
    for (const token of ['', 'forged', issueFormToken('another secret', loadedAt), old]) {
      const before = queries();
      const state = await submitListingReport('role-1', report(token), context(db));
      expect(state).toMatchObject({ status: 'expired', values: typed });
      expect(queries()).toBe(before);
      if (state.status !== 'expired') continue;
      // The fresh token counts as loaded long enough ago, so pressing Send again reaches the database.
      expect(await submitListingReport('role-1', report(state.token), context(db))).toMatchObject({ status: 'unavailable', values: typed });
    }
    expect(queries()).toBeGreaterThan(0);
  });

  it('says the report was not sent when the hidden field is filled, and never touches the database', async () => {
    const { db, queries } = downDatabase();
    const token = issueFormToken(tokenSecret, loadedAt);
    const state = await submitListingReport('role-1', report(token, { website: 'https://spam.example' }), context(db));
    expect(state).toEqual({ status: 'refused', values: typed, token });
    expect(queries()).toBe(0);
  });

  it('says the report was not sent when it comes back sooner than a person writes, and takes it once enough time has passed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { db, queries } = downDatabase();
    const token = issueFormToken(tokenSecret, new Date(now.getTime() - 1000));
    expect(await submitListingReport('role-1', report(token), context(db))).toEqual({ status: 'refused', values: typed, token });
    expect(queries()).toBe(0);
    const later = { ...context(db), now: new Date(now.getTime() + 3000) };
    expect(await submitListingReport('role-1', report(token), later)).toMatchObject({ status: 'unavailable' });
  });

  it('shows field errors before judging speed, so a member who presses Send at once sees what to fill', async () => {
    const token = issueFormToken(tokenSecret, now);
    const state = await submitListingReport('role-1', report(token, { problem: '', contact: 'call me' }), context(downDatabase().db));
    expect(state).toEqual({
      status: 'invalid',
      fieldErrors: { problem: 'required', contact: 'invalid' },
      values: { ...typed, problem: '', contact: 'call me' },
      token,
    });
  });

  it('refuses a body over 8 KB with a message, keeping the fields a member can type', async () => {
    const token = issueFormToken(tokenSecret, loadedAt);
    const state = await submitListingReport('role-1', report(token, { details: 'é'.repeat(5000) }), context(downDatabase().db));
    expect(state).toMatchObject({ status: 'too-large', values: { problem: 'wrong-phone', details: 'é'.repeat(2000) } });
  });

  it('words every refusal in both languages, each its own sentence', () => {
    for (const key of ['refused', 'expired', 'tooLarge'] as const) {
      expect(en.ListingReport[key]).toMatch(/report/);
      expect(es.ListingReport[key]).toMatch(/reporte/);
      expect(es.ListingReport[key]).not.toBe(en.ListingReport[key]);
    }
    expect(new Set([en.ListingReport.refused, en.ListingReport.expired, en.ListingReport.tooLarge]).size).toBe(3);
  });
});
