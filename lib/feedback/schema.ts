/**
 * The website survey at /{locale}/feedback: what a member may send, checked the same way in the
 * browser and on the server. Errors come back as stable codes per field (not sentences), so the page
 * shows them in the member's language from messages/{en,es}.json.
 *
 * "Something else" does not require a comment: the survey asks little on purpose, and a bare
 * "other" still counts for staff. Safe for client components: it imports only zod and plain helpers.
 */
import { z } from '@/lib/forms/zod';
import { contactErrorCodes, optionalContactSchema, type ContactErrorCode } from '@/lib/forms/contact';
import { parseFormValues, type ParsedForm } from '@/lib/forms/field-errors';
import { formTexts, type FormInput } from '@/lib/forms/form-data';

export const lookingForCodes = ['find-provider', 'benefits', 'pharmacy', 'transportation', 'dental', 'mental-health', 'member-id-card', 'other'] as const;
export type LookingForCode = (typeof lookingForCodes)[number];

/** Stored as the FeedbackFound enum, which uses the same words. */
export const foundCodes = ['yes', 'partly', 'no'] as const;
export const easeCodes = ['1', '2', '3', '4', '5'] as const;

export const commentsMaxLength = 1000;

const emptyToUndefined = (text: string) => (text === '' ? undefined : text);
const choice = (issue: { input?: unknown }) => (issue.input === undefined || issue.input === '' ? 'required' : 'invalid');

export const feedbackSchema = z.object({
  lookingFor: z.enum(lookingForCodes, { error: choice }),
  found: z.enum(foundCodes, { error: choice }),
  ease: z.enum(easeCodes, { error: choice }).transform(Number),
  comments: z.string().trim().max(commentsMaxLength, { error: 'too-long' }).transform(emptyToUndefined),
  contact: optionalContactSchema,
});

/** A valid answer: `ease` is 1–5; empty optional fields are undefined. Comments are not yet scrubbed. */
export type FeedbackInput = z.output<typeof feedbackSchema>;

export type FeedbackErrors = {
  lookingFor?: 'required' | 'invalid';
  found?: 'required' | 'invalid';
  ease?: 'required' | 'invalid';
  comments?: 'too-long';
  contact?: ContactErrorCode;
};
export type FeedbackField = keyof FeedbackErrors;
export const feedbackFields = ['lookingFor', 'found', 'ease', 'comments', 'contact'] as const satisfies readonly FeedbackField[];

/** What the member typed, untrimmed, to fill the form in again. */
export type FeedbackValues = Record<FeedbackField, string>;

export type ParsedFeedback = ParsedForm<FeedbackInput, FeedbackErrors, FeedbackValues>;

export const feedbackErrorCodes: { [Field in FeedbackField]: readonly NonNullable<FeedbackErrors[Field]>[] } = {
  lookingFor: ['required', 'invalid'],
  found: ['required', 'invalid'],
  ease: ['required', 'invalid'],
  comments: ['too-long'],
  contact: contactErrorCodes,
};
/** Unreachable while every check above carries a code (the values are always strings); a safe default if not. */
const fallbackCodes: Required<FeedbackErrors> = { lookingFor: 'invalid', found: 'invalid', ease: 'invalid', comments: 'too-long', contact: 'invalid' };

/** Reads the survey's fields without throwing: anything that is not text (a file, a number) counts as empty. */
export function readFeedbackValues(input: FormInput): FeedbackValues {
  return formTexts(input, feedbackFields);
}

export function parseFeedbackForm(input: FormInput): ParsedFeedback {
  return parseFormValues(feedbackSchema, readFeedbackValues(input), feedbackErrorCodes, fallbackCodes);
}
