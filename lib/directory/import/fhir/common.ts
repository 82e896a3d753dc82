/**
 * zod schemas for the FHIR R4 datatypes the Plan-Net resources we import are built from. Objects are
 * loose: FHIR elements we do not model pass through untouched and are kept in the stored resource.
 * Only what our columns depend on is checked, with messages that tell a data steward what to fix.
 */
import { z } from 'zod';
import type { DirectoryResourceType } from '../resource-types';

/** FHIR `id`: 1-64 letters, digits, `-` and `.`. */
export const fhirIdSchema = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'use 1-64 letters, digits, "-" or "." (a FHIR id)');

export const metaSchema = z.looseObject({
  // Missing and malformed say which: a missing value can be filled with --fill-missing-last-updated.
  lastUpdated: z.iso.datetime({
    offset: true,
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: write when the resource last changed, as a FHIR instant like 2026-11-20T09:30:00Z (or import with --fill-missing-last-updated)'
        : 'is not a FHIR instant with a time zone: write it like 2026-11-20T09:30:00Z',
  }),
  profile: z.array(z.string()).optional(),
});

export const codingSchema = z.looseObject({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
export type Coding = z.infer<typeof codingSchema>;

export const codeableConceptSchema = z.looseObject({
  coding: z.array(codingSchema).optional(),
  text: z.string().optional(),
});
export type CodeableConcept = z.infer<typeof codeableConceptSchema>;

export const identifierSchema = z.looseObject({
  system: z.string().optional(),
  // FHIR says string; the Plan-Net reference data writes some values as JSON numbers. Accepted, read as text.
  value: z.union([z.string(), z.number()]).optional(),
});

export const contactPointSchema = z.looseObject({
  system: z.enum(['phone', 'fax', 'email', 'pager', 'url', 'sms', 'other']).optional(),
  value: z.string().optional(),
  use: z.string().optional(),
});
export type ContactPoint = z.infer<typeof contactPointSchema>;

export const addressSchema = z.looseObject({
  text: z.string().optional(),
  line: z.array(z.string()).optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});
export type Address = z.infer<typeof addressSchema>;

export const humanNameSchema = z.looseObject({
  use: z.string().optional(),
  text: z.string().optional(),
  family: z.string().optional(),
  given: z.array(z.string()).optional(),
  prefix: z.array(z.string()).optional(),
  suffix: z.array(z.string()).optional(),
});
export type HumanName = z.infer<typeof humanNameSchema>;

/**
 * A relative reference to one of the given types, `Type/id`: our tables join on the id, so absolute
 * URLs and contained references cannot be resolved and are refused here rather than lost later.
 */
export function referenceSchema(...types: [DirectoryResourceType, ...DirectoryResourceType[]]) {
  const pattern = new RegExp(`^(${types.join('|')})/[A-Za-z0-9\\-.]{1,64}$`);
  const example = types.map((type) => `"${type}/<id>"`).join(' or ');
  return z.looseObject({
    reference: z.string({ error: `add the reference, like ${example}` }).regex(pattern, `write the reference as ${example}`),
    display: z.string().optional(),
  });
}
export type Reference = { reference: string; display?: string | undefined };

/** The id in `Type/id`; the schema has already checked the shape. */
export function referencedId(reference: Reference | undefined): string | null {
  if (!reference) return null;
  const slash = reference.reference.indexOf('/');
  return slash < 0 ? null : reference.reference.slice(slash + 1);
}
