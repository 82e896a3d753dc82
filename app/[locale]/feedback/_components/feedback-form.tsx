'use client';

import type { ReactNode } from 'react';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useFormAction } from '@/components/forms/form-action';
import { GuardFields } from '@/components/forms/guard-fields';
import { SentNotice, SentReference } from '@/components/forms/sent-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { contactMaxLength } from '@/lib/forms/contact';
import { currentToken, fieldMessages, formProblem, invalidFields, keptValues } from '@/lib/forms/form-state';
import type { FeedbackFormState } from '@/lib/feedback/submit';
import { commentsMaxLength, easeCodes, foundCodes, lookingForCodes, type FeedbackField, type FeedbackValues } from '@/lib/feedback/schema';

export type FeedbackFormText = {
  lookingForLabel: string;
  lookingFor: Record<(typeof lookingForCodes)[number], string>;
  foundLabel: string;
  found: Record<(typeof foundCodes)[number], string>;
  easeLabel: string;
  easeHint: string;
  ease: Record<(typeof easeCodes)[number], string>;
  commentsLabel: string;
  commentsHint: string;
  contactLabel: string;
  contactHint: string;
  honeypotLabel: string;
  submit: string;
  errorSummary: string;
  /** field → error code → message */
  errors: Record<FeedbackField, Record<string, string>>;
  sentTitle: string;
  referenceLabel: string;
  sentBody: ReactNode;
  backToPage: string;
  /** Form-wide problems, by state status. */
  problems: Record<'rate-limited' | 'unavailable' | 'too-large' | 'expired' | 'control-characters', ReactNode>;
};

type FeedbackFormProps = {
  action: (state: FeedbackFormState, form: FormData) => Promise<FeedbackFormState>;
  text: FeedbackFormText;
  /** Signed when the page was served: when it was loaded and a key that makes a resend store one answer. */
  token: string;
  /** The path of the page the member came from, if we know it. */
  from?: string;
  /** Where "go back" leads when we do not know the page. */
  homeHref: string;
};

const empty: FeedbackValues = { lookingFor: '', found: '', ease: '', comments: '', contact: '' };

/**
 * The survey. A server action does the work, so it also works before JavaScript loads; on an error
 * the summary takes focus and links to each field, and every field keeps what was typed.
 */
export function FeedbackForm({ action, text, token, from, homeHref }: FeedbackFormProps) {
  const { state, formAction, pending, summary } = useFormAction(action, { status: 'idle' });

  if (state.status === 'sent') {
    return (
      <SentNotice ref={summary} title={text.sentTitle}>
        <SentReference label={text.referenceLabel} value={state.reference} />
        <p className="mt-2">{text.sentBody}</p>
        <p className="mt-3">
          <a href={state.from ?? from ?? homeHref}>{text.backToPage}</a>
        </p>
      </SentNotice>
    );
  }

  const values = keptValues(state, empty);
  const message = fieldMessages<FeedbackField>(invalidFields(state), text.errors);
  const fieldErrors = [
    { id: 'feedback-lookingFor-0', text: message.lookingFor },
    { id: 'feedback-found-0', text: message.found },
    { id: 'feedback-ease-0', text: message.ease },
    { id: 'feedback-comments', text: message.comments },
    { id: 'feedback-contact', text: message.contact },
  ];

  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary ref={summary} id="feedback-error-title" title={text.errorSummary} problem={formProblem(state, text.problems)} fieldErrors={fieldErrors} />

      {from ? <input type="hidden" name="from" value={from} /> : null}

      <ChoiceGroup
        idPrefix="feedback-lookingFor"
        name="lookingFor"
        legend={text.lookingForLabel}
        options={text.lookingFor}
        checked={values.lookingFor}
        error={message.lookingFor}
        required
      />
      <ChoiceGroup idPrefix="feedback-found" name="found" legend={text.foundLabel} options={text.found} checked={values.found} error={message.found} required />
      <ChoiceGroup
        idPrefix="feedback-ease"
        name="ease"
        legend={text.easeLabel}
        hint={text.easeHint}
        options={text.ease}
        checked={values.ease}
        error={message.ease}
        required
      />

      {/* Twice each limit on the boxes, so a member who pastes too much sees our message instead of silent cutting. */}
      <TextField
        id="feedback-comments"
        name="comments"
        label={text.commentsLabel}
        hint={text.commentsHint}
        defaultValue={values.comments}
        error={message.comments}
        maxLength={commentsMaxLength * 2}
        rows={5}
      />
      <TextField
        id="feedback-contact"
        name="contact"
        label={text.contactLabel}
        hint={text.contactHint}
        defaultValue={values.contact}
        error={message.contact}
        maxLength={contactMaxLength * 2}
        autoComplete="email"
      />

      <GuardFields idPrefix="feedback" token={currentToken(state, token)} honeypotLabel={text.honeypotLabel} />
      <SubmitButton pending={pending}>{text.submit}</SubmitButton>
    </form>
  );
}
