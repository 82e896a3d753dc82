/**
 * Turns a zod failure into one stable error code per field, for forms that show translated messages
 * from codes (the listing report, the feedback survey). Safe for client components (no imports).
 */
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
