/** Reading stored resources and shaping them for the API: Plan-Net profile and lastUpdated from the row. */
import type { Database } from '@/lib/db';
import type { FhirResourceType } from './parameters';
import { raw, sql, table, textArray, type Sql } from './sql';

export type ResourceRow = { id: string; lastUpdated: Date; contentHash: string; resource: Record<string, unknown> };
export type FhirResource = Record<string, unknown> & { resourceType: string; id: string; meta?: Record<string, unknown> };

export const STRUCTURE_DEFINITION = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/';
const profileOf: Record<FhirResourceType, string> = {
  Endpoint: 'plannet-Endpoint',
  HealthcareService: 'plannet-HealthcareService',
  InsurancePlan: 'plannet-InsurancePlan',
  Location: 'plannet-Location',
  Organization: 'plannet-Organization',
  OrganizationAffiliation: 'plannet-OrganizationAffiliation',
  Practitioner: 'plannet-Practitioner',
  PractitionerRole: 'plannet-PractitionerRole',
};

export const rowColumns = (alias: string) => raw(`${alias}.id, ${alias}."lastUpdated", ${alias}."contentHash", ${alias}.resource`);

export async function rowsById(db: Database, type: FhirResourceType, ids: string[]): Promise<ResourceRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<ResourceRow[]>(sql`SELECT ${rowColumns('r')} FROM ${table(type)} r WHERE r.id = ANY(${textArray(ids)}) ORDER BY r.id`);
}

export async function queryRows(db: Database, statement: Sql): Promise<ResourceRow[]> {
  return db.$queryRaw<ResourceRow[]>(statement);
}

/**
 * The stored resource as the API serves it: the importer kept it whole. meta.lastUpdated is the row's
 * (the same instant, kept in the resource's own spelling when it matches), and meta.profile names the
 * Plan-Net profile even when the source left it out (a network is an Organization with the Network profile).
 */
export function toFhirResource(type: FhirResourceType, row: ResourceRow): FhirResource {
  const resource = row.resource;
  const meta = typeof resource.meta === 'object' && resource.meta !== null ? { ...(resource.meta as Record<string, unknown>) } : {};
  const lastUpdated = new Date(row.lastUpdated);
  if (typeof meta.lastUpdated !== 'string' || new Date(meta.lastUpdated).getTime() !== lastUpdated.getTime()) meta.lastUpdated = lastUpdated.toISOString();
  const profiles = Array.isArray(meta.profile) ? (meta.profile as unknown[]).filter((item): item is string => typeof item === 'string') : [];
  if (!profiles.some((profile) => profile.startsWith(STRUCTURE_DEFINITION))) {
    profiles.push(`${STRUCTURE_DEFINITION}${type === 'Organization' && isNetwork(resource) ? 'plannet-Network' : profileOf[type]}`);
  }
  meta.profile = profiles;
  // resourceType first: some streaming clients read it before deciding how to parse the rest.
  const body: Record<string, unknown> = { ...(identifierValuesAsText(resource) as Record<string, unknown>) };
  delete body.resourceType;
  delete body.id;
  delete body.meta;
  return { resourceType: type, id: row.id, meta, ...body } as FhirResource;
}

/**
 * Identifier.value written as a JSON number (the Plan-Net reference data does this, and the importer
 * accepts it) becomes the string FHIR requires, so every resource we serve is valid FHIR JSON.
 */
function identifierValuesAsText(value: unknown, inIdentifier = false): unknown {
  if (Array.isArray(value)) return value.map((item) => identifierValuesAsText(item, inIdentifier));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) =>
      inIdentifier && key === 'value' && typeof item === 'number' ? [key, String(item)] : [key, identifierValuesAsText(item, key === 'identifier')],
    ),
  );
}

function isNetwork(resource: Record<string, unknown>): boolean {
  const types = Array.isArray(resource.type) ? (resource.type as { coding?: { code?: string }[] }[]) : [];
  return types.some((concept) => (concept.coding ?? []).some((coding) => coding.code === 'ntwk'));
}

/** A weak ETag that changes whenever the stored content does. */
export const etagOf = (row: Pick<ResourceRow, 'contentHash'>) => `W/"${row.contentHash.slice(0, 20)}"`;
