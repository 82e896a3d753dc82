import { describedBy, FieldNotes } from './field';
import { choiceInputClass } from './field-styles';

type ChoiceGroupProps = {
  /** Prefix of every id: options are `<idPrefix>-0`, `-1`…, the hint and error `<idPrefix>-hint`, `-error`. */
  idPrefix: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  /** Value → label, in the order to show them. */
  options: Readonly<Record<string, string>>;
  /** Radio buttons (pick one) or checkboxes (pick any). */
  type?: 'radio' | 'checkbox';
  /** The value or values checked when the form renders. */
  checked: string | readonly string[];
  /** A radio group the member must answer (checkboxes are never each required). */
  required?: boolean;
};

/** A question with options, as a fieldset whose legend is the question; the error summary links to the first option. */
export function ChoiceGroup({ idPrefix, name, legend, hint, error, options, type = 'radio', checked, required }: ChoiceGroupProps) {
  const isChecked = (value: string) => (typeof checked === 'string' ? checked === value : checked.includes(value));
  return (
    <fieldset aria-describedby={describedBy(idPrefix, hint, error)['aria-describedby']}>
      <legend className="text-lg font-bold">{legend}</legend>
      <FieldNotes id={idPrefix} hint={hint} error={error} />
      <div className="mt-2 space-y-2">
        {Object.entries(options).map(([value, label], index) => (
          <label key={value} className="flex items-start gap-3 text-lg">
            <input
              id={`${idPrefix}-${index}`}
              type={type}
              name={name}
              value={value}
              defaultChecked={isChecked(value)}
              required={type === 'radio' ? required : undefined}
              className={choiceInputClass}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
