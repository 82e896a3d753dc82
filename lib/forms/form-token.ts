/**
 * A form's hidden token (the survey, the join request): when the page was served and a random submission key, signed with
 * a server secret so a script cannot claim it loaded the page long ago. The key makes a retried or
 * double-clicked submit store one answer (FeedbackResponse.submissionKey is unique).
 *
 * Format: `<issued at, ms since 1970>.<key>.<HMAC-SHA256 of both, base64url>`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A page left open longer than this asks the member to press Send again (with a fresh token). */
export const tokenMaxAgeMs = 24 * 60 * 60 * 1000;

export type FormToken = { issuedAt: number; submissionKey: string };

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function issueFormToken(secret: string, now: Date = new Date()): string {
  const payload = `${now.getTime()}.${randomBytes(16).toString('base64url')}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The token's contents if it is ours and not older than tokenMaxAgeMs; otherwise null. */
export function readFormToken(token: unknown, secret: string, now: Date = new Date()): FormToken | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, issued = '', key = '', signature = ''] = match;
  const expected = Buffer.from(sign(secret, `${issued}.${key}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const issuedAt = Number(issued);
  const age = now.getTime() - issuedAt;
  // A token from the future (clock skew between servers) of up to a minute is fine.
  if (age > tokenMaxAgeMs || age < -60_000) return null;
  return { issuedAt, submissionKey: key };
}
