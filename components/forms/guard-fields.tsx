import { guardFields } from '@/lib/forms/guard-field-names';

type GuardFieldsProps = {
  /** The form's id prefix: the trap field is `<idPrefix>-website`. */
  idPrefix: string;
  /** The signed token (lib/forms/form-token.ts): the page's, or the one the last answer gave back. */
  token: string;
  /** Words for the trap's label, in case a script reads labels; nobody else ever sees them. */
  honeypotLabel: string;
};

/** The hidden fields lib/forms/form-guard.ts checks: the signed token and the honeypot. */
export function GuardFields({ idPrefix, token, honeypotLabel }: GuardFieldsProps) {
  return (
    <>
      <input type="hidden" name={guardFields.token} value={token} />
      {/* A trap for scripts that fill every field: hidden from people, screen readers and the tab order. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`${idPrefix}-website`}>{honeypotLabel}</label>
        <input id={`${idPrefix}-website`} type="text" name={guardFields.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
