/**
 * The optional "how can we reach you" field the listing report and the survey share: one line of
 * free text that should hold an e-mail address or a phone number, or nothing. (The join request asks
 * for a phone and an e-mail separately, both required, so it has its own checks.) Safe for client
 * components: it imports only zod.
 */
import { z } from '@/lib/forms/zod';

export const contactMaxLength = 200;

/** The codes the field's errors come back as; messages/{en,es}.json words each one. */
export const contactErrorCodes = ['too-long', 'invalid'] as const;
export type ContactErrorCode = (typeof contactErrorCodes)[number];

/** Loose on purpose: we only want to catch obvious slips, not turn away a working address or number. */
export function looksLikeContact(text: string): boolean {
  const emailLike = /[^\s@]@[^\s@]*\.[^\s@]/.test(text);
  const digits = text.replace(/\D/g, '').length;
  return emailLike || digits >= 10;
}

/** Trimmed; empty becomes undefined (nothing to store). */
export const optionalContactSchema = z
  .string()
  .trim()
  .max(contactMaxLength, { error: 'too-long' satisfies ContactErrorCode })
  .refine((text) => text === '' || looksLikeContact(text), { error: 'invalid' satisfies ContactErrorCode })
  .transform((text) => (text === '' ? undefined : text));
