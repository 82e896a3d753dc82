import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMORY_DATA_DIR } from '@/lib/db/config';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';
import { importDirectoryFolder } from '@/lib/directory/import/importer';
import { exportDirectory } from './export';
import { fhirResourceTypes } from './parameters';
import { fixtureResources, importFixture, type Resource } from './test-harness';

const readNdjson = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Resource);
/** What the API serves for an imported resource: Identifier.value numbers become strings (see 0003). */
const asServed = (resource: Resource) => JSON.parse(JSON.stringify(resource, (key, value) => (key === 'value' && typeof value === 'number' ? String(value) : value)));

describe('directory:export', { timeout: 240_000 }, () => {
  let first: DatabaseSession;
  let second: DatabaseSession;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fhir-export-'));
  beforeAll(async () => {
    first = await openDatabaseSession({ kind: 'pglite', dataDir: MEMORY_DATA_DIR });
    await importFixture(first.db);
  }, 180_000);
  afterAll(async () => {
    await first?.close();
    await second?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes every resource, one file per type, equal to what was imported', async () => {
    const progress: string[] = [];
    const counts = await exportDirectory(first.db, folder, (type, written) => progress.push(`${type} ${written}`));
    expect(progress).toContain('Practitioner 1000'); // written in batches, not all at once
    for (const type of fhirResourceTypes) {
      const input = fixtureResources(type);
      expect(counts[type]).toBe(input.length);
      const exported = new Map(readNdjson(path.join(folder, `${type}.ndjson`)).map((resource) => [resource.id, resource]));
      expect(exported.size).toBe(input.length);
      for (const resource of input) expect(exported.get(resource.id), `${type}/${resource.id}`).toEqual(asServed(resource));
    }
    expect(fs.readdirSync(folder).sort()).toEqual(fhirResourceTypes.map((type) => `${type}.ndjson`).sort());
  });

  it('imports into an empty directory, and exports again byte for byte the same', async () => {
    second = await openDatabaseSession({ kind: 'pglite', dataDir: MEMORY_DATA_DIR });
    const report = await importDirectoryFolder(second.db, folder);
    expect(report.resourceCount).toBe(fhirResourceTypes.reduce((sum, type) => sum + fixtureResources(type).length, 0));
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'fhir-export-again-'));
    try {
      await exportDirectory(second.db, again);
      for (const type of fhirResourceTypes) {
        expect(fs.readFileSync(path.join(again, `${type}.ndjson`), 'utf8')).toBe(fs.readFileSync(path.join(folder, `${type}.ndjson`), 'utf8'));
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });
});
