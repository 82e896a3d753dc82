import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { extensionReferences, list, references } from '@/tests/fhir/expectations';
import { at } from '@/tests/fhir/harness';
import { sampleDataset } from '@/tests/fixtures/sample-network';
import { importDirectoryFolder } from './importer';
import { formatImportIssue, ImportRejectedError } from './issues';
import { directoryResourceTypes, type DirectoryResourceType } from './resource-types';

/** The sample network and edge cases, as the NDJSON lines of each type. */
const lines = (type: DirectoryResourceType) => sampleDataset.resources(type).map((resource) => JSON.stringify(resource));
const roles = sampleDataset.resources('PractitionerRole');
/** Link rows the importer writes: one per distinct location, and per distinct network, of each role. */
const saysNewPatients = (resource: unknown) =>
  list(at(resource, 'extension')).some((extension) => String(extension.url).endsWith('/StructureDefinition/newpatients'));
const roleLinks = (targets: (role: (typeof roles)[number]) => string[]) => roles.reduce((sum, role) => sum + new Set(targets(role)).size, 0);

const folders: string[] = [];
/** A folder holding the given files; each file is a list of resources (objects) or raw lines. */
function folderWith(files: Partial<Record<DirectoryResourceType, (string | object)[]>>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  folders.push(folder);
  for (const [type, lines] of Object.entries(files)) {
    fs.writeFileSync(path.join(folder, `${type}.ndjson`), `${lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')}\n`);
  }
  return folder;
}

async function rowCounts(db: Database): Promise<Record<DirectoryResourceType, number>> {
  return {
    Organization: await db.organization.count(),
    Location: await db.location.count(),
    Practitioner: await db.practitioner.count(),
    HealthcareService: await db.healthcareService.count(),
    PractitionerRole: await db.practitionerRole.count(),
    OrganizationAffiliation: await db.organizationAffiliation.count(),
    InsurancePlan: await db.insurancePlan.count(),
    Endpoint: await db.endpoint.count(),
  };
}

async function rejection(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportRejectedError);
  return error instanceof ImportRejectedError ? error.issues.map(formatImportIssue) : [];
}

const nothing = Object.fromEntries(directoryResourceTypes.map((type) => [type, 0]));
const expected = Object.fromEntries(directoryResourceTypes.map((type) => [type, lines(type).length]));
const total = Object.values(expected).reduce((sum, count) => sum + count, 0);

afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`directory:import of ${sampleDataset.name} ${backend.label}`, { timeout: 180_000 }, () => {
    const session = useTestDatabase(backend);

    it('rejects a folder with bad lines, naming each one, and writes nothing', async () => {
      const locations = lines('Location');
      locations[11] = locations[11]?.replace(/"latitude":[-0-9.]+/, '"latitude":"north"') ?? '';
      const practitioners = lines('Practitioner');
      practitioners[4] = practitioners[4]?.replace('"gender":"male"', '"gender":"M"').replace('"gender":"female"', '"gender":"F"') ?? '';
      const folder = folderWith({ Organization: lines('Organization'), Location: locations, Practitioner: practitioners });
      expect(await rejection(importDirectoryFolder(session.db, folder))).toEqual([
        `${folder}/Location.ndjson:12: position.latitude: Invalid input: expected number, received string`,
        `${folder}/Practitioner.ndjson:5: gender: use male, female, other or unknown`,
      ]);
      expect(await rowCounts(session.db)).toEqual(nothing);
    });

    it('rejects references to resources that are neither imported nor stored, and writes nothing', async () => {
      const [role] = roles;
      const folder = folderWith({ Organization: lines('Organization'), PractitionerRole: [role ?? {}] });
      const problems = await rejection(importDirectoryFolder(session.db, folder));
      const practitioner = references(role?.practitioner)[0];
      expect(problems).toContain(
        `${folder}/PractitionerRole.ndjson:1: practitioner.reference: ${practitioner} is neither in this import nor in the database; add it to Practitioner.ndjson`,
      );
      // The practitioner, each location and each service; its organization and network are in the import.
      expect(problems).toHaveLength(1 + references(role?.location).length + references(role?.healthcareService).length);
      expect(await rowCounts(session.db)).toEqual(nothing);
    });

    it('loads every resource: one row per NDJSON line of each type', async () => {
      const report = await importDirectoryFolder(session.db, sampleDataset.folders()[0] ?? '');
      expect(report.tidyProblem).toBeNull();
      expect(report.resourceCount).toBe(total);
      for (const type of directoryResourceTypes) {
        expect(report.counts.byType[type]).toEqual({ created: expected[type], updated: 0, unchanged: 0 });
      }
      expect(await rowCounts(session.db)).toEqual(expected);
      expect(await session.db.practitionerRoleLocation.count()).toBe(roleLinks((role) => references(role.location)));
      expect(await session.db.practitionerRoleNetwork.count()).toBe(roleLinks((role) => extensionReferences(role, 'network-reference')));
    });

    it('leaves the planner statistics of what it wrote (PGlite has no autovacuum to gather them)', async () => {
      // The import above ran VACUUM ANALYZE: each table's row estimate is its row count, not "never counted" (-1) or 0.
      const tables = ['PractitionerRole', 'Location', 'ListingSearchRow'];
      const estimates = await session.db.$queryRaw<{ relname: string; reltuples: number }[]>`
        SELECT relname, reltuples::float8 AS reltuples FROM pg_class WHERE relname = ANY(${tables}) AND relkind = 'r' ORDER BY relname`;
      expect(estimates).toEqual([
        { relname: 'ListingSearchRow', reltuples: await session.db.listingSearchRow.count() },
        { relname: 'Location', reltuples: expected.Location },
        { relname: 'PractitionerRole', reltuples: expected.PractitionerRole },
      ]);
    });

    it('changes nothing when the same files are imported again', async () => {
      const report = await importDirectoryFolder(session.db, sampleDataset.folders()[0] ?? '');
      for (const type of directoryResourceTypes) {
        expect(report.counts.byType[type]).toEqual({ created: 0, updated: 0, unchanged: expected[type] });
      }
      expect(report.counts.rederivedRoles).toBe(0);
    });

    it('updates a changed resource, and the listings whose facts depend on it', async () => {
      const practitioner = JSON.parse(lines('Practitioner')[0] ?? '{}');
      practitioner.name[0].family = 'Núñez';
      delete practitioner.name[0].text; // else the listing shows (and is found by) the old text
      practitioner.meta.lastUpdated = '2026-11-20T09:30:00Z';
      const service = JSON.parse(lines('HealthcareService')[0] ?? '{}');
      const before = await session.db.healthcareService.findUniqueOrThrow({ where: { id: service.id } });
      const status = before.newPatients === 'newpt' ? 'nopt' : 'newpt';
      service.extension[0].extension[0].valueCodeableConcept.coding[0].code = status;
      // The roles that say nothing of new patients themselves and whose first service that does is this one.
      const services = new Map(sampleDataset.resources('HealthcareService').map((resource) => [`HealthcareService/${resource.id}`, resource]));
      const dependents = roles
        .filter(
          (role) =>
            !saysNewPatients(role) &&
            references(role.healthcareService).find((ref) => saysNewPatients(services.get(ref))) === `HealthcareService/${service.id}`,
        )
        .map((role) => role.id);
      expect(dependents.length).toBeGreaterThan(0);

      const report = await importDirectoryFolder(session.db, folderWith({ Practitioner: [practitioner], HealthcareService: [service] }));
      expect(report.counts.byType.Practitioner).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(report.counts.byType.HealthcareService).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(report.counts.rederivedRoles).toBe(dependents.length);
      const stored = await session.db.practitioner.findUniqueOrThrow({ where: { id: practitioner.id } });
      expect(stored).toMatchObject({ familyName: 'Núñez', searchName: expect.stringMatching(/ nunez$/), lastUpdated: new Date('2026-11-20T09:30:00Z') });
      const rederived = await session.db.practitionerRole.findMany({ where: { id: { in: dependents } }, select: { newPatients: true } });
      expect(rederived.map((role) => role.newPatients)).toEqual(dependents.map(() => status));
    });

    it('keeps the cities of its locations on each role, so a moved office moves its roles in the FHIR city search', async () => {
      const withRoles = (
        await session.db.practitionerRoleLocation.groupBy({ by: ['locationId'], _count: { roleId: true }, orderBy: { _count: { roleId: 'desc' } }, take: 1 })
      )[0];
      expect(withRoles?._count.roleId).toBeGreaterThan(0);
      const location = lines('Location')
        .map((line) => JSON.parse(line))
        .find((resource) => resource.id === withRoles?.locationId);
      const roleIds = (await session.db.practitionerRoleLocation.findMany({ where: { locationId: location.id }, select: { roleId: true } })).map(
        (row) => row.roleId,
      );
      const oldCity = (await session.db.location.findUniqueOrThrow({ where: { id: location.id } })).searchCity ?? '';
      for (const role of await session.db.practitionerRole.findMany({ where: { id: { in: roleIds } } })) expect(role.locationCities).toContain(oldCity);

      location.address.city = '  Cañon City ';
      location.meta.lastUpdated = '2026-11-21T08:00:00Z';
      const report = await importDirectoryFolder(session.db, folderWith({ Location: [location] }));
      expect(report.counts.byType.Location).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(report.counts.rederivedRoles).toBeGreaterThanOrEqual(roleIds.length);
      const moved = await session.db.practitionerRole.findMany({ where: { id: { in: roleIds } }, include: { locations: { include: { location: true } } } });
      for (const role of moved) {
        // Exactly the cities of its locations now, each as Location.searchCity holds it.
        expect(new Set(role.locationCities)).toEqual(new Set(role.locations.flatMap((link) => link.location.searchCity ?? [])));
        expect(role.locationCities).toContain('canon city');
      }
    });
  });
}
