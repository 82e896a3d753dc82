import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';
import { testBackends } from '@/tests/db/test-databases';
import { importDirectoryFolder } from './import/importer';
import { seedSampleDirectoryIfEmpty } from './demo/seed';
import { directoryHasSampleData, SAMPLE_DATA_TAG_SYSTEM } from './sample-data';

const lastUpdated = '2026-10-01T16:30:00Z';

/** One real (not sample) listing: a clinic, a practitioner and the role joining them. */
function folderWithOneListing(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-data-test-'));
  const files = {
    // Same tag system, another code: only the `sample` code marks sample data.
    Organization: {
      resourceType: 'Organization',
      id: 'clinic-1',
      meta: { lastUpdated, tag: [{ system: SAMPLE_DATA_TAG_SYSTEM, code: 'registry' }] },
      name: 'Rogue Family Clinic',
    },
    Practitioner: { resourceType: 'Practitioner', id: 'practitioner-1', meta: { lastUpdated }, name: [{ family: 'Okafor', given: ['Ada'] }] },
    PractitionerRole: {
      resourceType: 'PractitionerRole',
      id: 'role-1',
      meta: { lastUpdated },
      practitioner: { reference: 'Practitioner/practitioner-1' },
      organization: { reference: 'Organization/clinic-1' },
    },
  };
  for (const [type, resource] of Object.entries(files)) fs.writeFileSync(path.join(folder, `${type}.ndjson`), `${JSON.stringify(resource)}\n`);
  return folder;
}

async function counts(db: Database) {
  return {
    organizations: await db.organization.count(),
    locations: await db.location.count(),
    services: await db.healthcareService.count(),
    practitioners: await db.practitioner.count(),
    roles: await db.practitionerRole.count(),
    affiliations: await db.organizationAffiliation.count(),
    plans: await db.insurancePlan.count(),
  };
}

const total = (rows: Record<string, number>) => Object.values(rows).reduce((sum, count) => sum + count, 0);

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`the sample directory ${backend.label}`, { timeout: 180_000 }, () => {
    const sessions: DatabaseSession[] = [];
    const drops: (() => Promise<void>)[] = [];
    async function emptyDatabase(): Promise<Database> {
      const database = await backend.create();
      drops.push(database.drop);
      const session = await openDatabaseSession(database.config);
      sessions.push(session);
      return session.db;
    }
    afterAll(async () => {
      for (const session of sessions) await session.close();
      for (const drop of drops) await drop();
    });

    describe('on an empty database', () => {
      let db: Database;
      let first: Awaited<ReturnType<typeof seedSampleDirectoryIfEmpty>>;
      beforeAll(async () => {
        db = await emptyDatabase();
        expect(await directoryHasSampleData(db)).toBe(false);
        first = await seedSampleDirectoryIfEmpty(db);
      }, 120_000);

      it('loads the whole sample network and says it is sample data', async () => {
        const loaded = await counts(db);
        expect(first.seeded).toBe(true);
        expect(loaded.practitioners).toBe(640);
        expect(loaded.locations).toBeGreaterThanOrEqual(80);
        expect(loaded.roles).toBeGreaterThan(loaded.practitioners);
        expect(first.resourceCount).toBe(total(loaded));
        expect(await directoryHasSampleData(db)).toBe(true);
      });

      it('does nothing when run again', async () => {
        const before = await counts(db);
        expect(await seedSampleDirectoryIfEmpty(db)).toEqual({ seeded: false, resourceCount: 0 });
        expect(await counts(db)).toEqual(before);
      });
    });

    it('leaves a directory that already has real listings alone', async () => {
      const db = await emptyDatabase();
      const folder = folderWithOneListing();
      try {
        await importDirectoryFolder(db, folder);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
      expect(await seedSampleDirectoryIfEmpty(db)).toEqual({ seeded: false, resourceCount: 0 });
      expect(await counts(db)).toEqual({ organizations: 1, locations: 0, services: 0, practitioners: 1, roles: 1, affiliations: 0, plans: 0 });
      expect(await directoryHasSampleData(db)).toBe(false);
    });
  });
}
