/**
 * Handling a survey answer: size limit, signed token, honeypot and minimum time, validation, rate
 * limit by client (in the database, so every web server agrees), scrub, store. Returns a state the
 * page renders; what the member typed comes back on every failure so the form keeps it, and is
 * never logged.
 */
import { getDb, type Database } from '@/lib/db';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { readFeedbackConfig, type Env } from './config';
import { safePagePath } from './page-path';
import { commentsMaxLength, parseFeedbackForm, readFeedbackValues, type FeedbackErrors, type FeedbackValues } from './schema';
import { scrubPersonalDetails } from './scrub';
import { newReference } from '@/lib/forms/reference';
import { createFeedbackResponse, findFeedbackReference } from './store';
import { formHasControlCharacters, valuesWithoutControlCharacters } from '@/lib/forms/control-characters';
import { looksAutomated, openGuardedForm } from '@/lib/forms/form-guard';

/** Names of the hidden fields the form renders next to the questions (lib/forms/form-guard.ts adds its own). */
export const hiddenFields = { from: 'from' } as const;

/** Far more than a full answer (about 1,300 characters of text in 5 fields) in UTF-8. */
export const maxBodyBytes = 8 * 1024;

/** The one field where line breaks and tabs are text. */
const multiLineFields = ['comments'];

export type FeedbackFormState =
  | { status: 'idle' }
  | { status: 'sent'; reference: string; from?: string }
  | { status: 'invalid'; errors: FeedbackErrors; values: FeedbackValues; token: string }
  | { status: 'rate-limited' | 'unavailable' | 'too-large' | 'expired' | 'control-characters'; values: FeedbackValues; token: string };

export type FeedbackContext = {
  locale: string;
  /** Only used, hashed, to rate-limit; never stored as is. */
  clientAddress: string | null;
  /** The request's time; the rate limit uses the database clock unless a test sets this. */
  now?: Date;
  db?: Database;
  env?: Env;
};

const clip = (values: FeedbackValues): FeedbackValues =>
  Object.fromEntries(Object.entries(values).map(([field, text]) => [field, text.slice(0, 2000)])) as FeedbackValues;

export async function submitFeedback(form: FormData, context: FeedbackContext): Promise<FeedbackFormState> {
  const config = readFeedbackConfig(context.env);
  const now = context.now ?? new Date();
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const from = safePagePath(text(hiddenFields.from));
  const guard = { tokenSecret: config.tokenSecret, minSeconds: config.minSeconds, maxBodyBytes };

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
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, values: parsed.values, token: rawToken };
  // Scripts get the same thank-you as a person, so they learn nothing; nothing is stored.
  if (looksAutomated(form, token, guard, now)) return { status: 'sent', reference: newReference(), from };

  try {
    const db = context.db ?? getDb();
    // A retry of an answer already stored gets its reference back, even past the rate limit.
    const stored = await findFeedbackReference(db, token.submissionKey);
    if (stored) return { status: 'sent', reference: stored, from };
    const limit = await takeRateLimit(db, { key: clientKey('feedback', context.clientAddress, context.env), limit: config.perHour, windowSeconds: 3600, now: context.now });
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
    // The name of the error only: its message could quote what the member typed.
    console.error(`feedback not saved: ${error instanceof Error ? error.name : typeof error}`);
    return { status: 'unavailable', values: readFeedbackValues(form), token: rawToken };
  }
}
