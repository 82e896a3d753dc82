'use client';

import { ErrorSummary } from '@/components/ui/error-summary';
import type { ReactNode } from 'react';
import { useFormAction } from '@/components/forms/form-action';
import { SentNotice } from '@/components/forms/sent-notice';
import type { ReportFormState } from '@/lib/directory/reports/submit';
import { contactMaxLength, detailsMaxLength, listingProblemCodes, type ListingReportField, type ListingReportValues } from '@/lib/directory/reports/schema';

export type ReportFormText = {
  problemLabel: string;
  problems: Record<(typeof listingProblemCodes)[number], string>;
  detailsLabel: string;
  detailsHint: string;
  contactLabel: string;
  contactHint: string;
  submit: string;
  errorSummary: string;
  /** field → error code → message */
  errors: Record<ListingReportField, Record<string, string>>;
  sentTitle: string;
  sentBody: ReactNode;
  backToListing: string;
  rateLimited: ReactNode;
  unavailable: ReactNode;
  unknownListing: string;
  controlCharacters: string;
};

type ReportFormProps = {
  action: (state: ReportFormState, form: FormData) => Promise<ReportFormState>;
  text: ReportFormText;
  listingHref: string;
};

const field = 'mt-1 block w-full rounded-md border-2 border-gray-700 bg-white px-3 py-2 text-lg';
const empty: ListingReportValues = { problem: '', details: '', contact: '' };

/**
 * The report form. A server action does the work, so it also works before JavaScript loads; on an
 * error the summary takes focus and lists links to each field, and every field keeps what was typed.
 */
export function ReportForm({ action, text, listingHref }: ReportFormProps) {
  const { state, formAction, pending, summary } = useFormAction(action, { status: 'idle' });

  if (state.status === 'sent') {
    return (
      <SentNotice ref={summary} title={text.sentTitle}>
        <p className="mt-2">{text.sentBody}</p>
        <p className="mt-3">
          <a href={listingHref}>{text.backToListing}</a>
        </p>
      </SentNotice>
    );
  }

  const values = state.status === 'idle' ? empty : state.values;
  const errors = state.status === 'invalid' ? state.errors : {};
  const message = (name: ListingReportField) => {
    const code = errors[name];
    return code ? text.errors[name][code] : undefined;
  };
  const problemError = message('problem');
  const detailsError = message('details');
  const contactError = message('contact');
  const fieldErrors = [
    { id: 'report-problem-0', text: problemError },
    { id: 'report-details', text: detailsError },
    { id: 'report-contact', text: contactError },
  ].filter((entry): entry is { id: string; text: string } => entry.text !== undefined);
  const formProblems = { 'rate-limited': text.rateLimited, unavailable: text.unavailable, 'unknown-listing': text.unknownListing, 'control-characters': text.controlCharacters };
  const formProblem = state.status === 'idle' || state.status === 'invalid' ? null : formProblems[state.status];

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary ref={summary} id="report-error-title" title={text.errorSummary} problem={formProblem} fieldErrors={fieldErrors} />

      <fieldset aria-describedby={problemError ? 'report-problem-error' : undefined}>
        <legend className="text-lg font-bold">{text.problemLabel}</legend>
        {problemError ? (
          <p id="report-problem-error" className="mt-1 font-bold text-red-800">
            {problemError}
          </p>
        ) : null}
        <div className="mt-2 space-y-2">
          {listingProblemCodes.map((code, index) => (
            <label key={code} className="flex items-start gap-3 text-lg">
              <input id={`report-problem-${index}`} type="radio" name="problem" value={code} defaultChecked={values.problem === code} required className="mt-1 size-6 shrink-0 accent-brand-700" />
              {text.problems[code]}
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor="report-details" className="block text-lg font-bold">
          {text.detailsLabel}
        </label>
        <p id="report-details-hint" className="text-base text-muted">
          {text.detailsHint}
        </p>
        {detailsError ? (
          <p id="report-details-error" className="mt-1 font-bold text-red-800">
            {detailsError}
          </p>
        ) : null}
        <textarea
          id="report-details"
          name="details"
          rows={5}
          maxLength={detailsMaxLength * 2}
          defaultValue={values.details}
          aria-describedby={detailsError ? 'report-details-hint report-details-error' : 'report-details-hint'}
          aria-invalid={detailsError ? true : undefined}
          className={field}
        />
      </div>

      <div>
        <label htmlFor="report-contact" className="block text-lg font-bold">
          {text.contactLabel}
        </label>
        <p id="report-contact-hint" className="text-base text-muted">
          {text.contactHint}
        </p>
        {contactError ? (
          <p id="report-contact-error" className="mt-1 font-bold text-red-800">
            {contactError}
          </p>
        ) : null}
        <input
          id="report-contact"
          name="contact"
          type="text"
          autoComplete="email"
          maxLength={contactMaxLength * 2}
          defaultValue={values.contact}
          aria-describedby={contactError ? 'report-contact-hint report-contact-error' : 'report-contact-hint'}
          aria-invalid={contactError ? true : undefined}
          className={field}
        />
      </div>

      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {text.submit}
      </button>
    </form>
  );
}
