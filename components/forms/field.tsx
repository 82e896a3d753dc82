import type { ReactNode } from 'react';
import { labelClass } from './field-styles';

/** What a control needs so a screen reader reads its hint and error with it, and knows it is wrong. */
export type DescribedProps = { 'aria-describedby'?: string; 'aria-invalid'?: true };

/** The ids of a field's hint and error (`<id>-hint`, `<id>-error`), for whichever are shown. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): DescribedProps {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined };
}

/** A field's hint, then its error, under the label or legend: the order a member reads them. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

type FieldProps = {
  /** The control's id: the label points at it, the error summary links to it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The control itself, given the aria attributes to spread on it. */
  children: (described: DescribedProps) => ReactNode;
};

/** Label, hint, error and control, wired together in one place (TextField, and a select that needs its own options). */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children(describedBy(id, hint, error))}
    </div>
  );
}
