/**
 * The search parameters the API supports, per resource type: exactly the ones the Plan-Net
 * CapabilityStatement marks SHALL, read as the SearchParameter definitions there say (paths, targets).
 * Each says where the value lives: an indexed column the importer fills (fast), or a JSON path into the
 * stored resource (for elements no column models). Paths are SQL/JSON paths in lax mode, so
 * `$.address.city` reads an address object or each address of a list.
 */
import { directoryResourceTypes, type DirectoryResourceType } from '@/lib/directory/import/resource-types';

/** The drug list's Da Vinci US Drug Formulary types (FormularyDrug, FormularyItem), read from views over FormularyEntry. */
export const formularyResourceTypes = ['MedicationKnowledge', 'Basic'] as const;
export type FormularyResourceType = (typeof formularyResourceTypes)[number];
export const fhirResourceTypes = [...directoryResourceTypes, ...formularyResourceTypes] as const;
export type FhirResourceType = DirectoryResourceType | FormularyResourceType;

export function isFhirResourceType(name: string): name is FhirResourceType {
  return (fhirResourceTypes as readonly string[]).includes(name);
}

/** Where a reference's target ids live. */
export type ReferenceSource = { column: string } | { arrayColumn: string } | { joinTable: string; ownColumn: string; targetColumn: string } | { path: string };

export type TokenParameter = {
  kind: 'token';
  /** Path to CodeableConcepts (or Identifiers when `identifier`). */
  path: string;
  identifier?: boolean;
  /** A text[] column of the same codes, with a GIN index; `system`: it only holds codes of that system (or none). */
  codes?: { column: string; system?: string };
  /** A text[] column of tokensOf() the same concepts, with a GIN index: answers every system|code form alone. */
  tokensColumn?: string;
  /** The path reaches a `code` (a string whose system the element fixes), not CodeableConcepts: a system is not compared. */
  plainCode?: boolean;
};
export type StringParameter = {
  kind: 'string';
  paths: string[];
  /** A column holding the same text through normalizeForSearch, read instead of the paths (except for :exact). */
  normalizedColumn?: string;
};
export type ReferenceParameter = {
  kind: 'reference';
  target: FhirResourceType;
  source: ReferenceSource;
  /**
   * Chained string parameters of the target answered from a text[] column of this table holding the
   * target's normalized column for every referenced row (the importer keeps it), so the chain needs
   * no join: `location.address-city` → PractitionerRole.locationCities.
   */
  chainedColumns?: Record<string, string>;
};
export type DateParameter = { kind: 'date'; column: string };
export type IdParameter = { kind: 'id' };
export type SearchParameter = (TokenParameter | StringParameter | ReferenceParameter | DateParameter | IdParameter) & {
  /** The canonical URL of the definition, for the CapabilityStatement. */
  definition: string;
};

const usdf = (name: string) => `http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/${name}`;
const usdfExtension = (name: string, value: string) =>
  `$.extension ? (@.url == "http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/${name}").${value}`;
const planNet = (name: string) => `http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/${name}`;
const extensionPath = (name: string) =>
  `$.extension ? (@.url == "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/${name}").valueReference.reference`;

const common: Record<string, SearchParameter> = {
  _id: { kind: 'id', definition: 'http://hl7.org/fhir/SearchParameter/Resource-id' },
  _lastUpdated: { kind: 'date', column: 'lastUpdated', definition: 'http://hl7.org/fhir/SearchParameter/Resource-lastUpdated' },
};

const reference = (definition: string, target: FhirResourceType, source: ReferenceSource, chainedColumns?: Record<string, string>): SearchParameter => ({
  kind: 'reference',
  target,
  source,
  chainedColumns,
  definition: planNet(definition),
});
const token = (definition: string, path: string, codes?: TokenParameter['codes']): SearchParameter => ({
  kind: 'token',
  path,
  codes,
  definition: planNet(definition),
});
const string = (definition: string, ...paths: string[]): SearchParameter => ({ kind: 'string', paths, definition: planNet(definition) });

const addressParts = ['line[*]', 'city', 'district', 'state', 'postalCode', 'country', 'text'];
const NUCC = 'http://nucc.org/provider-taxonomy';

