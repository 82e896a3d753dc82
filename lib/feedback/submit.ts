/**
 * Handling a survey answer: size limit, signed token, honeypot and minimum time, validation, rate
 * limit by client (in the database, so every web server agrees), scrub, store. Returns a state the
 * page renders; what the member typed comes back on every failure so the form keeps it, and is
 * never logged.
 */
import { getDb, type Database } from '@/lib/db';
import { readSettings, type Settings } from '@/lib/env';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { formTokenSecret, rateLimitSalt } from '@/lib/secrets';
import { safePagePath } from './page-path';
import { commentsMaxLength, parseFeedbackForm, readFeedbackValues, type FeedbackErrors, type FeedbackValues } from './schema';
import { scrubPersonalDetails } from './scrub';
import { newReference } from '@/lib/forms/reference';
import { createFeedbackResponse, findFeedbackReference } from './store';
import { formHasControlCharacters, valuesWithoutControlCharacters } from '@/lib/forms/control-characters';
import { looksAutomated, openGuardedForm } from '@/lib/forms/form-guard';
import { formText } from '@/lib/forms/form-data';
import type { GuardedFormState } from '@/lib/forms/form-state';

/** Names of the hidden fields the form renders next to the questions (lib/forms/form-guard.ts adds its own). */
export const hiddenFields = { from: 'from' } as const;

/** Far more than a full answer (about 1,300 characters of text in 5 fields) in UTF-8. */
export const maxBodyBytes = 8 * 1024;

/** The one field where line breaks and tabs are text. */
const multiLineFields = ['comments'];

export type FeedbackFormState = GuardedFormState<FeedbackValues, FeedbackErrors, { reference: string; from?: string }>;

export type FeedbackContext = {
  locale: string;
  /** Only used, hashed, to rate-limit; never stored as is. */
  clientAddress: string | null;
  /** The request's time; the rate limit uses the database clock unless a test sets this. */
  now?: Date;
  db?: Database;
  /** The process's settings (lib/env) unless a test gives its own. */
  settings?: Settings;
};

const clip = (values: FeedbackValues): FeedbackValues =>
  Object.fromEntries(Object.entries(values).map(([field, text]) => [field, text.slice(0, 2000)])) as FeedbackValues;

export async function submitFeedback(form: FormData, context: FeedbackContext): Promise<FeedbackFormState> {
  const settings = context.settings ?? readSettings();
  const now = context.now ?? new Date();
  const from = safePagePath(formText(form, hiddenFields.from));
  const tokenSecret = await formTokenSecret(context.db, settings).catch(reportUnsaved);
  // Without its secret (the database is down) no token can be checked, and nothing could be stored.
  if (tokenSecret === null) return { status: 'unavailable', values: readFeedbackValues(form), token: '' };
  const guard = { tokenSecret, minSeconds: settings.FEEDBACK_MIN_SECONDS, maxBodyBytes };

  const opened = openGuardedForm(form, guard, now);
  if (opened.status !== 'open') {
    const values = valuesWithoutControlCharacters(readFeedbackValues(form), multiLineFields);
    return { status: opened.status, values: opened.status === 'too-large' ? clip(values) : values, token: opened.token };
  }
  const { token, rawToken } = opened;
  if (formHasControlCharacters(form, multiLineFields)) {
    return { status: 'control-characters', values: valuesWithoutControlCharacters(readFeedbackValues(form), multiLineFields), token: rawToken };
  }
  const parsed = parseFeedbackForm(form);
  if (!parsed.ok) return { status: 'invalid', fieldErrors: parsed.errors, values: parsed.values, token: rawToken };
  // Scripts get the same thank-you as a person, so they learn nothing; nothing is stored.
  if (looksAutomated(form, token, guard, now)) return { status: 'sent', reference: newReference(), from };

  try {
    const db = context.db ?? getDb();
    // A retry of an answer already stored gets its reference back, even past the rate limit.
    const stored = await findFeedbackReference(db, token.submissionKey);
    if (stored) return { status: 'sent', reference: stored, from };
    const key = clientKey('feedback', context.clientAddress, await rateLimitSalt(db, settings));
    const limit = await takeRateLimit(db, { key, limit: settings.FEEDBACK_RATE_LIMIT, windowSeconds: 3600, now: context.now });
    if (!limit.allowed) return { status: 'rate-limited', values: readFeedbackValues(form), token: rawToken };
    // A marker can be longer than what it replaced; the column holds commentsMaxLength.
    const comments = parsed.value.comments === undefined ? undefined : scrubPersonalDetails(parsed.value.comments).text.slice(0, commentsMaxLength);
    const { reference } = await createFeedbackResponse(db, {
      ...parsed.value,
      comments,
      submissionKey: token.submissionKey,
      locale: context.locale,
      pagePath: from,
    });
    return { status: 'sent', reference, from };
  } catch (error) {
    reportUnsaved(error);
    return { status: 'unavailable', values: readFeedbackValues(form), token: rawToken };
  }
}

/** The name of the error only: its message could quote what the member typed. */
function reportUnsaved(error: unknown): null {
  console.error(`feedback not saved: ${error instanceof Error ? error.name : typeof error}`);
  return null;
}
