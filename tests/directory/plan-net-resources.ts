/** Small Plan-Net resources for the mapper tests, parsed through the real schemas. */
import { contentHash } from '@/lib/directory/import/content-hash';
import { resourceSchemas, type ResourceOf } from '@/lib/directory/import/fhir/resources';
import type { Imported } from '@/lib/directory/import/mappers/shared';
import type { DirectoryResourceType } from '@/lib/directory/import/resource-types';
import type { Prisma } from '@/lib/generated/prisma/client';

const PLAN_NET = 'http://hl7.org/fhir/us/davinci-pdex-plan-net';
const OURS = 'https://directory.cco.example/fhir/StructureDefinition';

export function imported<T extends DirectoryResourceType>(type: T, json: Record<string, unknown>): Imported<ResourceOf<T>> {
  const full = { resourceType: type, meta: { lastUpdated: '2026-10-01T16:30:00-07:00' }, ...json };
  const resource = resourceSchemas[type].parse(full) as ResourceOf<T>;
  return { resource, json: full as Prisma.InputJsonObject, hash: contentHash(full) };
}

export const newPatients = (code: string) => ({
  url: `${PLAN_NET}/StructureDefinition/newpatients`,
  extension: [{ url: 'acceptingPatients', valueCodeableConcept: { coding: [{ system: `${PLAN_NET}/CodeSystem/AcceptingPatientsCS`, code }] } }],
});

export const deliveryMethod = (code: 'virtual' | 'physical') => ({
  url: `${PLAN_NET}/StructureDefinition/delivery-method`,
  extension: [{ url: 'type', valueCodeableConcept: { coding: [{ code }] } }],
});

export const accessibility = (codes: string[], text?: string) => ({
  url: `${PLAN_NET}/StructureDefinition/accessibility`,
  valueCodeableConcept: { coding: codes.map((code) => ({ code })), ...(text ? { text } : {}) },
});

export const interpreters = (...codes: string[]) => ({
  url: `${OURS}/interpreter-services`,
  valueCodeableConcept: { coding: codes.map((code) => ({ system: 'urn:ietf:bcp:47', code })) },
});

export const listingVerified = (date: string) => ({ url: `${OURS}/listing-verified`, valueDate: date });

export const networkReference = (id: string) => ({
  url: `${PLAN_NET}/StructureDefinition/network-reference`,
  valueReference: { reference: `Organization/${id}` },
});