const directoryParameters: Record<DirectoryResourceType, Record<string, SearchParameter>> = {
  Endpoint: {
    ...common,
    organization: reference('endpoint-organization', 'Organization', { column: 'managingOrganizationId' }),
  },
  HealthcareService: {
    ...common,
    location: reference('healthcareservice-location', 'Location', { arrayColumn: 'locationIds' }),
    'coverage-area': reference('healthcareservice-coverage-area', 'Location', { path: '$.coverageArea.reference' }),
    organization: reference('healthcareservice-organization', 'Organization', { column: 'providedById' }),
    endpoint: reference('healthcareservice-endpoint', 'Endpoint', { path: '$.endpoint.reference' }),
    name: string('healthcareservice-name', '$.name'),
    'service-category': token('healthcareservice-service-category', '$.category', { column: 'categoryCodes' }),
    'service-type': token('healthcareservice-service-type', '$.type'),
    specialty: token('healthcareservice-specialty', '$.specialty', { column: 'specialtyCodes', system: NUCC }),
  },
  InsurancePlan: {
    ...common,
    'administered-by': reference('insuranceplan-administered-by', 'Organization', { column: 'administeredById' }),
    'owned-by': reference('insuranceplan-owned-by', 'Organization', { column: 'ownedById' }),
    'coverage-area': reference('insuranceplan-coverage-area', 'Location', { path: '$.coverageArea.reference' }),
    name: string('insuranceplan-name', '$.name', '$.alias[*]'),
    'plan-type': token('insuranceplan-plan-type', '$.plan.type'),
    identifier: { kind: 'token', path: '$.identifier', identifier: true, definition: planNet('insuranceplan-identifier') },
    type: token('insuranceplan-type', '$.type', { column: 'typeCodes' }),
    // The US Drug Formulary's own SHALL parameters, for the drug list's formularies served beside the plans.
    status: { kind: 'token', path: '$.status', plainCode: true, definition: usdf('InsurancePlan-status') },
    'coverage-type': { kind: 'token', path: '$.coverage.type', definition: usdf('InsurancePlan-coverage-type') },
    'formulary-coverage': {
      kind: 'reference',
      target: 'InsurancePlan',
      source: { path: `$.coverage.${usdfExtension('usdf-FormularyReference-extension', 'valueReference.reference').slice(2)}` },
      definition: usdf('InsurancePlan-formulary-coverage'),
    },
  },
  Location: {
    ...common,
    partof: reference('location-partof', 'Location', { path: '$.partOf.reference' }),
    organization: reference('location-organization', 'Organization', { column: 'managingOrganizationId' }),
    endpoint: reference('location-endpoint', 'Endpoint', { path: '$.endpoint.reference' }),
    'address-city': { kind: 'string', paths: ['$.address.city'], normalizedColumn: 'searchCity', definition: planNet('location-address-city') },
    'address-state': string('location-address-state', '$.address.state'),
    'address-postalcode': string('location-address-postalcode', '$.address.postalCode'),
    address: string('location-address', ...addressParts.map((part) => `$.address.${part}`)),
    type: token('location-type', '$.type'),
  },
  Organization: {
    ...common,
    partof: reference('organization-partof', 'Organization', { column: 'partOfId' }),
    endpoint: reference('organization-endpoint', 'Endpoint', { path: '$.endpoint.reference' }),
    address: string('organization-address', ...addressParts.map((part) => `$.address.${part}`)),
    name: string('organization-name', '$.name', '$.alias[*]'),
    type: token('organization-type', '$.type', { column: 'typeCodes' }),
    'coverage-area': reference('organization-coverage-area', 'Location', { path: extensionPath('location-reference') }),
  },
  OrganizationAffiliation: {
    ...common,
    'primary-organization': reference('organizationaffiliation-primary-organization', 'Organization', { column: 'organizationId' }),
    'participating-organization': reference('organizationaffiliation-participating-organization', 'Organization', { column: 'participatingOrganizationId' }),
    location: reference('organizationaffiliation-location', 'Location', { arrayColumn: 'locationIds' }),
    service: reference('organizationaffiliation-service', 'HealthcareService', { arrayColumn: 'healthcareServiceIds' }),
    network: reference('organizationaffiliation-network', 'Organization', { arrayColumn: 'networkIds' }),
    endpoint: reference('organizationaffiliation-endpoint', 'Endpoint', { path: '$.endpoint.reference' }),
    role: token('organizationaffiliation-role', '$.code', { column: 'roleCodes' }),
    specialty: token('organizationaffiliation-specialty', '$.specialty', { column: 'specialtyCodes', system: NUCC }),
  },
  Practitioner: {
    ...common,
    name: string('practitioner-name', '$.name.family', '$.name.given[*]', '$.name.text', '$.name.prefix[*]', '$.name.suffix[*]'),
    family: string('practitioner-family-name', '$.name.family'),
    given: string('practitioner-given-name', '$.name.given[*]'),
  },
  PractitionerRole: {
    ...common,
    practitioner: reference('practitionerrole-practitioner', 'Practitioner', { column: 'practitionerId' }),
    organization: reference('practitionerrole-organization', 'Organization', { column: 'organizationId' }),
    location: reference(
      'practitionerrole-location',
      'Location',
      { joinTable: 'PractitionerRoleLocation', ownColumn: 'roleId', targetColumn: 'locationId' },
      { 'address-city': 'locationCities' },
    ),
    service: reference('practitionerrole-service', 'HealthcareService', { arrayColumn: 'healthcareServiceIds' }),
    network: reference('practitionerrole-network', 'Organization', { joinTable: 'PractitionerRoleNetwork', ownColumn: 'roleId', targetColumn: 'networkId' }),
    endpoint: reference('practitionerrole-endpoint', 'Endpoint', { path: '$.endpoint.reference' }),
    role: token('practitionerrole-role', '$.code', { column: 'roleCodes' }),
    specialty: { kind: 'token', path: '$.specialty', tokensColumn: 'specialtyTokens', definition: planNet('practitionerrole-specialty') },
  },
};

