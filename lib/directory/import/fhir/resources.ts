/**
 * The eight Plan-Net resources the directory imports. Each checks `resourceType`, `id`,
 * `meta.lastUpdated` (Plan-Net requires it; we use it to skip unchanged resources and to date a listing)
 * and the elements our columns are built from; everything else passes through into `resource`.
 */
import { z } from 'zod';
import type { DirectoryResourceType } from '../resource-types';
import {
  addressSchema,
  codeableConceptSchema,
  codingSchema,
  contactPointSchema,
  fhirIdSchema,
  humanNameSchema,
  identifierSchema,
  metaSchema,
  referenceSchema,
} from './common';
import { extensionListSchema } from './extensions';

function resourceBase<T extends DirectoryResourceType>(type: T) {
  return {
    resourceType: z.literal(type, { error: `this file holds ${type} resources; put other types in their own <Type>.ndjson` }),
    id: fhirIdSchema,
    meta: metaSchema,
    extension: extensionListSchema.optional(),
    identifier: z.array(identifierSchema).optional(),
  };
}

const concepts = z.array(codeableConceptSchema).optional();
const telecom = z.array(contactPointSchema).optional();

export const organizationSchema = z.looseObject({
  ...resourceBase('Organization'),
  active: z.boolean().optional(),
  name: z.string().optional(),
  type: concepts,
  telecom,
  address: z.array(addressSchema).optional(),
  partOf: referenceSchema('Organization').optional(),
});

export const locationSchema = z.looseObject({
  ...resourceBase('Location'),
  status: z.enum(['active', 'suspended', 'inactive']).optional(),
  name: z.string().optional(),
  telecom,
  address: addressSchema.optional(),
  position: z
    .looseObject({
      latitude: z.number().min(-90, 'a latitude is between -90 and 90').max(90, 'a latitude is between -90 and 90'),
      longitude: z.number().min(-180, 'a longitude is between -180 and 180').max(180, 'a longitude is between -180 and 180'),
    })
    .optional(),
  managingOrganization: referenceSchema('Organization').optional(),
  hoursOfOperation: z
    .array(
      z.looseObject({
        daysOfWeek: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).optional(),
        allDay: z.boolean().optional(),
        openingTime: z.iso.time({ error: 'write the time as HH:MM:SS' }).optional(),
        closingTime: z.iso.time({ error: 'write the time as HH:MM:SS' }).optional(),
      }),
    )
    .optional(),
});

export const practitionerSchema = z.looseObject({
  ...resourceBase('Practitioner'),
  active: z.boolean().optional(),
  // Plan-Net requires a name with a family name; a listing without one cannot be shown or searched.
  name: z.array(humanNameSchema.extend({ family: z.string({ error: 'add the family name' }).trim().min(1) })).min(1, 'add a name'),
  telecom,
  gender: z.enum(['male', 'female', 'other', 'unknown'], { error: 'use male, female, other or unknown' }).optional(),
  communication: concepts,
});

export const practitionerRoleSchema = z.looseObject({
  ...resourceBase('PractitionerRole'),
  active: z.boolean().optional(),
  practitioner: referenceSchema('Practitioner').optional(),
  organization: referenceSchema('Organization').optional(),
  code: concepts,
  specialty: concepts,
  location: z.array(referenceSchema('Location')).optional(),
  healthcareService: z.array(referenceSchema('HealthcareService')).optional(),
  telecom,
});

export const healthcareServiceSchema = z.looseObject({
  ...resourceBase('HealthcareService'),
  active: z.boolean().optional(),
  providedBy: referenceSchema('Organization').optional(),
  category: concepts,
  specialty: concepts,
  location: z.array(referenceSchema('Location')).optional(),
  name: z.string().optional(),
  telecom,
  communication: concepts,
  eligibility: z.array(z.looseObject({ code: codeableConceptSchema.optional(), comment: z.string().optional() })).optional(),
});

export const organizationAffiliationSchema = z.looseObject({
  ...resourceBase('OrganizationAffiliation'),
  active: z.boolean().optional(),
  organization: referenceSchema('Organization').optional(),
  participatingOrganization: referenceSchema('Organization').optional(),
  network: z.array(referenceSchema('Organization')).optional(),
  code: concepts,
  specialty: concepts,
  location: z.array(referenceSchema('Location')).optional(),
  healthcareService: z.array(referenceSchema('HealthcareService')).optional(),
});

export const insurancePlanSchema = z.looseObject({
  ...resourceBase('InsurancePlan'),
  status: z.enum(['draft', 'active', 'retired', 'unknown']).optional(),
  type: concepts,
  name: z.string().optional(),
  ownedBy: referenceSchema('Organization').optional(),
  administeredBy: referenceSchema('Organization').optional(),
  network: z.array(referenceSchema('Organization')).optional(),
});

export const endpointSchema = z.looseObject({
  ...resourceBase('Endpoint'),
  status: z.enum(['active', 'suspended', 'error', 'off', 'entered-in-error', 'test'], { error: 'add the status (active, off ...)' }),
  connectionType: codingSchema.extend({ code: z.string({ error: 'add the connection type code' }) }),
  name: z.string().optional(),
  managingOrganization: referenceSchema('Organization').optional(),
  address: z.string({ error: 'add the address (the URL of the endpoint)' }).min(1),
});

export type OrganizationResource = z.infer<typeof organizationSchema>;
export type LocationResource = z.infer<typeof locationSchema>;
export type PractitionerResource = z.infer<typeof practitionerSchema>;
export type PractitionerRoleResource = z.infer<typeof practitionerRoleSchema>;
export type HealthcareServiceResource = z.infer<typeof healthcareServiceSchema>;
export type OrganizationAffiliationResource = z.infer<typeof organizationAffiliationSchema>;
export type InsurancePlanResource = z.infer<typeof insurancePlanSchema>;
export type EndpointResource = z.infer<typeof endpointSchema>;

export const resourceSchemas = {
  Organization: organizationSchema,
  Location: locationSchema,
  Practitioner: practitionerSchema,
  HealthcareService: healthcareServiceSchema,
  PractitionerRole: practitionerRoleSchema,
  OrganizationAffiliation: organizationAffiliationSchema,
  InsurancePlan: insurancePlanSchema,
  Endpoint: endpointSchema,
} as const satisfies Record<DirectoryResourceType, z.ZodType>;

export type ResourceOf<T extends DirectoryResourceType> = z.infer<(typeof resourceSchemas)[T]>;
