/**
 * Handling a "Report a problem with this listing" form: validate, rate-limit by client (in the
 * database, so every web server agrees), store. Returns a state the page renders; what the member
 * typed comes back on every failure so the form keeps it, and is never logged.
 */
import { getDb } from '@/lib/db';
import { formHasControlCharacters, valuesWithoutControlCharacters } from '@/lib/forms/control-characters';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { parseReportForm, type ListingReportErrors, type ListingReportValues } from './schema';
import { createListingReport, UnknownListingError } from './store';

export type ReportFormState =
  | { status: 'idle' }
  | { status: 'sent' }
  | { status: 'invalid'; errors: ListingReportErrors; values: ListingReportValues }
  | { status: 'rate-limited' | 'unavailable' | 'unknown-listing' | 'control-characters'; values: ListingReportValues };

/** Ten reports an hour from one connection is far more than any member sends; more is a script. */
const REPORTS_PER_HOUR = 10;

/** The one field where line breaks and tabs are text. */
const multiLineFields = ['details'];

const typed = (form: FormData): ListingReportValues => {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { problem: text('problem'), details: text('details'), contact: text('contact') };
};

export async function submitListingReport(roleId: string, form: FormData, clientAddress: string | null): Promise<ReportFormState> {
  if (formHasControlCharacters(form, multiLineFields)) return { status: 'control-characters', values: valuesWithoutControlCharacters(typed(form), multiLineFields) };
  const parsed = parseReportForm(form);
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, values: parsed.values };
  const values = typed(form);
  try {
    const db = getDb();
    const limit = await takeRateLimit(db, { key: clientKey('listing-report', clientAddress), limit: REPORTS_PER_HOUR, windowSeconds: 3600 });
    if (!limit.allowed) return { status: 'rate-limited', values };
    await createListingReport(db, roleId, parsed.value);
    return { status: 'sent' };
  } catch (error) {
    if (error instanceof UnknownListingError) return { status: 'unknown-listing', values };
    console.error(`listing report not saved: ${error instanceof Error ? error.name : typeof error}`);
    return { status: 'unavailable', values };
  }
}
