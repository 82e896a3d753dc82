/**
 * The anti-abuse checks every public form shares (the survey, the join request, the listing report),
 * in the order a form applies them:
 *
 *   1. `openGuardedForm`: the body is not oversized, and the hidden token is ours and fresh. A form
 *      that fails gets back a fresh token it may send at once, with what was typed.
 *   2. (the form validates its fields, so a person who sends an empty form sees what to fill)
 *   3. `looksAutomated`: the honeypot field is filled or the form came back sooner than a person
 *      could fill it. The survey and the join request then thank the sender and store nothing, so
 *      scripts learn nothing; the listing report says it was not sent and keeps what was typed,
 *      since a member who lost a report would not know to send it again.
 *   4. (the form takes its rate limit, lib/rate-limit, and stores the answer under the token's key)
 */
import { formText } from './form-data';
import { issueFormToken, readFormToken, type FormToken } from './form-token';
import { guardFields } from './guard-field-names';

export type FormGuardSettings = {
  tokenSecret: string;
  /** An answer sent sooner than this after the page was served is taken for a script's. */
  minSeconds: number;
  maxBodyBytes: number;
};

export type OpenedForm = { status: 'too-large' | 'expired'; token: string } | { status: 'open'; token: FormToken; rawToken: string };

export function formBodyBytes(form: FormData): number {
  const encoder = new TextEncoder();
  let total = 0;
  for (const [name, value] of form.entries()) {
    total += encoder.encode(name).length + (typeof value === 'string' ? encoder.encode(value).length : value.size);
  }
  return total;
}

export function openGuardedForm(form: FormData, settings: FormGuardSettings, now: Date): OpenedForm {
  const rawToken = formText(form, guardFields.token);
  const token = readFormToken(rawToken, settings.tokenSecret, now);
  // Old, forged or from before a secret change: the form comes back with a token that may be sent at once.
  const keptToken = token ? rawToken : issueFormToken(settings.tokenSecret, new Date(now.getTime() - settings.minSeconds * 1000));
  if (formBodyBytes(form) > settings.maxBodyBytes) return { status: 'too-large', token: keptToken };
  if (!token) return { status: 'expired', token: keptToken };
  return { status: 'open', token, rawToken };
}

/** A person never fills the hidden field, nor answers a whole form in under a few seconds. */
export function looksAutomated(form: FormData, token: FormToken, settings: FormGuardSettings, now: Date): boolean {
  return formText(form, guardFields.honeypot) !== '' || now.getTime() - token.issuedAt < settings.minSeconds * 1000;
}
