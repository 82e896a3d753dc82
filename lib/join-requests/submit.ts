/**
 * Handling a join request: the survey's protections (lib/forms/form-guard: size limit, signed token,
 * honeypot, minimum time), validation, a per-client rate limit in the database, then storage that
 * recognizes a retried form or a second request for the same NPI. What was typed comes back on every
 * failure so the form keeps it; none of it is ever logged (a TIN can be a Social Security number).
 */
import { z } from 'zod';
import { getDb, type Database } from '@/lib/db';
import { readFeedbackConfig, type Env } from '@/lib/feedback/config';
import { formHasControlCharacters, valuesWithoutControlCharacters } from '@/lib/forms/control-characters';
import { looksAutomated, openGuardedForm } from '@/lib/forms/form-guard';
import { newReference } from '@/lib/forms/reference';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { parseJoinRequest, readJoinValues, type JoinErrors, type JoinValues } from './schema';
import { createJoinRequest } from './store';

/** About 1,400 characters of text in 12 fields is a full request; 8 KiB leaves room for UTF-8 and the token. */
export const maxJoinBodyBytes = 8 * 1024;

export type JoinFormState =
  | { status: 'idle' }
  | { status: 'sent'; reference: string; duplicate: false | 'retry' | 'same-npi' }
  | { status: 'invalid'; errors: JoinErrors; values: JoinValues; token: string }
  | { status: 'rate-limited' | 'unavailable' | 'too-large' | 'expired' | 'control-characters'; values: JoinValues; token: string };

/** JOIN_REQUEST_RATE_LIMIT: requests per hour from one connection (default 10). */
export function joinRequestLimit(env: Env = process.env): number {
  const parsed = z.coerce.number().int().min(1).max(100_000).safeParse(env.JOIN_REQUEST_RATE_LIMIT?.trim() || undefined);
  return parsed.success ? parsed.data : 10;
}

export async function submitJoinRequest(
  form: FormData,
  context: { locale: string; clientAddress: string | null; now?: Date; db?: Database; env?: Env },
): Promise<JoinFormState> {
  const now = context.now ?? new Date();
  // The survey's settings (FEEDBACK_MIN_SECONDS, FEEDBACK_TOKEN_SECRET) protect every public form.
  const config = readFeedbackConfig(context.env);
  const guard = { tokenSecret: config.tokenSecret, minSeconds: config.minSeconds, maxBodyBytes: maxJoinBodyBytes };
  const opened = openGuardedForm(form, guard, now);
  if (opened.status !== 'open') return { status: opened.status, values: valuesWithoutControlCharacters(readJoinValues(form)), token: opened.token };
  if (formHasControlCharacters(form)) return { status: 'control-characters', values: valuesWithoutControlCharacters(readJoinValues(form)), token: opened.rawToken };
  const parsed = parseJoinRequest(form);
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, values: parsed.values, token: opened.rawToken };
  if (looksAutomated(form, opened.token, guard, now)) return { status: 'sent', reference: newReference(), duplicate: false };

  try {
    const db = context.db ?? getDb();
    const limit = await takeRateLimit(db, { key: clientKey('join', context.clientAddress, context.env), limit: joinRequestLimit(context.env), windowSeconds: 3600, now: context.now });
    if (!limit.allowed) return { status: 'rate-limited', values: readJoinValues(form), token: opened.rawToken };
    const saved = await createJoinRequest(db, { ...parsed.value, submissionKey: opened.token.submissionKey, locale: context.locale }, now);
    return { status: 'sent', ...saved };
  } catch (error) {
    console.error(`join request not saved: ${error instanceof Error ? error.name : typeof error}`);
    return { status: 'unavailable', values: readJoinValues(form), token: opened.rawToken };
  }
}
