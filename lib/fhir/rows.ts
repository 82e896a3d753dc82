/** Reading stored resources and shaping them for the API: Plan-Net profile and lastUpdated from the row. */
import type { Database } from '@/lib/db';
import type { FhirResourceType } from './parameters';
import { raw, sql, table, textArray, type Sql } from './sql';

export type ResourceRow = { id: string; lastUpdated: Date; contentHash: string; resource: Record<string, unknown> };
export type FhirResource = Record<string, unknown> & { resourceType: string; id: string; meta?: Record<string, unknown> };

export const STRUCTURE_DEFINITION = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/';
const USDF_STRUCTURE_DEFINITION = 'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/';
/** The profile each type is served with (the directory's Plan-Net profiles, the drug list's US Drug Formulary ones). */
export const profileOf: Record<FhirResourceType, string> = {
  Endpoint: `${STRUCTURE_DEFINITION}plannet-Endpoint`,
  HealthcareService: `${STRUCTURE_DEFINITION}plannet-HealthcareService`,
  InsurancePlan: `${STRUCTURE_DEFINITION}plannet-InsurancePlan`,
  Location: `${STRUCTURE_DEFINITION}plannet-Location`,
  Organization: `${STRUCTURE_DEFINITION}plannet-Organization`,
  OrganizationAffiliation: `${STRUCTURE_DEFINITION}plannet-OrganizationAffiliation`,
  Practitioner: `${STRUCTURE_DEFINITION}plannet-Practitioner`,
  PractitionerRole: `${STRUCTURE_DEFINITION}plannet-PractitionerRole`,
  MedicationKnowledge: `${USDF_STRUCTURE_DEFINITION}usdf-FormularyDrug`,
  Basic: `${USDF_STRUCTURE_DEFINITION}usdf-FormularyItem`,
};
const profileFamily = (type: FhirResourceType) => (type === 'MedicationKnowledge' || type === 'Basic' ? USDF_STRUCTURE_DEFINITION : STRUCTURE_DEFINITION);

export const rowColumns = (alias: string) => raw(`${alias}.id, ${alias}."lastUpdated", ${alias}."contentHash", ${alias}.resource`);

export async function rowsById(db: Database, type: FhirResourceType, ids: string[]): Promise<ResourceRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<ResourceRow[]>(sql`SELECT ${rowColumns('r')} FROM ${table(type)} r WHERE r.id = ANY(${textArray(ids)}) ORDER BY r.id`);
}

/** A resource read by id (an InsurancePlan may be the directory's or one of the drug list's formularies). */
export async function rowById(db: Database, type: FhirResourceType, id: string): Promise<ResourceRow | undefined> {
  const [row] = await rowsById(db, type, [id]);
  return row;
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
  // A resource that names no profile of its guide is served with its type's (a formulary kept by the
  // drug list's import is an InsurancePlan of the US Drug Formulary, never a Plan-Net one).
  const family = type === 'InsurancePlan' && isFormulary(resource) ? USDF_STRUCTURE_DEFINITION : profileFamily(type);
  if (!profiles.some((profile) => profile.startsWith(family))) {
    profiles.push(
      type === 'Organization' && isNetwork(resource)
        ? `${STRUCTURE_DEFINITION}plannet-Network`
        : family === USDF_STRUCTURE_DEFINITION && type === 'InsurancePlan'
          ? `${USDF_STRUCTURE_DEFINITION}usdf-Formulary`
          : profileOf[type],
    );
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

/** A formulary's InsurancePlan (the drug list keeps them): a US Drug Formulary profile, or its product type `formulary`. */
function isFormulary(resource: Record<string, unknown>): boolean {
  const types = Array.isArray(resource.type) ? (resource.type as { coding?: { system?: string; code?: string }[] }[]) : [];
  const profiles = (resource.meta as { profile?: unknown } | undefined)?.profile;
  return (
    (Array.isArray(profiles) && profiles.some((profile) => typeof profile === 'string' && profile.startsWith(USDF_STRUCTURE_DEFINITION))) ||
    types.some((concept) => (concept.coding ?? []).some((coding) => coding.code === 'formulary' && (coding.system ?? '').includes('davinci-drug-formulary')))
  );
}

function isNetwork(resource: Record<string, unknown>): boolean {
  const types = Array.isArray(resource.type) ? (resource.type as { coding?: { code?: string }[] }[]) : [];
  return types.some((concept) => (concept.coding ?? []).some((coding) => coding.code === 'ntwk'));
}

/** A weak ETag that changes whenever the stored content does. */
export const etagOf = (row: Pick<ResourceRow, 'contentHash'>) => `W/"${row.contentHash.slice(0, 20)}"`;
