'use client';

import type { ReactNode } from 'react';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useFormAction } from '@/components/forms/form-action';
import { GuardFields } from '@/components/forms/guard-fields';
import { SentNotice } from '@/components/forms/sent-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { contactMaxLength } from '@/lib/forms/contact';
import { currentToken, fieldMessages, formProblem, invalidFields, keptValues } from '@/lib/forms/form-state';
import type { ReportFormState } from '@/lib/directory/reports/submit';
import { detailsMaxLength, listingProblemCodes, type ListingReportField, type ListingReportValues } from '@/lib/directory/reports/schema';

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
  backToResults: string;
  honeypotLabel: string;
  /** Form-wide problems, by state status. */
  formProblems: Record<'rate-limited' | 'unavailable' | 'unknown-listing' | 'too-large' | 'expired' | 'refused' | 'control-characters', ReactNode>;
};

type ReportFormProps = {
  action: (state: ReportFormState, form: FormData) => Promise<ReportFormState>;
  text: ReportFormText;
  /** Signed when the page was served (lib/forms/form-token.ts). */
  token: string;
  listingHref: string;
  resultsHref: string;
};

const empty: ListingReportValues = { problem: '', details: '', contact: '' };

/**
 * The report form. A server action does the work, so it also works before JavaScript loads; on an
 * error the summary takes focus and lists links to each field, and every field keeps what was typed.
 */
export function ReportForm({ action, text, token, listingHref, resultsHref }: ReportFormProps) {
  const { state, formAction, pending, summary } = useFormAction(action, { status: 'idle' });

  if (state.status === 'sent') {
    return (
      <SentNotice ref={summary} title={text.sentTitle}>
        <p className="mt-2">{text.sentBody}</p>
        <ul className="mt-3 space-y-2">
          <li>
            <a href={listingHref}>{text.backToListing}</a>
          </li>
          <li>
            <a href={resultsHref}>{text.backToResults}</a>
          </li>
        </ul>
      </SentNotice>
    );
  }

  const values = keptValues(state, empty);
  const message = fieldMessages<ListingReportField>(invalidFields(state), text.errors);
  const fieldErrors = [
    { id: 'report-problem-0', text: message.problem },
    { id: 'report-details', text: message.details },
    { id: 'report-contact', text: message.contact },
  ];

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary ref={summary} id="report-error-title" title={text.errorSummary} problem={formProblem(state, text.formProblems)} fieldErrors={fieldErrors} />

      <ChoiceGroup
        idPrefix="report-problem"
        name="problem"
        legend={text.problemLabel}
        options={text.problems}
        checked={values.problem}
        error={message.problem}
        required
      />
      <TextField
        id="report-details"
        name="details"
        label={text.detailsLabel}
        hint={text.detailsHint}
        defaultValue={values.details}
        error={message.details}
        maxLength={detailsMaxLength * 2}
        rows={5}
      />
      <TextField
        id="report-contact"
        name="contact"
        label={text.contactLabel}
        hint={text.contactHint}
        defaultValue={values.contact}
        error={message.contact}
        maxLength={contactMaxLength * 2}
        autoComplete="email"
      />

      <GuardFields idPrefix="report" token={currentToken(state, token)} honeypotLabel={text.honeypotLabel} />
      <SubmitButton pending={pending}>{text.submit}</SubmitButton>
    </form>
  );
}
