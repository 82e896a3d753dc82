/**
 * The drug list's importer and export over the Da Vinci US Drug Formulary IG's own example resources
 * (third-party data, never committed): found through DRUG_FORMULARY_FIXTURES (.ci/run sets it), and
 * skipped, with a name that says how to run it, without.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { exportFormularyFiles } from '@/lib/formulary/export';
import { importFormularyFolder } from '@/lib/formulary/import';
import { searchDrugList } from '@/lib/formulary/service';
import { requester, schemaErrors, type Resource } from '@/tests/fhir/harness';

const setting = process.env.DRUG_FORMULARY_FIXTURES?.trim() || undefined;
const folder = setting === undefined ? undefined : path.resolve(setting);
const reason =
  folder === undefined
    ? 'set DRUG_FORMULARY_FIXTURES to the US Drug Formulary fixture folder to run it'
    : !fs.existsSync(path.join(folder, 'Basic.ndjson'))
      ? `DRUG_FORMULARY_FIXTURES is ${folder}, which has no Basic.ndjson`
      : undefined;
const lines = (file: string) =>
  folder
    ? fs
        .readFileSync(path.join(folder, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '').length
    : 0;

for (const backend of testBackends) {
  describe.skipIf(backend.skip || reason !== undefined)(
    `US Drug Formulary conformance ${backend.label}${reason ? ` (skipped: ${reason})` : ''}`,
    { timeout: 120_000 },
    () => {
      const session = useTestDatabase(backend);

      it("imports every one of the IG's examples, finds them by name, and exports them back", async () => {
        const result = await importFormularyFolder(session.db, folder ?? '');
        expect(result).toMatchObject({
          entries: lines('Basic.ndjson'),
          drugs: lines('MedicationKnowledge.ndjson'),
          formularies: lines('InsurancePlan.ndjson'),
          isSample: false,
        });
        const entries = await session.db.formularyEntry.findMany();
        for (const entry of entries) {
          expect(entry.rxnormCode, entry.id).toMatch(/^\d+$/);
          expect(entry.genericName, entry.id).not.toBe('');
        }
        const first = entries[0];
        const found = await searchDrugList(first?.genericName.split(' ')[0] ?? '', { db: session.db });
        expect(found.results.map((result) => result.genericName)).toContain(first?.genericName);

        const exported = await exportFormularyFiles(session.db);
        expect(exported.map(([name, text]) => [name, text.split('\n').length - 1])).toEqual([
          ['MedicationKnowledge.ndjson', new Set(entries.map((entry) => entry.drugId)).size],
          ['Basic.ndjson', lines('Basic.ndjson')],
          ['InsurancePlan.ndjson', lines('InsurancePlan.ndjson')],
        ]);
        const again = fs.mkdtempSync(path.join(os.tmpdir(), 'formulary-conformance-'));
        for (const [name, text] of exported) fs.writeFileSync(path.join(again, name), text);
        await importFormularyFolder(session.db, again);
        expect(await exportFormularyFiles(session.db)).toEqual(exported);
        fs.rmSync(again, { recursive: true, force: true });
      });

      it('serves every example through the FHIR API as it came, valid R4, and finds each item through its drug', async () => {
        await importFormularyFolder(session.db, folder ?? '');
        const get = requester(() => session.db);
        const examplesOf = (type: string) =>
          fs
            .readFileSync(path.join(folder ?? '', `${type}.ndjson`), 'utf8')
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as Resource & { subject?: { reference: string } });
        // The drug list holds a drug through the items about it; a drug no item names is not on the list.
        const listed = new Set(examplesOf('Basic').map((item) => item.subject?.reference));
        for (const type of ['MedicationKnowledge', 'Basic', 'InsurancePlan'] as const) {
          const examples = examplesOf(type).filter((example) => type !== 'MedicationKnowledge' || listed.has(`MedicationKnowledge/${example.id}`));
          expect(examples.length, type).toBeGreaterThan(0);
          for (const example of examples) {
            const { status, body } = await get(`${type}/${example.id}`);
            expect(status, `${type}/${example.id}`).toBe(200);
            expect(schemaErrors(body), `${type}/${example.id}`).toEqual([]);
            // The API names the profile and the time of the last change when the example leaves them out.
            const { meta: servedMeta, ...served } = body;
            const { meta: exampleMeta, ...given } = example;
            expect(served, `${type}/${example.id}`).toEqual(given);
            expect(servedMeta.profile, `${type}/${example.id}`).toEqual(expect.arrayContaining(exampleMeta?.profile ?? []));
            if (type === 'Basic' && example.subject) {
              const found = await get(`Basic?subject=${example.subject.reference}`);
              expect(
                found.body.entry?.map((entry) => entry.resource.id),
                example.subject.reference,
              ).toContain(example.id);
            }
          }
        }
      });
    },
  );
}
