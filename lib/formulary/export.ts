/**
 * The drug list as the Da Vinci US Drug Formulary's NDJSON files, from what the importer stored: the
 * machine-readable list (42 CFR 438.10(i)) served at /api/drug-list/<file> and written by
 * `npm run formulary:export -- <folder>`. Exporting, importing that export and exporting again gives
 * the same bytes.
 */
import type { Database } from '@/lib/db/client';
import { formularyFiles } from './fhir-shapes';

export type FormularyFileName = (typeof formularyFiles)[keyof typeof formularyFiles];
export const formularyFileNames = Object.values(formularyFiles) as FormularyFileName[];

const ndjson = (resources: unknown[]) => resources.map((resource) => `${JSON.stringify(resource)}\n`).join('');

export async function exportFormularyFile(db: Database, file: FormularyFileName): Promise<string> {
  if (file === formularyFiles.formularies) {
    const list = await db.formularyList.findUnique({ where: { id: 1 }, select: { formularies: true } });
    return ndjson(Array.isArray(list?.formularies) ? list.formularies : []);
  }
  const rows = await db.formularyEntry.findMany({ orderBy: { id: 'asc' }, select: { drugId: true, drug: true, item: true } });
  if (file === formularyFiles.items) return ndjson(rows.map((row) => row.item));
  // A drug can be on several items (several formularies): each once, in id order.
  const drugs = new Map(rows.map((row) => [row.drugId, row.drug]));
  return ndjson([...drugs.keys()].sort().map((id) => drugs.get(id)));
}

export async function exportFormularyFiles(db: Database): Promise<[FormularyFileName, string][]> {
  const files: [FormularyFileName, string][] = [];
  for (const file of formularyFileNames) files.push([file, await exportFormularyFile(db, file)]);
  return files;
}
