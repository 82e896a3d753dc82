/**
 * The "join our network" request at /{locale}/providers/join: what a clinic may send, checked the
 * same way in the browser and on the server. Errors are stable codes per field, shown in the visitor's
 * language from messages/{en,es}.json (`JoinRequest.errors`). Safe for client components.
 */
import { z } from '@/lib/forms/zod';
import { namedSpecialtyCodes } from '@/lib/directory/search/options';
import { parseFormValues, type ParsedForm } from '@/lib/forms/field-errors';
import { formTexts, type FormInput } from '@/lib/forms/form-data';
import { normalizeMedicaidId, normalizeNpi, normalizeTin, normalizeUsPhone, normalizeZip } from './identifiers';

/** The states and territories whose postal codes a US address may use. */
export const usStateCodes = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'AS',
  'GU',
  'MP',
  'PR',
  'VI',
] as const;

export const joinFields = ['name', 'specialty', 'phone', 'fax', 'email', 'street', 'city', 'state', 'zip', 'npi', 'tin', 'medicaidId'] as const;
export type JoinField = (typeof joinFields)[number];

export const joinErrorCodes = {
  name: ['required', 'too-long'],
  specialty: ['required', 'invalid'],
  phone: ['required', 'invalid'],
  fax: ['invalid'],
  email: ['required', 'invalid'],
  street: ['required', 'too-long'],
  city: ['required', 'too-long'],
  state: ['required', 'invalid'],
  zip: ['required', 'invalid'],
  npi: ['required', 'format', 'check-digit'],
  tin: ['required', 'invalid'],
  medicaidId: ['invalid'],
} as const satisfies Record<JoinField, readonly string[]>;

export type JoinErrors = { [Field in JoinField]?: (typeof joinErrorCodes)[Field][number] };
export type JoinValues = Record<JoinField, string>;

const fallbackCodes = Object.fromEntries(joinFields.map((field) => [field, joinErrorCodes[field].at(-1)])) as Required<JoinErrors>;

const required = (maxLength: number) => z.string().trim().min(1, { error: 'required' }).max(maxLength, { error: 'too-long' });

/** A text that must read as `normalize` says; empty is `required` unless the field is optional. */
function normalized(normalize: (text: string) => string | null, code: string, optional = false) {
  return z
    .string()
    .trim()
    .transform((text, context) => {
      if (text === '') {
        if (!optional) context.addIssue({ code: 'custom', message: 'required' });
        return undefined;
      }
      const value = normalize(text.slice(0, 100));
      if (value === null) context.addIssue({ code: 'custom', message: code });
      return value ?? undefined;
    });
}

export const joinRequestSchema = z.object({
  name: required(200),
  specialty: z.enum(namedSpecialtyCodes as unknown as [string, ...string[]], {
    error: (issue) => (issue.input === '' || issue.input === undefined ? 'required' : 'invalid'),
  }),
  phone: normalized(normalizeUsPhone, 'invalid'),
  fax: normalized(normalizeUsPhone, 'invalid', true),
  email: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .pipe(z.email({ error: 'invalid' }).max(254, { error: 'invalid' })),
  street: required(200),
  city: required(100),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, { error: 'required' })
    .refine((code) => (usStateCodes as readonly string[]).includes(code), { error: 'invalid' }),
  zip: normalized(normalizeZip, 'invalid'),
  npi: z
    .string()
    .trim()
    .transform((text, context) => {
      const digits = text.replace(/[\s-]/g, '');
      if (digits === '') context.addIssue({ code: 'custom', message: 'required' });
      else if (!/^\d{10}$/.test(digits)) context.addIssue({ code: 'custom', message: 'format' });
      else if (normalizeNpi(digits) === null) context.addIssue({ code: 'custom', message: 'check-digit' });
      return digits;
    }),
  tin: normalized(normalizeTin, 'invalid'),
  medicaidId: normalized(normalizeMedicaidId, 'invalid', true),
});

/** A valid request, normalized: phones as 541-555-0100, the TIN with its dashes, the NPI as 10 digits. */
export type JoinRequestInput = z.output<typeof joinRequestSchema> & { phone: string; zip: string; tin: string };

export type ParsedJoinRequest = ParsedForm<JoinRequestInput, JoinErrors, JoinValues>;

/** Reads the form's fields without throwing: anything that is not text counts as empty. */
export function readJoinValues(input: FormInput): JoinValues {
  return formTexts(input, joinFields, 1000);
}

export function parseJoinRequest(input: FormInput): ParsedJoinRequest {
  const parsed = parseFormValues(joinRequestSchema, readJoinValues(input), joinErrorCodes, fallbackCodes);
  // The transforms above leave phone, zip and tin set whenever the request is valid.
  return parsed.ok ? { ok: true, value: parsed.value as JoinRequestInput } : parsed;
}