/**
 * The Da Vinci US Drug Formulary's SHALL parameters, read from its SearchParameter definitions. Not
 * here, so named as unsupported when asked: `period` (dates inside an extension's Period) and
 * `pharmacy-benefit-type` (the sample and the plan's list do not record it).
 */
const formularyParameters: Record<FormularyResourceType, Record<string, SearchParameter>> = {
  MedicationKnowledge: {
    _id: common._id as SearchParameter,
    _lastUpdated: { kind: 'date', column: 'lastUpdated', definition: usdf('MedicationKnowledge-lastupdated') },
    code: { kind: 'token', path: '$.code', definition: usdf('MedicationKnowledge-code') },
    'drug-name': { kind: 'string', paths: ['$.code.coding[*].display', '$.synonym[*]'], definition: usdf('MedicationKnowledge-drug-name') },
    doseform: { kind: 'token', path: '$.doseForm', definition: usdf('MedicationKnowledge-doseform') },
    status: { kind: 'token', path: '$.status', plainCode: true, definition: usdf('MedicationKnowledge-status') },
  },
  Basic: {
    _id: common._id as SearchParameter,
    _lastUpdated: { kind: 'date', column: 'lastUpdated', definition: usdf('Basic-lastupdated') },
    code: { kind: 'token', path: '$.code', definition: usdf('Basic-code') },
    subject: { kind: 'reference', target: 'MedicationKnowledge', source: { path: '$.subject.reference' }, definition: usdf('Basic-subject') },
    formulary: {
      kind: 'reference',
      target: 'InsurancePlan',
      source: { path: usdfExtension('usdf-FormularyReference-extension', 'valueReference.reference') },
      definition: usdf('Basic-formulary'),
    },
    status: { kind: 'token', path: usdfExtension('usdf-AvailabilityStatus-extension', 'valueCode'), plainCode: true, definition: usdf('Basic-status') },
    'drug-tier': { kind: 'token', path: usdfExtension('usdf-DrugTierID-extension', 'valueCodeableConcept'), definition: usdf('Basic-drug-tier') },
  },
};
export const searchParameters: Record<FhirResourceType, Record<string, SearchParameter>> = { ...directoryParameters, ...formularyParameters };

/** `_include` values per type: every reference parameter of the type (a superset of Plan-Net's SHALL list). */
export function includesOf(type: FhirResourceType): string[] {
  return Object.entries(searchParameters[type]).flatMap(([name, parameter]) => (parameter.kind === 'reference' ? [`${type}:${name}`] : []));
}

/** `_revinclude` values per type: every reference parameter of any type that points at it. */
export function revIncludesOf(type: FhirResourceType): string[] {
  return fhirResourceTypes.flatMap((source) =>
    Object.entries(searchParameters[source]).flatMap(([name, parameter]) =>
      parameter.kind === 'reference' && parameter.target === type ? [`${source}:${name}`] : [],
    ),
  );
}
