/**
 * For the FHIR API's tests: what each search parameter should find, computed in plain JavaScript from
 * a data set's resources, independently of the SQL the API runs.
 */
import type { DirectoryResourceType } from '@/lib/directory/import/resource-types';
import { at, type Dataset, type Resource } from './harness';

/** A JSON object whose elements are not typed: each is read as unknown. */
type Node = Record<string, unknown>;
export const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]) as Node[];
export const folded = (text: unknown) => String(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
export const startsWith = (texts: unknown[], value: string) => texts.some((text) => folded(text).startsWith(folded(value)));
export const extensionReferences = (resource: Resource, name: string) =>
  list(resource.extension)
    .filter((extension) => extension.url === `http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/${name}`)
    .map((extension) => at(extension, 'valueReference', 'reference'))
    .filter((reference): reference is string => typeof reference === 'string');
export const references = (value: unknown) => list(value).map((reference) => reference.reference as string);
export const codings = (concepts: unknown) => list(concepts).flatMap((concept) => list(concept.coding));
export const hasCode = (concepts: unknown, code: string, system?: string) =>
  codings(concepts).some((coding) => coding.code === code && (system === undefined || coding.system === system));

/** The references each reference parameter follows, as `Type/id`, per the SearchParameter paths. */
export const referencesOf: Record<DirectoryResourceType, Record<string, (resource: Resource) => string[]>> = {
  Endpoint: { organization: (r) => references(r.managingOrganization) },
  HealthcareService: {
    location: (r) => references(r.location),
    'coverage-area': (r) => references(r.coverageArea),
    organization: (r) => references(r.providedBy),
    endpoint: (r) => references(r.endpoint),
  },
  InsurancePlan: {
    'administered-by': (r) => references(r.administeredBy),
    'owned-by': (r) => references(r.ownedBy),
    'coverage-area': (r) => references(r.coverageArea),
  },
  Location: { partof: (r) => references(r.partOf), organization: (r) => references(r.managingOrganization), endpoint: (r) => references(r.endpoint) },
  Organization: {
    partof: (r) => references(r.partOf),
    endpoint: (r) => references(r.endpoint),
    'coverage-area': (r) => extensionReferences(r, 'location-reference'),
  },
  OrganizationAffiliation: {
    'primary-organization': (r) => references(r.organization),
    'participating-organization': (r) => references(r.participatingOrganization),
    location: (r) => references(r.location),
    service: (r) => references(r.healthcareService),
    network: (r) => references(r.network),
    endpoint: (r) => references(r.endpoint),
  },
  Practitioner: {},
  PractitionerRole: {
    practitioner: (r) => references(r.practitioner),
    organization: (r) => references(r.organization),
    location: (r) => references(r.location),
    service: (r) => references(r.healthcareService),
    network: (r) => extensionReferences(r, 'network-reference'),
    endpoint: (r) => references(r.endpoint),
  },
};

/** What a case reads from other resources than the one it tests: the targets of chained parameters. */
export type Lookups = {
  cityOf(reference: string): string | undefined;
  organizationName(reference: string): unknown;
  practitionerNames(reference: string): unknown[];
  /** The `source` resources that refer to `reference` (`Type/id`) through their reference parameter `name`: what `_has` reads. */
  referrers(source: DirectoryResourceType, name: string, reference: string): Resource[];
};

export function lookupsOf(dataset: Dataset): Lookups {
  const byId = (type: DirectoryResourceType) => new Map(dataset.resources(type).map((resource) => [`${type}/${resource.id}`, resource]));
  const locations = byId('Location');
  const organizations = byId('Organization');
  const practitioners = byId('Practitioner');
  return {
    cityOf: (reference) => {
      const city = at(locations.get(reference), 'address', 'city');
      return typeof city === 'string' ? city : undefined;
    },
    organizationName: (reference) => organizations.get(reference)?.name,
    practitionerNames: (reference) => nameTexts(practitioners.get(reference) ?? {}),
    referrers: (source, name, reference) => dataset.resources(source).filter((resource) => (referencesOf[source][name]?.(resource) ?? []).includes(reference)),
  };
}

/** A search and, for each resource of its type, whether the search should find it. */
export type SearchCase = { type: DirectoryResourceType; query: string; expected: (resource: Resource, lookups: Lookups) => boolean };

export const refers = (type: DirectoryResourceType, name: string, reference: string) => (r: Resource) =>
  (referencesOf[type][name]?.(r) ?? []).includes(reference);
export const addressTexts = (address: unknown) =>
  list(address).flatMap((a) => [...list(a.line), a.city, a.district, a.state, a.postalCode, a.country, a.text].filter(Boolean));
export const nameTexts = (r: Node) => list(r.name).flatMap((n) => [n.family, ...list(n.given), n.text, ...list(n.prefix), ...list(n.suffix)].filter(Boolean));
