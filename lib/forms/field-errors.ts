/**
 * Turns a zod failure into one stable error code per field, for forms that show translated messages
 * from codes (the listing report, the feedback survey, the join request). Safe for client components
 * (a type from zod only).
 */
import type { ZodType } from 'zod';

type Issue = { path: readonly PropertyKey[]; message: string };

/**
 * The first problem per field is the one to fix first (too long before malformed). A message that is
 * not one of the field's codes (a check without a code) becomes the field's fallback code.
 */
export function errorCodesByField<Field extends string>(
  issues: readonly Issue[],
  codes: Readonly<Record<Field, readonly string[]>>,
  fallback: Readonly<Record<Field, string>>,
): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !Object.hasOwn(codes, field)) continue;
    const key = field as Field;
    if (errors[key] !== undefined) continue;
    errors[key] = codes[key].includes(issue.message) ? issue.message : fallback[key];
  }
  return errors;
}

/** A form's answer checked against its schema: the clean value, or a code per field and what was typed. */
export type ParsedForm<Output, Errors, Values> = { ok: true; value: Output } | { ok: false; errors: Errors; values: Values };

/** Checks what was typed (read with lib/forms/form-data) against a form's schema, without throwing. */
export function parseFormValues<Field extends string, Errors extends Partial<Record<Field, string>>, Output>(
  schema: ZodType<Output>,
  values: Record<Field, string>,
  codes: { readonly [Key in Field]: readonly NonNullable<Errors[Key]>[] },
  fallback: Required<Errors>,
): ParsedForm<Output, Errors, Record<Field, string>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  // Each code is one of codes[field] or the field's fallback, so the errors are the form's own codes.
  return { ok: false, errors: errorCodesByField(parsed.error.issues, codes, fallback as Readonly<Record<Field, string>>) as Errors, values };
}
