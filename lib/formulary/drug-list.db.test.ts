/** The drug list on each test database: the sample loaded through the importer, the search members use, and the importer's refusals. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { ImportFolderError, ImportRejectedError } from '@/lib/directory/import/issues';
import { exportFormularyFiles } from './export';
import { importFormularyFolder } from './import';
import { generateSampleFormulary } from './sample';
import { sampleFormularyFiles, seedSampleFormularyIfEmpty } from './seed';
import { searchDrugList } from './service';

async function folderOf(files: [string, string][]): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'drug-list-test-'));
  for (const [name, text] of files) await fs.writeFile(path.join(folder, name), text);
  return folder;
}

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`the drug list ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend, {
      prepare: async () => {
        expect((await seedSampleFormularyIfEmpty(session.db)).seeded).toBe(true);
      },
    });
    const search = (query: string) => searchDrugList(query, { db: session.db });
    const sample = generateSampleFormulary();

    it('loads every sample drug once, says it is sample data, and leaves a list with entries alone', async () => {
      expect(await session.db.formularyEntry.count()).toBe(sample.Basic.length);
      expect(sample.Basic.length).toBeGreaterThan(100);
      const empty = await search('');
      expect(empty).toMatchObject({ query: '', results: [], isSample: true });
      expect(empty.listUpdatedAt).toBeInstanceOf(Date);
      expect((await seedSampleFormularyIfEmpty(session.db)).seeded).toBe(false);
    });

    it('finds a drug by generic name, brand, misspelling and Spanish spelling, and nothing for a made-up name', async () => {
      const metformin = await search('metformin');
      expect(metformin.results[0]).toMatchObject({ genericName: 'metformin', matchKind: 'generic' });
      expect(metformin.results[0]?.products[0]).toMatchObject({ covered: true, payer: 'plan', priorAuthorization: false });
      expect((await search('Glucophage')).results[0]).toMatchObject({ genericName: 'metformin', matchedName: 'Glucophage', matchKind: 'brand' });
      expect((await search('metformn')).results[0]).toMatchObject({ genericName: 'metformin', matchKind: 'forgiving' });
      expect((await search('acetaminofén')).results[0]).toMatchObject({ genericName: 'acetaminophen', matchedName: 'acetaminofén' });
      expect((await search('ACETAMINOFEN')).results[0]?.genericName).toBe('acetaminophen');
      expect((await search('zzyzxamab')).results).toEqual([]);
    });

    it('matches a short word as typed: the start of a name, never a look-alike', async () => {
      const ibu = await search('ibu');
      expect(ibu.results.map((result) => result.genericName)).toContain('ibuprofen');
      expect(ibu.results.every((result) => result.matchKind !== 'forgiving')).toBe(true);
      // "ibv" is one letter from "ibu": too short to guess what was meant.
      expect((await search('ibv')).results).toEqual([]);
    });

    it('says what a member or prescriber must do, and who pays', async () => {
      const humira = (await search('humira')).results[0]?.products[0];
      expect(humira).toMatchObject({ priorAuthorization: true, specialtyPharmacy: true, quantityLimit: '2 pens per 28 days', genericAvailable: false });
      expect((await search('sertraline')).results[0]?.products[0]).toMatchObject({ covered: true, payer: 'state' });
      expect((await search('sildenafil')).results[0]?.products[0]).toMatchObject({ covered: false });
    });

    it('refuses a folder with a bad line and writes nothing; importing the same folder again changes nothing', async () => {
      const before = await session.db.formularyEntry.findMany({ orderBy: { id: 'asc' } });
      const files = sampleFormularyFiles();
      const [drugs, items] = [files[0]?.[1] ?? '', files[1]?.[1] ?? ''];
      const broken = items.split('\n');
      broken[2] = JSON.stringify({ resourceType: 'Basic', id: 'bad item', extension: [] });
      const badFolder = await folderOf([files[0] as [string, string], ['Basic.ndjson', broken.join('\n')]]);
      const refused = await importFormularyFolder(session.db, badFolder).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ImportRejectedError);
      const messages = (refused as ImportRejectedError).issues.map((issue) => `${issue.file}:${issue.line}: ${issue.field}`);
      expect(messages).toEqual(expect.arrayContaining(['Basic.ndjson:3: id', 'Basic.ndjson:3: subject']));
      expect(await session.db.formularyEntry.findMany({ orderBy: { id: 'asc' } })).toEqual(before);

      const emptyFolder = await folderOf([
        ['MedicationKnowledge.ndjson', drugs],
        ['Basic.ndjson', ''],
      ]);
      await expect(importFormularyFolder(session.db, emptyFolder)).rejects.toBeInstanceOf(ImportFolderError);
      expect(await session.db.formularyEntry.count()).toBe(before.length);

      const again = await folderOf(files);
      const reimport = await importFormularyFolder(session.db, again);
      expect(reimport.entries).toBe(before.length);
      expect(reimport.tidyProblem).toBeNull();
      expect(await session.db.formularyEntry.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
      // It replaced every row and then ran VACUUM ANALYZE (PGlite has no autovacuum): the planner knows the list's size.
      const [estimate] = await session.db.$queryRaw<{ reltuples: number }[]>`
        SELECT reltuples::float8 AS reltuples FROM pg_class WHERE relname = 'FormularyEntry' AND relkind = 'r'`;
      expect(estimate?.reltuples).toBe(before.length);
      for (const folder of [badFolder, emptyFolder, again]) await fs.rm(folder, { recursive: true, force: true });
    });

    it('exports what it imported, and an export imported again exports the same bytes', async () => {
      const first = await exportFormularyFiles(session.db);
      expect(first.map(([name, text]) => [name, text.split('\n').length - 1])).toEqual([
        ['MedicationKnowledge.ndjson', sample.MedicationKnowledge.length],
        ['Basic.ndjson', sample.Basic.length],
        ['InsurancePlan.ndjson', 1],
      ]);
      const folder = await folderOf(first);
      await importFormularyFolder(session.db, folder);
      expect(await exportFormularyFiles(session.db)).toEqual(first);
      await fs.rm(folder, { recursive: true, force: true });
    });
  });
}
