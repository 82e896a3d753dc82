import { Field } from './field';
import { inputClass } from './field-styles';

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
  spellCheck?: boolean;
  type?: 'text' | 'email' | 'tel' | 'password';
  inputMode?: 'tel' | 'email' | 'numeric';
  /** A box of this many lines (a textarea) instead of one line. */
  rows?: number;
  /** A narrower box for a short answer, like `max-w-xs`. */
  width?: string;
};

/** A labelled text box with its hint and error, read together by screen readers. */
export function TextField({ id, label, hint, error, rows, width, type = 'text', ...control }: TextFieldProps) {
  const className = width ? `${inputClass} ${width}` : inputClass;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(described) =>
        rows === undefined ? (
          <input id={id} type={type} {...control} {...described} className={className} />
        ) : (
          <textarea id={id} rows={rows} {...control} {...described} className={className} />
        )
      }
    </Field>
  );
}
