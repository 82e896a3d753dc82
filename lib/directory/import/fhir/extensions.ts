/**
 * FHIR extensions, and the ones our columns read (docs/decisions/0002-directory-data.md). Unknown
 * extensions pass through; a known one that is malformed (an accepting-patients code Plan-Net does not
 * define, a listing-verified that is not a date) is an import error at its exact path, because the
 * column it feeds would otherwise be silently wrong.
 */
import { z } from 'zod';
import { codeableConceptSchema, referenceSchema, type CodeableConcept } from './common';

const PLAN_NET = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/';
const OURS = 'https://directory.cco.example/fhir/StructureDefinition/';

export const extensionUrls = {
  newPatients: `${PLAN_NET}newpatients`,
  deliveryMethod: `${PLAN_NET}delivery-method`,
  accessibility: `${PLAN_NET}accessibility`,
  networkReference: `${PLAN_NET}network-reference`,
  listingVerified: `${OURS}listing-verified`,
  interpreterServices: `${OURS}interpreter-services`,
} as const;

export const acceptingPatientsCodes = ['newpt', 'nopt', 'existptonly', 'existptfam'] as const;
export type AcceptingPatientsCode = (typeof acceptingPatientsCodes)[number];
export const deliveryMethodCodes = ['virtual', 'physical'] as const;
export const BCP47_SYSTEM = 'urn:ietf:bcp:47';

export type Extension = {
  url: string;
  extension?: Extension[] | undefined;
  valueCodeableConcept?: CodeableConcept | undefined;
  valueReference?: { reference?: string | undefined; display?: string | undefined } | undefined;
  valueDate?: string | undefined;
  [element: string]: unknown;
};

export const extensionSchema: z.ZodType<Extension> = z.looseObject({
  url: z.string({ error: 'every extension needs its url' }),
  get extension() {
    return z.array(extensionSchema).optional();
  },
  valueCodeableConcept: codeableConceptSchema.optional(),
  // Checked as a directory reference only in the extensions we read (network-reference).
  valueReference: z.looseObject({ reference: z.string().optional(), display: z.string().optional() }).optional(),
  valueDate: z.string().optional(),
});

/** A codeable concept with at least one coding whose code is one of `codes`. */
function conceptWithCode(codes: readonly string[]) {
  return z.looseObject({
    coding: z
      .array(z.looseObject({ code: z.string().optional() }))
      .refine((codings) => codings.some((coding) => coding.code && codes.includes(coding.code)), `use one of the codes ${codes.join(', ')}`),
  });
}

const subExtension = (url: string, value: z.ZodType) => z.looseObject({ url: z.literal(url), valueCodeableConcept: value });

/** Checks for the extensions we read, by URL. */
const knownExtensionSchemas: Record<string, z.ZodType> = {
  [extensionUrls.newPatients]: z
    .looseObject({
      extension: z
        .array(z.looseObject({ url: z.string() }))
        .refine((parts) => parts.some((part) => part.url === 'acceptingPatients'), 'add the acceptingPatients part'),
    })
    .superRefine((value, context) => {
      value.extension.forEach((part, index) => {
        if (part.url !== 'acceptingPatients') return;
        const parsed = subExtension('acceptingPatients', conceptWithCode(acceptingPatientsCodes)).safeParse(part);
        for (const issue of parsed.error?.issues ?? []) context.addIssue({ code: 'custom', message: issue.message, path: ['extension', index, ...issue.path] });
      });
    }),
  [extensionUrls.deliveryMethod]: z
    .looseObject({
      extension: z.array(z.looseObject({ url: z.string() })).optional(),
    })
    .superRefine((value, context) => {
      (value.extension ?? []).forEach((part, index) => {
        if (part.url !== 'type') return;
        const parsed = subExtension('type', conceptWithCode(deliveryMethodCodes)).safeParse(part);
        for (const issue of parsed.error?.issues ?? []) context.addIssue({ code: 'custom', message: issue.message, path: ['extension', index, ...issue.path] });
      });
    }),
  [extensionUrls.accessibility]: z.looseObject({ valueCodeableConcept: codeableConceptSchema }),
  [extensionUrls.networkReference]: z.looseObject({ valueReference: referenceSchema('Organization') }),
  [extensionUrls.listingVerified]: z.looseObject({ valueDate: z.iso.date({ error: 'write the date as YYYY-MM-DD' }) }),
  [extensionUrls.interpreterServices]: z.looseObject({
    valueCodeableConcept: z.looseObject({
      coding: z.array(z.looseObject({ system: z.literal(BCP47_SYSTEM, { error: `use the system ${BCP47_SYSTEM}` }), code: z.string().min(2) })).min(1),
    }),
  }),
};

/** A resource's `extension` list, with the known extensions checked in place. */
export const extensionListSchema = z.array(extensionSchema).superRefine((extensions, context) => {
  extensions.forEach((extension, index) => {
    const known = knownExtensionSchemas[extension.url];
    const parsed = known?.safeParse(extension);
    for (const issue of parsed?.error?.issues ?? []) {
      context.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
    }
  });
});
