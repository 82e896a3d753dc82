/** Loading the sample drug list into an empty list (`npm start` does it through scripts/formulary-seed-demo.ts). */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@/lib/db/client';
import { formularyFiles } from './fhir-shapes';
import { importFormularyFolder } from './import';
import { generateSampleFormulary, type SampleFormulary } from './sample';

/** The sample as the importer's folder layout: one NDJSON file per resource type. */
export function sampleFormularyFiles(sample: SampleFormulary = generateSampleFormulary()): [string, string][] {
  const ndjson = (resources: object[]) => resources.map((resource) => `${JSON.stringify(resource)}\n`).join('');
  return [
    [formularyFiles.drugs, ndjson(sample.MedicationKnowledge)],
    [formularyFiles.items, ndjson(sample.Basic)],
    [formularyFiles.formularies, ndjson(sample.InsurancePlan)],
  ];
}

/** Loads the sample through the importer when the drug list is empty; a list with entries is left alone. */
export async function seedSampleFormularyIfEmpty(db: Database): Promise<{ seeded: boolean; entries: number }> {
  if ((await db.formularyEntry.findFirst({ select: { id: true } })) !== null) return { seeded: false, entries: 0 };
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'sample-drug-list-'));
  try {
    for (const [name, text] of sampleFormularyFiles()) await fs.writeFile(path.join(folder, name), text);
    const result = await importFormularyFolder(db, folder);
    return { seeded: true, entries: result.entries };
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
