/**
 * Control characters (C0: U+0000 to U+001F, and DEL) never belong in what a member types. A NUL byte
 * in particular cannot be stored in PostgreSQL text, so it used to reach the database, fail there,
 * and look like an outage. Every form and query string is checked here, once per input kind, and
 * refused with a plain message; the form keeps what was typed, minus these characters. Tab and line
 * breaks are text in a multi-line field (browsers send a textarea's line breaks as CR LF), nowhere else.
 * Safe for client components and the proxy (no imports).
 */

const SINGLE_LINE = /[\u0000-\u001f\u007f]/u;
const MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
const SINGLE_LINE_ALL = new RegExp(SINGLE_LINE.source, 'gu');
const MULTI_LINE_ALL = new RegExp(MULTI_LINE.source, 'gu');

export type TextKind = { multiLine?: boolean };

export function hasControlCharacters(text: string, { multiLine = false }: TextKind = {}): boolean {
  return (multiLine ? MULTI_LINE : SINGLE_LINE).test(text);
}

export function withoutControlCharacters(text: string, { multiLine = false }: TextKind = {}): string {
  return text.replace(multiLine ? MULTI_LINE_ALL : SINGLE_LINE_ALL, '');
}

/** Whether any text field of a submitted form (hidden ones included) holds a control character. */
export function formHasControlCharacters(form: FormData, multiLineFields: readonly string[] = []): boolean {
  for (const [name, value] of form) {
    if (typeof value === 'string' && hasControlCharacters(value, { multiLine: multiLineFields.includes(name) })) return true;
  }
  return false;
}

/** A form's values to show again: what was typed, minus the control characters. */
export function valuesWithoutControlCharacters<Values extends Record<string, string>>(values: Values, multiLineFields: readonly string[] = []): Values {
  return Object.fromEntries(
    Object.entries(values).map(([name, text]) => [name, withoutControlCharacters(text, { multiLine: multiLineFields.includes(name) })]),
  ) as Values;
}
