'use client';

import { ErrorSummary } from '@/components/ui/error-summary';
import type { ReactNode } from 'react';
import { useFormAction } from '@/components/forms/form-action';
import { SentNotice, SentReference } from '@/components/forms/sent-notice';
import type { FeedbackFormState } from '@/lib/feedback/submit';
import { commentsMaxLength, contactMaxLength, easeCodes, foundCodes, lookingForCodes, type FeedbackField, type FeedbackValues } from '@/lib/feedback/schema';

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

const field = 'mt-1 block w-full rounded-md border-2 border-gray-700 bg-white px-3 py-2 text-lg';
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

  const values = state.status === 'idle' ? empty : state.values;
  const errors = state.status === 'invalid' ? state.errors : {};
  const message = (name: FeedbackField) => {
    const code = errors[name];
    return code ? text.errors[name][code] : undefined;
  };
  const fieldErrors = [
    { id: 'feedback-lookingFor-0', text: message('lookingFor') },
    { id: 'feedback-found-0', text: message('found') },
    { id: 'feedback-ease-0', text: message('ease') },
    { id: 'feedback-comments', text: message('comments') },
    { id: 'feedback-contact', text: message('contact') },
  ].filter((entry): entry is { id: string; text: string } => entry.text !== undefined);
  const formProblem = state.status === 'idle' || state.status === 'invalid' ? null : text.problems[state.status];

  return (
    <form action={formAction} noValidate className="space-y-8">
      <ErrorSummary ref={summary} id="feedback-error-title" title={text.errorSummary} problem={formProblem} fieldErrors={fieldErrors} />

      <input type="hidden" name="formToken" value={state.status === 'idle' ? token : state.token} />
      {from ? <input type="hidden" name="from" value={from} /> : null}

      <ChoiceGroup name="lookingFor" legend={text.lookingForLabel} options={text.lookingFor} value={values.lookingFor} error={message('lookingFor')} />
      <ChoiceGroup name="found" legend={text.foundLabel} options={text.found} value={values.found} error={message('found')} />
      <ChoiceGroup name="ease" legend={text.easeLabel} hint={text.easeHint} options={text.ease} value={values.ease} error={message('ease')} />

      <TextField name="comments" label={text.commentsLabel} hint={text.commentsHint} value={values.comments} error={message('comments')} maxLength={commentsMaxLength} multiline />
      <TextField name="contact" label={text.contactLabel} hint={text.contactHint} value={values.contact} error={message('contact')} maxLength={contactMaxLength} />

      {/* A trap for scripts that fill every field: hidden from people, screen readers and the tab order. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="feedback-website">{text.honeypotLabel}</label>
        <input id="feedback-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {text.submit}
      </button>
    </form>
  );
}

type ChoiceGroupProps = { name: FeedbackField; legend: string; hint?: string; options: Record<string, string>; value: string; error?: string };

function ChoiceGroup({ name, legend, hint, options, value, error }: ChoiceGroupProps) {
  const describedBy = [hint ? `feedback-${name}-hint` : '', error ? `feedback-${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset aria-describedby={describedBy || undefined}>
      <legend className="text-lg font-bold">{legend}</legend>
      {hint ? (
        <p id={`feedback-${name}-hint`} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`feedback-${name}-error`} className="mt-1 font-bold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {Object.entries(options).map(([code, label], index) => (
          <label key={code} className="flex items-start gap-3 text-lg">
            <input
              id={`feedback-${name}-${index}`}
              type="radio"
              name={name}
              value={code}
              defaultChecked={value === code}
              required
              className="mt-1 size-6 shrink-0 accent-brand-700"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type TextFieldProps = { name: FeedbackField; label: string; hint: string; value: string; error?: string; maxLength: number; multiline?: boolean };

function TextField({ name, label, hint, value, error, maxLength, multiline }: TextFieldProps) {
  const id = `feedback-${name}`;
  const common = {
    id,
    name,
    defaultValue: value,
    // Twice the limit, so a member who pastes too much sees our message instead of silent cutting.
    maxLength: maxLength * 2,
    'aria-describedby': error ? `${id}-hint ${id}-error` : `${id}-hint`,
    'aria-invalid': error ? true : undefined,
    className: field,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-base text-muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-bold text-red-800">
          {error}
        </p>
      ) : null}
      {multiline ? <textarea rows={5} {...common} /> : <input type="text" autoComplete="email" {...common} />}
    </div>
  );
}
