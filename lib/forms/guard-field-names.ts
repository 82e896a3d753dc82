/**
 * Names of the hidden fields every guarded public form renders (components/forms/guard-fields.tsx)
 * and lib/forms/form-guard.ts reads. Kept apart from the guard so a client component can import the
 * names without the signing code (node:crypto).
 */
export const guardFields = { token: 'formToken', honeypot: 'website' } as const;
