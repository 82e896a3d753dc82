/**
 * The references our tables join on, with the field each sits in, and the check that every one points
 * at a resource in this import or already in the database. A dangling reference would otherwise fail
 * on a foreign key halfway through the transaction, with a message naming no file or line.
 */
import { extensionUrls } from './fhir/extensions';
import type { Reference } from './fhir/common';
import type { ResourceOf } from './fhir/resources';
import type { ImportIssue } from './issues';
import type { ResourcesByType } from './read-folder';
import { directoryResourceTypes, type DirectoryResourceType } from './resource-types';

export type ResourceReference = { field: string; type: DirectoryResourceType; id: string };

function one(field: string, reference: Reference | undefined): ResourceReference[] {
  if (!reference) return [];
  const [type, id] = reference.reference.split('/') as [DirectoryResourceType, string];
  return [{ field: `${field}.reference`, type, id }];
}

function many(field: string, references: Reference[] | undefined): ResourceReference[] {
  return (references ?? []).flatMap((reference, index) => one(`${field}[${index}]`, reference));
}

function networkExtensions(resource: ResourceOf<'PractitionerRole'>): ResourceReference[] {
  return (resource.extension ?? []).flatMap((extension, index) => {
    const reference = extension.url === extensionUrls.networkReference ? extension.valueReference?.reference : undefined;
    return reference ? one(`extension[${index}].valueReference`, { reference }) : [];
  });
}

/** The references of one resource that our columns, join tables and foreign keys depend on. */
export function referencesOf<T extends DirectoryResourceType>(type: T, resource: ResourceOf<T>): ResourceReference[] {
  // The switch narrows `type`, not `resource`; each cast restates what the type guarantees.
  switch (type) {
    case 'Organization':
      return one('partOf', (resource as ResourceOf<'Organization'>).partOf);
    case 'Location':
      return one('managingOrganization', (resource as ResourceOf<'Location'>).managingOrganization);
    case 'Practitioner':
      return [];
    case 'HealthcareService': {
      const service = resource as ResourceOf<'HealthcareService'>;
      return [...one('providedBy', service.providedBy), ...many('location', service.location)];
    }
    case 'PractitionerRole': {
      const role = resource as ResourceOf<'PractitionerRole'>;
      return [
        ...one('practitioner', role.practitioner),
        ...one('organization', role.organization),
        ...many('location', role.location),
        ...many('healthcareService', role.healthcareService),
        ...networkExtensions(role),
      ];
    }
    case 'OrganizationAffiliation': {
      const affiliation = resource as ResourceOf<'OrganizationAffiliation'>;
      return [
        ...one('organization', affiliation.organization),
        ...one('participatingOrganization', affiliation.participatingOrganization),
        ...many('network', affiliation.network),
        ...many('location', affiliation.location),
        ...many('healthcareService', affiliation.healthcareService),
      ];
    }
    case 'InsurancePlan': {
      const plan = resource as ResourceOf<'InsurancePlan'>;
      return [...one('ownedBy', plan.ownedBy), ...one('administeredBy', plan.administeredBy), ...many('network', plan.network)];
    }
    case 'Endpoint':
      return one('managingOrganization', (resource as ResourceOf<'Endpoint'>).managingOrganization);
    default:
      return [];
  }
}

/** Returns which of `ids` of `type` exist in the database. */
export type ExistingIds = (type: DirectoryResourceType, ids: string[]) => Promise<Set<string>>;

export async function findDanglingReferences(resources: ResourcesByType, existingIds: ExistingIds): Promise<ImportIssue[]> {
  const imported = new Map(directoryResourceTypes.map((type) => [type, new Set(resources[type].map((line) => line.resource.id))]));
  const pending: { file: string; line: number; reference: ResourceReference }[] = [];
  for (const type of directoryResourceTypes) {
    for (const line of resources[type]) {
      for (const reference of referencesOf(type, line.resource)) {
        if (!imported.get(reference.type)?.has(reference.id)) pending.push({ file: line.file, line: line.line, reference });
      }
    }
  }
  const found = new Map<DirectoryResourceType, Set<string>>();
  for (const type of directoryResourceTypes) {
    const ids = [...new Set(pending.filter((item) => item.reference.type === type).map((item) => item.reference.id))];
    if (ids.length > 0) found.set(type, await existingIds(type, ids));
  }
  return pending
    .filter((item) => !found.get(item.reference.type)?.has(item.reference.id))
    .map((item) => ({
      file: item.file,
      line: item.line,
      field: item.reference.field,
      message: `${item.reference.type}/${item.reference.id} is neither in this import nor in the database; add it to ${item.reference.type}.ndjson`,
    }));
}
