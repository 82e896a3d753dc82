/**
 * directory:export over a data set: everything imported comes out as the API serves it, and an export
 * imported into an empty directory exports again byte for byte the same. The core suite runs it over
 * the sample network (lib/fhir/export.db.test.ts), the conformance suite over the Plan-Net fixture.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMORY_DATA_DIR } from '@/lib/db/config';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';
import { importDirectoryFolder } from '@/lib/directory/import/importer';
import { EXPORT_BATCH_SIZE, exportDirectory } from '@/lib/fhir/export';
import { directoryResourceTypes } from '@/lib/directory/import/resource-types';
import { readNdjson } from '@/tests/fixtures/ndjson';
import { importDataset, type Dataset, type Resource } from './harness';

/** What the API serves for an imported resource: Identifier.value numbers become strings (see 0003). */
const asServed = (resource: Resource) =>
  JSON.parse(JSON.stringify(resource, (key, value) => (key === 'value' && typeof value === 'number' ? String(value) : value)));

export function describeExportRoundTrip(name: string, dataset: Dataset, options: { skip?: boolean } = {}): void {
  describe.skipIf(options.skip)(name, { timeout: 240_000 }, () => {
    let first: DatabaseSession;
    let second: DatabaseSession;
    let folder: string;
    beforeAll(async () => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fhir-export-'));
      first = await openDatabaseSession({ kind: 'pglite', dataDir: MEMORY_DATA_DIR });
      await importDataset(first.db, dataset);
    }, 180_000);
    afterAll(async () => {
      await first?.close();
      await second?.close();
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
    });

    it('writes every resource, one file per type, equal to what was imported, a batch at a time', async () => {
      const progress: string[] = [];
      const counts = await exportDirectory(first.db, folder, (type, written) => progress.push(`${type} ${written}`));
      const large = directoryResourceTypes.filter((type) => dataset.resources(type).length > EXPORT_BATCH_SIZE);
      expect(large.length, 'a type with more resources than one batch').toBeGreaterThan(0);
      for (const type of large) expect(progress).toContain(`${type} ${EXPORT_BATCH_SIZE}`);
      for (const type of directoryResourceTypes) {
        const input = dataset.resources(type);
        expect(counts[type]).toBe(input.length);
        const exported = new Map(readNdjson(folder, type).map((resource) => [resource.id, resource]));
        expect(exported.size).toBe(input.length);
        for (const resource of input) expect(exported.get(resource.id), `${type}/${resource.id}`).toEqual(asServed(resource));
      }
      expect(fs.readdirSync(folder).sort()).toEqual(directoryResourceTypes.map((type) => `${type}.ndjson`).sort());
    });

    it('imports into an empty directory, and exports again byte for byte the same', async () => {
      second = await openDatabaseSession({ kind: 'pglite', dataDir: MEMORY_DATA_DIR });
      const report = await importDirectoryFolder(second.db, folder);
      expect(report.resourceCount).toBe(directoryResourceTypes.reduce((sum, type) => sum + dataset.resources(type).length, 0));
      const again = fs.mkdtempSync(path.join(os.tmpdir(), 'fhir-export-again-'));
      try {
        await exportDirectory(second.db, again);
        for (const type of directoryResourceTypes) {
          expect(fs.readFileSync(path.join(again, `${type}.ndjson`), 'utf8')).toBe(fs.readFileSync(path.join(folder, `${type}.ndjson`), 'utf8'));
        }
      } finally {
        fs.rmSync(again, { recursive: true, force: true });
      }
    });
  });
}
