'use client';

import type { ReactNode } from 'react';
import { useFormAction } from '@/components/forms/form-action';
import { SentNotice, SentReference } from '@/components/forms/sent-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { guardFields } from '@/lib/forms/form-guard';
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
const fieldClass = 'mt-1 block w-full rounded-md border-2 border-gray-700 bg-white px-3 py-2 text-lg';

/** How browsers and password managers may fill each field, and which keyboard a phone shows. */
const inputs: Record<Exclude<JoinField, 'specialty'>, { autoComplete: string; inputMode?: 'tel' | 'email' | 'numeric'; type?: string; width?: string }> = {
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

  const values = state.status === 'idle' ? empty : state.values;
  const errors: Partial<Record<JoinField, string>> = state.status === 'invalid' ? state.errors : {};
  const message = (field: JoinField) => {
    const code = errors[field];
    return code ? text.errors[field][code] : undefined;
  };
  const fieldErrors = joinFields
    .map((field) => ({ id: `join-${field}`, text: message(field) }))
    .filter((entry): entry is { id: string; text: string } => entry.text !== undefined);
  const problem = state.status === 'idle' || state.status === 'invalid' ? null : text.problems[state.status];

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary ref={summary} id="join-error-title" title={text.errorSummary} problem={problem} fieldErrors={fieldErrors} />
      <input type="hidden" name={guardFields.token} value={state.status === 'idle' ? token : state.token} />
      {joinFields.map((field) => (
        <Field key={`${field}-${state.status}`} field={field} label={text.fields[field]} hint={text.hints[field]} error={message(field)}>
          {(described) =>
            field === 'specialty' ? (
              <select id="join-specialty" name="specialty" defaultValue={values.specialty} {...described} className={fieldClass}>
                <option value="">{text.chooseSpecialty}</option>
                {text.specialties.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`join-${field}`}
                name={field}
                type={inputs[field].type ?? 'text'}
                inputMode={inputs[field].inputMode}
                autoComplete={inputs[field].autoComplete}
                defaultValue={values[field]}
                maxLength={400}
                spellCheck={false}
                {...described}
                className={`${fieldClass} ${inputs[field].width ?? ''}`}
              />
            )
          }
        </Field>
      ))}

      {/* A trap for scripts that fill every field: hidden from people, screen readers and the tab order. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="join-website">{text.honeypotLabel}</label>
        <input id="join-website" type="text" name={guardFields.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        {text.submit}
      </button>
    </form>
  );
}

type FieldProps = {
  field: JoinField;
  label: string;
  hint?: string;
  error?: string;
  children: (described: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
};

function Field({ field, label, hint, error, children }: FieldProps) {
  const id = `join-${field}`;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-bold text-red-800">
          {error}
        </p>
      ) : null}
      {children({ 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
