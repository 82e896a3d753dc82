/**
 * The "Report a problem with this listing" form: what a member may send, checked the same way in the
 * browser and on the server. Errors come back as stable codes per field (not sentences), so the page
 * shows them in the member's language from messages/{en,es}.json.
 *
 * Safe for client components: it imports only zod and a type from the generated enums.
 */
import { z } from '@/lib/forms/zod';
import { contactErrorCodes, optionalContactSchema, type ContactErrorCode } from '@/lib/forms/contact';
import { parseFormValues, type ParsedForm } from '@/lib/forms/field-errors';
import { formTexts, type FormInput } from '@/lib/forms/form-data';
import type { ListingProblem } from '@/lib/generated/prisma/enums';

/** The problems a member can pick, as the form sends them (and as the database stores them). */
export const listingProblemCodes = ['wrong-phone', 'wrong-address', 'not-accepting', 'wrong-language', 'left-practice', 'other'] as const;
export type ListingProblemCode = (typeof listingProblemCodes)[number];

/** Prisma names the same values in camelCase (see the ListingProblem enum in prisma/schema.prisma). */
export const listingProblemFromCode = {
  'wrong-phone': 'wrongPhone',
  'wrong-address': 'wrongAddress',
  'not-accepting': 'notAccepting',
  'wrong-language': 'wrongLanguage',
  'left-practice': 'leftPractice',
  other: 'other',
} as const satisfies Record<ListingProblemCode, ListingProblem>;

export const listingProblemToCode = Object.fromEntries(Object.entries(listingProblemFromCode).map(([code, problem]) => [problem, code])) as Record<
  ListingProblem,
  ListingProblemCode
>;

export const detailsMaxLength = 1000;

const emptyToUndefined = (text: string) => (text === '' ? undefined : text);

export const listingReportSchema = z
  .object({
    problem: z
      .enum(listingProblemCodes, { error: (issue) => (issue.input === undefined || issue.input === '' ? 'required' : 'invalid') })
      .transform((code) => listingProblemFromCode[code]),
    details: z.string().trim().max(detailsMaxLength, { error: 'too-long' }).transform(emptyToUndefined),
    contact: optionalContactSchema,
  })
  // `when` lets this run even if another field failed, so the member sees every problem at once.
  .refine((report) => report.problem !== 'other' || report.details !== undefined, {
    error: 'required',
    path: ['details'],
    when: () => true,
  });

/** A valid report: `problem` is the Prisma enum value; empty optional fields are undefined. */
export type ListingReportInput = z.output<typeof listingReportSchema>;

export type ListingReportErrors = {
  problem?: 'required' | 'invalid';
  details?: 'required' | 'too-long';
  contact?: ContactErrorCode;
};
export type ListingReportField = keyof ListingReportErrors;
export const listingReportFields = ['problem', 'details', 'contact'] as const satisfies readonly ListingReportField[];

/** What the member typed, untrimmed, to fill the form in again. */
export type ListingReportValues = Record<ListingReportField, string>;

export type ParsedListingReport = ParsedForm<ListingReportInput, ListingReportErrors, ListingReportValues>;

export const listingReportErrorCodes: { [Field in ListingReportField]: readonly NonNullable<ListingReportErrors[Field]>[] } = {
  problem: ['required', 'invalid'],
  details: ['required', 'too-long'],
  contact: contactErrorCodes,
};
/** Unreachable while every check above carries a code (the values are always strings); a safe default if not. */
const fallbackCodes: Required<ListingReportErrors> = { problem: 'invalid', details: 'too-long', contact: 'invalid' };

/**
 * What was typed, to fill the form in again: anything that is not text (a file, a number) counts as
 * empty, and no field keeps more than the form's boxes let a member type (twice the limit).
 */
export function readReportValues(input: FormInput): ListingReportValues {
  return formTexts(input, listingReportFields, detailsMaxLength * 2);
}

/** Reads the form without throwing. */
export function parseReportForm(input: FormInput): ParsedListingReport {
  return parseFormValues(listingReportSchema, readReportValues(input), listingReportErrorCodes, fallbackCodes);
}
