import { z } from 'zod';
import { routing } from '../../i18n/routing';

/** Text in every site language; staff get told which language is missing. */
const localizedText = z.strictObject(
  Object.fromEntries(
    routing.locales.map((locale) => [
      locale,
      z.string({ error: `add the ${locale === 'en' ? 'English' : 'Spanish'} text ("${locale}:")` }).trim().min(1, 'this text is empty'),
    ]),
  ) as Record<(typeof routing.locales)[number], z.ZodString>,
);

const isoDate = z.iso.date({ error: 'write the date as YYYY-MM-DD, for example 2026-11-20' });

export const phoneNumberPattern = /^(\d{3}|\d{3}-\d{3}-\d{4})$/;

const phoneSchema = z.strictObject({
  number: z.string({ error: 'add the number, in quotes if it is short: "711"' }).regex(phoneNumberPattern, {
    error: 'write the number as 555-555-5555 (or three digits, like "711")',
  }),
  label: localizedText,
});

const requiredPhones = ['customerService', 'customerServiceTollFree', 'tty', 'emergency'] as const;

/**
 * A map whose keys content uses, like <Email name="claimsHelp" />. zod reports a bad key as
 * "Invalid key in record", so the staff-facing message is set on the record itself.
 */
function keyedRecord<Value extends z.ZodType>(kind: string, example: string, value: Value) {
  const keyAdvice = `${kind} keys are one word in camelCase, like ${example}`;
  return z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), value, {
    error: (issue) => (issue.code === 'invalid_key' ? keyAdvice : undefined),
  });
}

const faxNumber = z
  .string({ error: 'write the fax number as 555-555-5555' })
  .regex(/^\d{3}-\d{3}-\d{4}$/, { error: 'write the fax number as 555-555-5555' });

const emailAddress = z.email({ error: 'write a whole e-mail address, like claims@example.org' });

/** Where clinics send claims: one electronic payer ID for every plan, and a paper address. */
const claimsSchema = z.strictObject({
  payerId: z
    .string({ error: 'write the payer ID in quotes, like "93975"' })
    .regex(/^[A-Za-z0-9]{5,10}$/, { error: 'a payer ID is 5 to 10 letters or digits, in quotes, like "93975"' }),
  mailingAddress: z
    .array(z.string().trim().min(1, 'this address line is empty'), { error: 'list the address lines, one per line starting with "- "' })
    .min(2, 'write at least two address lines'),
});

/** A named postal address members may write to: who it is for (both languages) and its lines. */
const postalAddressSchema = z.strictObject({
  label: localizedText,
  lines: z
    .array(z.string().trim().min(1, 'this address line is empty'), { error: 'list the address lines under "lines:", one per line starting with "- "' })
    .min(2, 'write at least two address lines'),
});

export const planSchema = z.strictObject({
  name: z.string({ error: 'add the plan name' }).trim().min(2, 'the plan name is too short'),
  shortName: z.string({ error: 'add a short name' }).trim().min(2).max(20, 'keep the short name under 20 characters'),
  website: z.url({ error: 'write the full address, starting with https://' }),
  program: localizedText,
  serviceArea: localizedText,
  phones: keyedRecord('phone', 'customerService', phoneSchema).superRefine((phones, context) => {
    for (const key of requiredPhones) {
      if (!phones[key]) context.addIssue({ code: 'custom', message: `add the "${key}" phone`, path: [] });
    }
  }),
  // Provider contacts (content/{locale}/providers). Optional, so a plan can start without a providers section.
  faxes: keyedRecord('fax', 'careManagement', faxNumber).default({}),
  emails: keyedRecord('e-mail', 'claimsHelp', emailAddress).default({}),
  claims: claimsSchema.optional(),
  hours: localizedText,
  mailingAddress: z.array(z.string().trim().min(1), { error: 'list the address lines, one per line starting with "- "' }).min(2),
  // Other places members write to (grievances, hearings ...): <Address name="grievances" />.
  addresses: keyedRecord('address', 'grievances', postalAddressSchema).default({}),
  links: z.record(z.string(), z.url({ error: 'write the full address, starting with https://' })),
});
export type Plan = z.infer<typeof planSchema>;
export type PhoneName = string;

/** One public source of a page's facts: what it is, where it is, and the day someone read it. */
const sourceSchema = z.strictObject({
  title: z.string({ error: 'add the source\'s title' }).trim().min(3, 'the title is too short'),
  url: z.url({ protocol: /^https?$/, error: 'write the full address, starting with https://' }),
  read: isoDate,
});
export type PageSourceReference = z.infer<typeof sourceSchema>;

export const pageFrontmatterSchema = z.strictObject({
  title: z.string({ error: 'add a title' }).trim().min(3, 'the title is too short').max(70, 'keep the title to 70 characters or fewer'),
  description: z
    .string({ error: 'add a description (one sentence for search engines and sharing)' })
    .trim()
    .min(50, 'make the description at least 50 characters: one full sentence')
    .max(160, 'keep the description to 160 characters or fewer'),
  lastReviewed: isoDate,
  // Where the page's facts come from, for the plan's compliance review (npm run content:review).
  sources: z
    .array(sourceSchema, { error: 'list where the page\'s facts come from under "sources:", each with title, url and read' })
    .min(1, 'list at least one source: the public page each fact on this page comes from'),
  // Facts a person still has to check before the page is final; each entry says what to check.
  toConfirm: z
    .array(z.string({ error: 'write each item to confirm as one line of text starting with "- "' }).trim().min(10, 'say what staff must check, in a full sentence'), {
      error: 'list what staff must confirm, one line per item starting with "- "',
    })
    .optional(),
});
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

const internalOrExternalLink = z
  .string()
  .regex(/^(\/[a-z0-9\-/]*|https:\/\/\S+)$/, 'use a page address like /contact or a full https:// address');

const alertText = z.strictObject({
  title: z.string({ error: 'add a title' }).trim().min(3).max(120, 'keep the title to 120 characters or fewer'),
  body: z.string().trim().max(400, 'keep the text to 400 characters or fewer').optional(),
  link: internalOrExternalLink.optional(),
});

export const alertSchema = z
  .strictObject({
    start: isoDate,
    end: isoDate,
    kind: z.enum(['info', 'warning'], { error: 'kind is "info" or "warning"' }),
    ...(Object.fromEntries(routing.locales.map((locale) => [locale, alertText])) as Record<
      (typeof routing.locales)[number],
      typeof alertText
    >),
  })
  .refine((alert) => alert.end >= alert.start, { message: 'the end date is before the start date', path: ['end'] });
export type Alert = z.infer<typeof alertSchema>;

export const taglinesSchema = z.array(
  z.strictObject({
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language code like "vi" or "zh-Hant"'),
    language: z.string().trim().min(1, 'add the language name in its own script'),
    english: z.string().trim().min(1, 'add the English name of the language'),
    text: z
      .string()
      .trim()
      .refine((text) => text.split('{phone}').length === 2, 'put {phone} exactly once in the text')
      .refine((text) => text.split('{tty}').length === 2, 'put {tty} exactly once in the text'),
  }),
);
export type Tagline = z.infer<typeof taglinesSchema>[number];
