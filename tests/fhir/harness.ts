/**
 * For the FHIR API's database tests: a data set of Plan-Net resources imported into a fresh database
 * (tests/fixtures/sample-network.ts for the core suite, the third-party Plan-Net fixture for the
 * conformance suite), and requests made straight to the handler.
 */
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '@/lib/db';
import { MEMORY_DATA_DIR } from '@/lib/db/config';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';
import { importDirectoryFolder } from '@/lib/directory/import/importer';
import { handleFhirRequest, type FhirRoute } from '@/lib/fhir/handler';
import type { DirectoryResourceType } from '@/lib/directory/import/resource-types';

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

/** Plan-Net resources the tests import, and read back in plain JavaScript to compute what to expect. */
export type Dataset = {
  /** What the data is, for suite names. */
  name: string;
  /** Folders of NDJSON (the layout directory:import reads), imported in this order. */
  folders(): string[];
  /** Every resource of a type, across the folders, as parsed JSON. */
  resources(type: DirectoryResourceType): Resource[];
};

/** Imports a data set into an empty, migrated database. */
export async function importDataset(db: Database, dataset: Dataset): Promise<void> {
  for (const folder of dataset.folders()) await importDirectoryFolder(db, folder);
}

/** The value at a path of keys in parsed JSON (undefined where the path leaves objects). */
export function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys)
    current = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>)[key] : undefined;
  return current;
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
    const response = await handleFhirRequest(
      { db, baseUrl: BASE, software: { name: 'Test Plan', date: '2026-11-25' } },
      new Request(`${BASE}/${pathAndQuery}`, { headers }),
      routeOf(pathAndQuery),
    );
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
  if (at(resource, 'resourceType') === 'CapabilityStatement' && at(resource, 'fhirVersion') === '4.0.1')
    return validator.validate({ ...(resource as object), fhirVersion: '4.0.0' });
  return validator.validate(resource);
}

export const sortedIds = (resources: { id: string }[]) => resources.map((resource) => resource.id).sort();
export const matchIds = (bundle: Body) => sortedIds((bundle.entry ?? []).filter((entry) => entry.search.mode === 'match').map((entry) => entry.resource));

/**
 * For suites that only ask the API questions: the data set imported once into an in-memory PGlite
 * before the suite, closed after it. Returns the suite's request function and its database.
 */
export function useImportedApi(dataset: Dataset): { request: ReturnType<typeof requester>; db: () => Database } {
  let session: DatabaseSession | undefined;
  const db = () => {
    if (!session) throw new Error('the suite has not opened its database yet');
    return session.db;
  };
  beforeAll(async () => {
    session = await openDatabaseSession({ kind: 'pglite', dataDir: MEMORY_DATA_DIR });
    await importDataset(session.db, dataset);
  }, 180_000);
  afterAll(() => session?.close());
  return { request: requester(db), db };
}
