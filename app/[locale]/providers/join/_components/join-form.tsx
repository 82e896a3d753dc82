'use client';

import type { ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { inputClass } from '@/components/forms/field-styles';
import { useFormAction } from '@/components/forms/form-action';
import { GuardFields } from '@/components/forms/guard-fields';
import { SentNotice, SentReference } from '@/components/forms/sent-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { currentToken, fieldMessages, formProblem, invalidFields, keptValues } from '@/lib/forms/form-state';
import { joinFields, type JoinField, type JoinValues } from '@/lib/join-requests/schema';
import type { JoinFormState } from '@/lib/join-requests/submit';

export type JoinFormText = {
  fields: Record<JoinField, string>;
  hints: Partial<Record<JoinField, string>>;
  /** NUCC code → name, in the order to show them. */
  specialties: [string, string][];
  chooseSpecialty: string;
  honeypotLabel: string;
  submit: string;
  errorSummary: string;
  /** field → error code → message */
  errors: Record<JoinField, Record<string, string>>;
  problems: Record<'rate-limited' | 'unavailable' | 'too-large' | 'expired' | 'control-characters', ReactNode>;
  sentTitle: string;
  referenceLabel: string;
  sentBody: string;
  duplicateNpi: string;
};

type JoinFormProps = {
  action: (state: JoinFormState, form: FormData) => Promise<JoinFormState>;
  text: JoinFormText;
  token: string;
};

const empty = Object.fromEntries(joinFields.map((field) => [field, field === 'state' ? 'OR' : ''])) as JoinValues;

/** How browsers and password managers may fill each field, and which keyboard a phone shows. */
const inputs: Record<
  Exclude<JoinField, 'specialty'>,
  { autoComplete: string; inputMode?: 'tel' | 'email' | 'numeric'; type?: 'tel' | 'email'; width?: string }
> = {
  name: { autoComplete: 'organization' },
  phone: { autoComplete: 'tel', inputMode: 'tel', type: 'tel', width: 'max-w-xs' },
  fax: { autoComplete: 'off', inputMode: 'tel', type: 'tel', width: 'max-w-xs' },
  email: { autoComplete: 'email', inputMode: 'email', type: 'email' },
  street: { autoComplete: 'street-address' },
  city: { autoComplete: 'address-level2', width: 'max-w-sm' },
  state: { autoComplete: 'address-level1', width: 'max-w-[6rem]' },
  zip: { autoComplete: 'postal-code', inputMode: 'numeric', width: 'max-w-[10rem]' },
  npi: { autoComplete: 'off', inputMode: 'numeric', width: 'max-w-xs' },
  tin: { autoComplete: 'off', width: 'max-w-xs' },
  medicaidId: { autoComplete: 'off', width: 'max-w-xs' },
};

/**
 * The join request. A server action does the work, so it works before JavaScript loads; on an error
 * the summary takes focus and links to each field, and every field keeps what was typed.
 */
export function JoinForm({ action, text, token }: JoinFormProps) {
  const { state, formAction, pending, summary } = useFormAction(action, { status: 'idle' });

  if (state.status === 'sent') {
    return (
      <SentNotice ref={summary} title={text.sentTitle}>
        {state.duplicate === 'same-npi' ? <p className="mt-2">{text.duplicateNpi}</p> : null}
        <SentReference label={text.referenceLabel} value={state.reference} />
        <p className="mt-2">{text.sentBody}</p>
      </SentNotice>
    );
  }

  const values = keptValues(state, empty);
  const message = fieldMessages<JoinField>(invalidFields(state), text.errors);

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary
        ref={summary}
        id="join-error-title"
        title={text.errorSummary}
        problem={formProblem(state, text.problems)}
        fieldErrors={joinFields.map((field) => ({ id: `join-${field}`, text: message[field] }))}
      />
      {joinFields.map((field) =>
        field === 'specialty' ? (
          <Field key={`${field}-${state.status}`} id="join-specialty" label={text.fields.specialty} hint={text.hints.specialty} error={message.specialty}>
            {(described) => (
              <select id="join-specialty" name="specialty" defaultValue={values.specialty} {...described} className={inputClass}>
                <option value="">{text.chooseSpecialty}</option>
                {text.specialties.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <TextField
            key={`${field}-${state.status}`}
            id={`join-${field}`}
            name={field}
            label={text.fields[field]}
            hint={text.hints[field]}
            error={message[field]}
            defaultValue={values[field]}
            maxLength={400}
            spellCheck={false}
            {...inputs[field]}
          />
        ),
      )}

      <GuardFields idPrefix="join" token={currentToken(state, token)} honeypotLabel={text.honeypotLabel} />
      <SubmitButton pending={pending}>{text.submit}</SubmitButton>
    </form>
  );
}
