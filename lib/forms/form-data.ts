/**
 * The one way every form reads what was sent. A field that is missing, or is not text (a file a
 * script attached), reads as empty, so a parser never throws on a hostile body. Safe for client
 * components (no imports).
 */
export type FormInput = FormData | Readonly<Record<string, unknown>>;

/** One field's text; with `maxLength`, at most that many characters (a form may cap what it reads back). */
export function formText(input: FormInput, name: string, maxLength?: number): string {
  const raw = input instanceof FormData ? input.get(name) : input[name];
  const text = typeof raw === 'string' ? raw : '';
  return maxLength === undefined ? text : text.slice(0, maxLength);
}

/** Several fields at once, in the order given: what the member typed, untrimmed, to fill the form in again. */
export function formTexts<Field extends string>(input: FormInput, fields: readonly Field[], maxLength?: number): Record<Field, string> {
  return Object.fromEntries(fields.map((field) => [field, formText(input, field, maxLength)])) as Record<Field, string>;
}
