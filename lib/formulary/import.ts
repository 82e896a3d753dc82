/**
 * `npm run formulary:import -- <folder>`: reads a drug list in the US Drug Formulary's FHIR NDJSON
 * layout (MedicationKnowledge.ndjson, Basic.ndjson, InsurancePlan.ndjson) with the directory importer's
 * rules: every line checked first (zod, `file:line: field: problem`, all problems at once), every
 * FormularyItem's drug must be in the folder, then all or nothing in one transaction, and the same
 * folder imported twice leaves the same list. A folder that would empty the list is refused unless
 * the caller allows it.
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import type { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { tidyAfterBulkWrite } from '@/lib/db/maintenance';
import type { Prisma } from '@/lib/generated/prisma/client';
import { fieldPath, ImportFolderError, ImportRejectedError, WHOLE_LINE, type ImportIssue } from '@/lib/directory/import/issues';
import { SAMPLE_DATA_TAG_CODE, SAMPLE_DATA_TAG_SYSTEM } from '@/lib/directory/sample-data';
import { formularyFiles } from './fhir-shapes';
import { drugSchema, entryFrom, itemSchema, type DrugResource, type ItemResource } from './mapping';

type Line<T> = { value: T; file: string; line: number };
export type FormularyImportResult = {
  entries: number;
  drugs: number;
  formularies: number;
  isSample: boolean;
  /** Why the database refused VACUUM ANALYZE after the import (the import itself stands); null when it ran. */
  tidyProblem: string | null;
};

/** Missing elements say "is required", like the directory importer, not zod's "expected string, received undefined". */
const errorMap: z.core.$ZodErrorMap = (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? `is required (${issue.expected})` : undefined);

async function readLines<T>(file: string, schema: z.ZodType<T> | null, issues: ImportIssue[]): Promise<Line<T>[]> {
  const name = path.basename(file);
  const exists = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) return [];
  const lines: Line<T>[] = [];
  let number = 0;
  for await (const text of readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    number += 1;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      issues.push({ file: name, line: number, field: WHOLE_LINE, message: 'is not JSON' });
      continue;
    }
    if (!schema) {
      lines.push({ value: json as T, file: name, line: number });
      continue;
    }
    const parsed = schema.safeParse(json, { error: errorMap });
    if (parsed.success) lines.push({ value: parsed.data, file: name, line: number });
    else for (const issue of parsed.error.issues) issues.push({ file: name, line: number, field: fieldPath(issue.path), message: issue.message });
  }
  return lines;
}

export async function importFormularyFolder(db: Database, folder: string, options: { allowEmpty?: boolean; now?: Date } = {}): Promise<FormularyImportResult> {
  const present = await fs.readdir(folder).catch((error: unknown) => {
    throw new ImportFolderError(`Cannot read the folder ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!present.includes(formularyFiles.items) && !present.includes(formularyFiles.drugs)) {
    throw new ImportFolderError(`${folder} has no drug list files; expected ${formularyFiles.drugs} and ${formularyFiles.items}.`);
  }
  const issues: ImportIssue[] = [];
  const drugs = await readLines<DrugResource>(path.join(folder, formularyFiles.drugs), drugSchema, issues);
  const items = await readLines<ItemResource>(path.join(folder, formularyFiles.items), itemSchema, issues);
  const formularies = await readLines<Record<string, unknown>>(path.join(folder, formularyFiles.formularies), null, issues);
  if (issues.length > 0) throw new ImportRejectedError(issues, 'lines');

  const drugById = new Map(drugs.map((drug) => [drug.value.id, drug.value]));
  const rows = items.flatMap((item) => {
    const drugId = item.value.subject.reference.slice('MedicationKnowledge/'.length);
    const drug = drugById.get(drugId);
    if (!drug) {
      issues.push({ file: item.file, line: item.line, field: 'subject.reference', message: `MedicationKnowledge/${drugId} is not in ${formularyFiles.drugs}` });
      return [];
    }
    return [{ ...entryFrom(item.value, drug), drug: drug as Prisma.InputJsonValue, item: item.value as Prisma.InputJsonValue }];
  });
  if (issues.length > 0) throw new ImportRejectedError(issues, 'references');
  if (rows.length === 0 && !options.allowEmpty) {
    throw new ImportFolderError(`${folder} holds no FormularyItem: importing it would empty the drug list. Pass --allow-empty if that is what you want.`);
  }

  // Sample data says so in each resource (meta.tag), as the sample provider directory does.
  const isSample = items.length > 0 && items.every((item) => isSampleTagged(item.value));
  await db.$transaction(
    async (tx) => {
      await tx.formularyEntry.deleteMany();
      for (let start = 0; start < rows.length; start += 500) await tx.formularyEntry.createMany({ data: rows.slice(start, start + 500) });
      const list = {
        importedAt: options.now ?? new Date(),
        isSample,
        entries: rows.length,
        formularies: formularies.map((line) => line.value) as Prisma.InputJsonValue,
      };
      await tx.formularyList.upsert({ where: { id: 1 }, create: { id: 1, ...list }, update: list });
    },
    { timeout: 120_000 },
  );
  // Every import replaces every row: without this an embedded database keeps each old list's rows for good.
  const tidyProblem = await tidyAfterBulkWrite(db, ['FormularyEntry', 'FormularyList']);
  return { entries: rows.length, drugs: drugs.length, formularies: formularies.length, isSample, tidyProblem };
}

function isSampleTagged(resource: Record<string, unknown>): boolean {
  const tags = (resource.meta as { tag?: { system?: string; code?: string }[] } | undefined)?.tag ?? [];
  return tags.some((tag) => tag.system === SAMPLE_DATA_TAG_SYSTEM && tag.code === SAMPLE_DATA_TAG_CODE);
}
