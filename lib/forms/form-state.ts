/**
 * The one shape every form's server action returns, and the readers a form uses to render it.
 *
 *   idle      nothing sent yet (the form's first render)
 *   done      the form's own success (`sent`, `signed-in`) with what it shows then
 *   invalid   `fieldErrors` (a code or sentence per field) and `values` (what was typed, to fill in again)
 *   problem   a form-wide status (`rate-limited`, `unavailable`…) with `values`
 *
 * Guarded public forms (lib/forms/form-guard.ts) also carry back the signed `token` to send next.
 * Safe for client components (no imports).
 */

/** What any guarded public form can answer besides its fields' errors. */
export type GuardedFormProblem = 'rate-limited' | 'unavailable' | 'too-large' | 'expired' | 'control-characters';

export type FormState<Values, FieldErrors, Done extends { status: string }, Problem extends string, Kept extends object = object> =
  { status: 'idle' } | Done | ({ status: 'invalid'; fieldErrors: FieldErrors; values: Values } & Kept) | ({ status: Problem; values: Values } & Kept);

/** A public form behind the signed token and honeypot: success is `sent`, every other answer keeps the token. */
export type GuardedFormState<Values, FieldErrors, Sent extends object = object, Problem extends string = never> = FormState<
  Values,
  FieldErrors,
  { status: 'sent' } & Sent,
  GuardedFormProblem | Problem,
  { token: string }
>;

type AnyState = { status: string };

/** What to fill the fields with: what was typed, or the form's starting values. */
export function keptValues<Values>(state: AnyState | (AnyState & { values: Values }), empty: Values): Values {
  return 'values' in state ? state.values : empty;
}

/** The fields to mark, or none. */
export function invalidFields<FieldErrors extends object>(state: AnyState | (AnyState & { fieldErrors: FieldErrors })): Partial<FieldErrors> {
  return 'fieldErrors' in state ? state.fieldErrors : {};
}

/** Each marked field's error code in the page's words (`messages`: field → code → sentence). */
export function fieldMessages<Field extends string>(
  fieldErrors: Partial<Record<Field, string>>,
  messages: Readonly<Record<Field, Readonly<Record<string, string>>>>,
): Partial<Record<Field, string>> {
  const words: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(fieldErrors) as Field[]) {
    const code = fieldErrors[field];
    if (code !== undefined && Object.hasOwn(messages, field) && Object.hasOwn(messages[field], code)) words[field] = messages[field][code];
  }
  return words;
}

/** The form-wide problem to show above the fields, if the state is one the page words. */
export function formProblem<Text>(state: AnyState, problems: Readonly<Record<string, Text>>): Text | null {
  return Object.hasOwn(problems, state.status) ? (problems[state.status] ?? null) : null;
}

/** The signed token to send next: the one the server gave back, else the one the page was served with. */
export function currentToken(state: AnyState | (AnyState & { token: string }), pageToken: string): string {
  return 'token' in state ? state.token : pageToken;
}
