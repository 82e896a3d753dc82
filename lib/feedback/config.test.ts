import { describe, expect, it } from 'vitest';
import { readFeedbackConfig } from './config';

describe('readFeedbackConfig', () => {
  it('uses 20 answers an hour, 3 seconds and a built-in secret when nothing is set', () => {
    const config = readFeedbackConfig({});
    expect(config).toMatchObject({ perHour: 20, minSeconds: 3 });
    expect(config.tokenSecret.length).toBeGreaterThan(10);
  });

  it('reads the operator settings, and RATE_LIMIT_SALT as the secret when FEEDBACK_TOKEN_SECRET is unset', () => {
    expect(readFeedbackConfig({ FEEDBACK_RATE_LIMIT: ' 5 ', FEEDBACK_MIN_SECONDS: '0', FEEDBACK_TOKEN_SECRET: 'token secret', RATE_LIMIT_SALT: 'salt' })).toEqual({
      perHour: 5,
      minSeconds: 0,
      tokenSecret: 'token secret',
    });
    expect(readFeedbackConfig({ RATE_LIMIT_SALT: 'salt', FEEDBACK_TOKEN_SECRET: '  ' }).tokenSecret).toBe('salt');
  });

  it.each(['', 'lots', '0', '-3', '2.5', '1e9'])('falls back to the default for FEEDBACK_RATE_LIMIT=%j instead of failing', (value) => {
    expect(readFeedbackConfig({ FEEDBACK_RATE_LIMIT: value }).perHour).toBe(20);
  });

  it.each(['', 'soon', '-1', '9999'])('falls back to 3 for FEEDBACK_MIN_SECONDS=%j', (value) => {
    expect(readFeedbackConfig({ FEEDBACK_MIN_SECONDS: value }).minSeconds).toBe(3);
  });
});
