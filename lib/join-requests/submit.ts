/**
 * Handling a join request: the survey's protections (lib/forms/form-guard: size limit, signed token,
 * honeypot, minimum time), validation, a per-client rate limit in the database, then storage that
 * recognizes a retried form or a second request for the same NPI. What was typed comes back on every
 * failure so the form keeps it; none of it is ever logged (a TIN can be a Social Security number).
 */
import { getDb, type Database } from '@/lib/db';
import { readSettings, type Settings } from '@/lib/env';
import { formHasControlCharacters, valuesWithoutControlCharacters } from '@/lib/forms/control-characters';
import { looksAutomated, openGuardedForm } from '@/lib/forms/form-guard';
import type { GuardedFormState } from '@/lib/forms/form-state';
import { newReference } from '@/lib/forms/reference';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { formTokenSecret, rateLimitSalt } from '@/lib/secrets';
import { parseJoinRequest, readJoinValues, type JoinErrors, type JoinValues } from './schema';
import { createJoinRequest } from './store';

/** About 1,400 characters of text in 12 fields is a full request; 8 KiB leaves room for UTF-8 and the token. */
export const maxJoinBodyBytes = 8 * 1024;

export type JoinFormState = GuardedFormState<JoinValues, JoinErrors, { reference: string; duplicate: false | 'retry' | 'same-npi' }>;

export async function submitJoinRequest(
  form: FormData,
  context: { locale: string; clientAddress: string | null; now?: Date; db?: Database; settings?: Settings },
): Promise<JoinFormState> {
  const now = context.now ?? new Date();
  const settings = context.settings ?? readSettings();
  const tokenSecret = await formTokenSecret(context.db, settings).catch(reportUnsaved);
  // Without its secret (the database is down) no token can be checked, and nothing could be stored.
  if (tokenSecret === null) return { status: 'unavailable', values: readJoinValues(form), token: '' };
  // The survey's settings (FEEDBACK_MIN_SECONDS, the form-token secret) protect every public form.
  const guard = { tokenSecret, minSeconds: settings.FEEDBACK_MIN_SECONDS, maxBodyBytes: maxJoinBodyBytes };
  const opened = openGuardedForm(form, guard, now);
  if (opened.status !== 'open') return { status: opened.status, values: valuesWithoutControlCharacters(readJoinValues(form)), token: opened.token };
  if (formHasControlCharacters(form))
    return { status: 'control-characters', values: valuesWithoutControlCharacters(readJoinValues(form)), token: opened.rawToken };
  const parsed = parseJoinRequest(form);
  if (!parsed.ok) return { status: 'invalid', fieldErrors: parsed.errors, values: parsed.values, token: opened.rawToken };
  if (looksAutomated(form, opened.token, guard, now)) return { status: 'sent', reference: newReference(), duplicate: false };

  try {
    const db = context.db ?? getDb();
    const key = clientKey('join', context.clientAddress, await rateLimitSalt(db, settings));
    const limit = await takeRateLimit(db, { key, limit: settings.JOIN_REQUEST_RATE_LIMIT, windowSeconds: 3600, now: context.now });
    if (!limit.allowed) return { status: 'rate-limited', values: readJoinValues(form), token: opened.rawToken };
    const saved = await createJoinRequest(db, { ...parsed.value, submissionKey: opened.token.submissionKey, locale: context.locale }, now);
    return { status: 'sent', ...saved };
  } catch (error) {
    reportUnsaved(error);
    return { status: 'unavailable', values: readJoinValues(form), token: opened.rawToken };
  }
}

/** The name of the error only: its message could quote what was typed. */
function reportUnsaved(error: unknown): null {
  console.error(`join request not saved: ${error instanceof Error ? error.name : typeof error}`);
  return null;
}
