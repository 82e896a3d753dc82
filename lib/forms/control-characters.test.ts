import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db';
import { formHasControlCharacters, hasControlCharacters, valuesWithoutControlCharacters, withoutControlCharacters } from './control-characters';
import { parseSettings } from '@/lib/env';
import { issueFormToken } from './form-token';

/** A database that counts what reaches it and answers nothing: a refused form must never get here. */
let queries = 0;
const unreachable = () => {
  queries += 1;
  return Promise.reject(new Error('the database was asked'));
};
const database = new Proxy({}, { get: () => new Proxy(unreachable, { get: () => unreachable }) }) as unknown as Database;
vi.mock('@/lib/db', () => ({ getDb: () => database }));

const { submitFeedback } = await import('@/lib/feedback/submit');
const { submitJoinRequest } = await import('@/lib/join-requests/submit');
const { submitListingReport } = await import('@/lib/directory/reports/submit');
const { signInStaff } = await import('@/lib/staff/sign-in');

const tokenSecret = 'test secret of at least 32 characters';
const settings = parseSettings({
  FEEDBACK_TOKEN_SECRET: tokenSecret,
  RATE_LIMIT_SALT: 'another test secret of 32 characters or more',
  FEEDBACK_MIN_SECONDS: '3',
});
const now = new Date('2026-11-25T12:00:00Z');
const token = () => issueFormToken(tokenSecret, new Date(now.getTime() - 60_000));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

afterEach(() => {
  queries = 0;
});

describe('control characters in text', () => {
  it('finds C0 controls and DEL; tab and line breaks only count outside multi-line fields', () => {
    for (const text of ['a\u0000b', '\u0001', 'x\u001b[31m', 'del\u007f', 'a\u000bb', 'a\u000cb']) {
      expect(hasControlCharacters(text), JSON.stringify(text)).toBe(true);
      expect(hasControlCharacters(text, { multiLine: true }), JSON.stringify(text)).toBe(true);
    }
    for (const text of ['a\tb', 'line\nline', 'line\r\nline']) {
      expect(hasControlCharacters(text)).toBe(true);
      expect(hasControlCharacters(text, { multiLine: true })).toBe(false);
    }
    expect(hasControlCharacters('José Núñez, 541-555-0100 😀 \u200b')).toBe(false);
  });

  it('takes them out and leaves everything else as typed', () => {
    expect(withoutControlCharacters('a\u0000b\tc')).toBe('abc');
    expect(withoutControlCharacters('one\r\ntwo\u0000\tthree', { multiLine: true })).toBe('one\r\ntwo\tthree');
    expect(valuesWithoutControlCharacters({ comments: 'a\nb\u0000', contact: 'x\ny' }, ['comments'])).toEqual({ comments: 'a\nb', contact: 'xy' });
  });

  it('checks every text field of a form, hidden ones too, and skips files', () => {
    const body = form({ comments: 'first line\r\nsecond' });
    expect(formHasControlCharacters(body, ['comments'])).toBe(false);
    body.append('upload', new Blob(['\u0000\u0000']), 'file.bin');
    expect(formHasControlCharacters(body, ['comments'])).toBe(false);
    body.set('from', '/en\u0000');
    expect(formHasControlCharacters(body, ['comments'])).toBe(true);
  });
});

describe('every form refuses a control character before the database, keeping what was typed without it', () => {
  it('the survey', async () => {
    const body = form({ formToken: token(), lookingFor: 'dental', found: 'no', ease: '2', comments: 'line one\r\nline\u0000 two', contact: '', from: '/en' });
    const state = await submitFeedback(body, { locale: 'en', clientAddress: null, now, settings });
    expect(state).toMatchObject({ status: 'control-characters', values: { lookingFor: 'dental', comments: 'line one\r\nline two' } });
    expect(queries).toBe(0);
  });

  it('the join request', async () => {
    const body = form({ formToken: token(), name: 'Rogue\u0000 Valley Clinic', specialty: '207Q00000X', phone: '541-555-0142', email: 'a@clinic.example.org' });
    const state = await submitJoinRequest(body, { locale: 'es', clientAddress: null, now, settings });
    expect(state).toMatchObject({ status: 'control-characters', values: { name: 'Rogue Valley Clinic', phone: '541-555-0142' } });
    expect(queries).toBe(0);
  });

  it('the listing report', async () => {
    const body = form({ formToken: token(), problem: 'wrong-phone', details: 'The number\u0000 is wrong\nsince May', contact: '' });
    const state = await submitListingReport('role-1', body, { clientAddress: null, now, settings });
    expect(state).toMatchObject({ status: 'control-characters', values: { problem: 'wrong-phone', details: 'The number is wrong\nsince May', contact: '' } });
    expect(queries).toBe(0);
  });

  it('staff sign-in', async () => {
    const state = await signInStaff(form({ email: 'ana@plan.example.org\u0000', password: 'correct horse battery' }), { clientAddress: null, db: database });
    expect(state).toEqual({ status: 'control-characters', values: { email: 'ana@plan.example.org' } });
    expect(queries).toBe(0);
  });
});
