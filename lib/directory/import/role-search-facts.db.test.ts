import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { importDataset } from '@/tests/fhir/harness';
import { sampleDataset } from '@/tests/fixtures/sample-network';

/**
 * The migration that added PractitionerRole.specialtyTokens and locationCities fills them for roles
 * already stored. An operator upgrading a running directory must get exactly what a fresh import
 * writes, or the FHIR API would answer differently before and after the next import.
 */
const migration = fs.readFileSync(path.resolve('prisma/migrations/20261125120631_fhir_role_search_facts/migration.sql'), 'utf8');
const backfill = migration.slice(migration.indexOf('UPDATE "PractitionerRole"'));

type Facts = { id: string; specialtyTokens: string[]; locationCities: string[] };
const asSets = (rows: Facts[]) => rows.map((row) => ({ id: row.id, tokens: new Set(row.specialtyTokens), cities: new Set(row.locationCities) }));

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`The role search facts migration ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend, {
      prepare: async () => {
        await importDataset(session.db, sampleDataset);
      },
    });

    it('fills stored roles exactly as the importer writes them', async () => {
      const read = () => session.db.practitionerRole.findMany({ select: { id: true, specialtyTokens: true, locationCities: true }, orderBy: { id: 'asc' } });
      const imported = await read();
      // The data has codings with a NUCC system, another system and none, and roles in several cities.
      expect(imported.flatMap((role) => role.specialtyTokens)).toEqual(
        expect.arrayContaining([
          '207R00000X',
          'http://nucc.org/provider-taxonomy\u001f207R00000X',
          '\u001fWALK-IN',
          'https://directory.cco.example/fhir/CodeSystem/local-specialty\u001fTELE',
        ]),
      );
      expect(new Set(imported.flatMap((role) => role.locationCities)).size).toBeGreaterThan(3);

      // A database from before the migration: the columns exist with their defaults.
      await session.db.$executeRawUnsafe(`UPDATE "PractitionerRole" SET "specialtyTokens" = DEFAULT, "locationCities" = DEFAULT`);
      expect((await read()).filter((role) => role.specialtyTokens.length > 0)).toEqual([]);
      expect(backfill).toMatch(/^UPDATE "PractitionerRole" r SET/);
      await session.db.$executeRawUnsafe(backfill);
      expect(asSets(await read())).toEqual(asSets(imported));
    });
  });
}
