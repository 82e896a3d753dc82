import { describe, expect, it } from 'vitest';
import { parseSettings, readSettings, SettingsError, settingNames } from './env';

const longSecret = 'a'.repeat(32);

describe('parseSettings', () => {
  it('gives every setting its default when nothing is set, and treats blank as unset', () => {
    const defaults = parseSettings({});
    expect(defaults).toMatchObject({
      PORT: 3000,
      DATA_DIR: '.data/pglite',
      CONTENT_DIR: 'content',
      SKIP_SAMPLE_DIRECTORY: false,
      FEEDBACK_RATE_LIMIT: 20,
      FEEDBACK_MIN_SECONDS: 3,
      STAFF_SIGN_IN_LIMIT: 10,
      JOIN_REQUEST_RATE_LIMIT: 10,
      NEXT_DIST_DIR: '.next',
    });
    expect(defaults.FEEDBACK_TOKEN_SECRET).toBeUndefined();
    expect(defaults.RATE_LIMIT_SALT).toBeUndefined();
    expect(parseSettings(Object.fromEntries(settingNames.map((name) => [name, '  '])))).toEqual(defaults);
  });

  it('reads what an operator sets, trimmed, except a password', () => {
    const settings = parseSettings({
      PORT: ' 8080 ',
      SITE_URL: 'https://members.example.org',
      DATABASE_URL: 'postgresql://site:pw@db:5432/site',
      SKIP_SAMPLE_DIRECTORY: 'TRUE',
      FEEDBACK_MIN_SECONDS: '0',
      FEEDBACK_TOKEN_SECRET: longSecret,
      RATE_LIMIT_SALT: 'b'.repeat(40),
    });
    expect(parseSettings({ STAFF_PASSWORD: ' spaces count ' }).STAFF_PASSWORD).toBe(' spaces count ');
    expect(settings).toMatchObject({
      PORT: 8080,
      SITE_URL: 'https://members.example.org',
      SKIP_SAMPLE_DIRECTORY: true,
      FEEDBACK_MIN_SECONDS: 0,
      FEEDBACK_TOKEN_SECRET: longSecret,
    });
  });

  it.each([
    [
      'FEEDBACK_RATE_LIMIT',
      'abc',
      /FEEDBACK_RATE_LIMIT="abc" is not valid: it takes a whole number from 1 to 100000\. Fix it, or unset it to use the default, 20\./,
    ],
    ['FEEDBACK_RATE_LIMIT', '2.5', /FEEDBACK_RATE_LIMIT="2.5" is not valid/],
    ['FEEDBACK_MIN_SECONDS', '9999', /FEEDBACK_MIN_SECONDS="9999" is not valid: it takes a whole number from 0 to 600/],
    ['STAFF_SIGN_IN_LIMIT', '0', /STAFF_SIGN_IN_LIMIT="0" is not valid/],
    ['JOIN_REQUEST_RATE_LIMIT', '-3', /JOIN_REQUEST_RATE_LIMIT="-3" is not valid/],
    ['PORT', 'eighty', /PORT="eighty" is not valid/],
    ['SITE_URL', 'not-a-url', /SITE_URL="not-a-url" is not valid: it takes an http:\/\/ or https:\/\/ address.*unset it to use http:\/\/localhost:PORT/],
    ['SITE_URL', 'ftp://members.example.org', /SITE_URL=.* is not valid/],
    ['SKIP_SAMPLE_DIRECTORY', 'maybe', /SKIP_SAMPLE_DIRECTORY="maybe" is not valid: it takes 1 or true/],
  ])('refuses %s=%j with a sentence naming the variable and the fix', (name, value, message) => {
    expect(() => parseSettings({ [name]: value })).toThrow(SettingsError);
    expect(() => parseSettings({ [name]: value })).toThrow(message);
  });

  it('lists every bad variable at once', () => {
    expect(() => parseSettings({ FEEDBACK_RATE_LIMIT: 'abc', SITE_URL: 'not-a-url' })).toThrow(/- SITE_URL[^]*\n- FEEDBACK_RATE_LIMIT/);
  });

  it('never repeats a secret or a database password in its message', () => {
    const attempt = () => parseSettings({ DATABASE_URL: 'mysql://site:hunter2@db/site', FEEDBACK_TOKEN_SECRET: 'short secret', RATE_LIMIT_SALT: 'short salt' });
    expect(attempt).toThrow(/DATABASE_URL is not valid: it takes a PostgreSQL URL/);
    expect(attempt).toThrow(/FEEDBACK_TOKEN_SECRET is not valid: it takes at least 32 characters/);
    expect(attempt).toThrow(/unset it to use generated once and kept in the database/);
    for (const hidden of ['hunter2', 'short secret', 'short salt']) expect(attempt).not.toThrow(hidden);
  });

  it('refuses one value for both the form secret and the rate-limit salt', () => {
    expect(() => parseSettings({ FEEDBACK_TOKEN_SECRET: longSecret, RATE_LIMIT_SALT: ` ${longSecret}` })).toThrow(/give each its own random value/);
  });
});

describe('readSettings', () => {
  it('follows a change to the environment, and keeps one parsed object while nothing changes', () => {
    const saved = process.env.CONTENT_DIR;
    try {
      process.env.CONTENT_DIR = '/tmp/other-content';
      const first = readSettings();
      expect(first.CONTENT_DIR).toBe('/tmp/other-content');
      expect(readSettings()).toBe(first);
      process.env.CONTENT_DIR = '';
      expect(readSettings().CONTENT_DIR).toBe('content');
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });
});
