/**
 * Handling a "Report a problem with this listing" form: the public forms' protections
 * (lib/forms/form-guard: size limit, signed token, honeypot, minimum time), validation, a rate limit
 * by client (in the database, so every web server agrees), storage. Returns a state the page renders;
 * what the member typed comes back on every failure so the form keeps it, and is never logged.
 */
import { getDb, type Database } from '@/lib/db';
import { readSettings, type Settings } from '@/lib/env';
import { looksAutomated, openGuardedForm } from '@/lib/forms/form-guard';
import type { GuardedFormState } from '@/lib/forms/form-state';
import { formHasControlCharacters, valuesWithoutControlCharacters } from '@/lib/forms/control-characters';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { formTokenSecret, rateLimitSalt } from '@/lib/secrets';
import { parseReportForm, readReportValues, type ListingReportErrors, type ListingReportValues } from './schema';
import { createListingReport, UnknownListingError } from './store';

/**
 * `refused`: the hidden field was filled or the form came back faster than a person writes. Unlike
 * the survey, a report is not silently dropped: a member who was quick reads why and sends it again.
 */
export type ReportFormState = GuardedFormState<ListingReportValues, ListingReportErrors, object, 'unknown-listing' | 'refused'>;

export type ReportContext = {
  /** Only used, hashed, to rate-limit; never stored as is. */
  clientAddress: string | null;
  now?: Date;
  db?: Database;
  /** The process's settings (lib/env) unless a test gives its own. */
  settings?: Settings;
};

/** Ten reports an hour from one connection is far more than any member sends; more is a script. */
const REPORTS_PER_HOUR = 10;

/** The one field where line breaks and tabs are text. */
const multiLineFields = ['details'];

/** A full report is about 1,200 characters; 8 KiB leaves room for UTF-8 and the token. */
export const maxReportBodyBytes = 8 * 1024;

export async function submitListingReport(roleId: string, form: FormData, context: ReportContext): Promise<ReportFormState> {
  const now = context.now ?? new Date();
  const settings = context.settings ?? readSettings();
  const values = readReportValues(form);
  const tokenSecret = await formTokenSecret(context.db, settings).catch(reportUnsaved);
  // Without its secret (the database is down) no token can be checked, and nothing could be stored.
  if (tokenSecret === null) return { status: 'unavailable', values, token: '' };
  // The survey's settings (FEEDBACK_MIN_SECONDS, the form-token secret) protect every public form.
  const guard = { tokenSecret, minSeconds: settings.FEEDBACK_MIN_SECONDS, maxBodyBytes: maxReportBodyBytes };
  const opened = openGuardedForm(form, guard, now);
  if (opened.status !== 'open') return { status: opened.status, values: valuesWithoutControlCharacters(values, multiLineFields), token: opened.token };
  const token = opened.rawToken;
  if (formHasControlCharacters(form, multiLineFields))
    return { status: 'control-characters', values: valuesWithoutControlCharacters(values, multiLineFields), token };
  const parsed = parseReportForm(form);
  if (!parsed.ok) return { status: 'invalid', fieldErrors: parsed.errors, values: parsed.values, token };
  if (looksAutomated(form, opened.token, guard, now)) return { status: 'refused', values, token };
  try {
    const db = context.db ?? getDb();
    const key = clientKey('listing-report', context.clientAddress, await rateLimitSalt(db, settings));
    const limit = await takeRateLimit(db, { key, limit: REPORTS_PER_HOUR, windowSeconds: 3600, now: context.now });
    if (!limit.allowed) return { status: 'rate-limited', values, token };
    await createListingReport(db, roleId, parsed.value);
    return { status: 'sent' };
  } catch (error) {
    if (error instanceof UnknownListingError) return { status: 'unknown-listing', values, token };
    reportUnsaved(error);
    return { status: 'unavailable', values, token };
  }
}

/** The name of the error only: its message could quote what was typed. */
function reportUnsaved(error: unknown): null {
  console.error(`listing report not saved: ${error instanceof Error ? error.name : typeof error}`);
  return null;
}
