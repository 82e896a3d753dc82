/**
 * Reads a FHIR Bulk Data folder (`<Type>.ndjson`, one resource per line) and validates every line
 * before anything is written: the result holds either every problem or every resource.
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { z } from 'zod';
import { contentHash } from './content-hash';
import { resourceSchemas, type ResourceOf } from './fhir/resources';
import { fieldPath, ImportFolderError, WHOLE_LINE, type ImportIssue } from './issues';
import type { Imported } from './mappers/shared';
import { directoryResourceTypes, isDirectoryResourceType, type DirectoryResourceType } from './resource-types';

export type ImportedLine<T> = Imported<T> & { readonly file: string; readonly line: number };
export type ResourcesByType = { [T in DirectoryResourceType]: ImportedLine<ResourceOf<T>>[] };
export type FolderContents = { resources: ResourcesByType; issues: ImportIssue[]; ignoredFiles: string[] };
export type ReadProgress = (file: string, linesRead: number, done: boolean) => void;

/** Missing elements get a plain "is required"; zod's default says "expected string, received undefined". */
const importErrorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? `is required (${issue.expected})` : undefined;

/**
 * `fillMissingLastUpdated`: a resource without meta.lastUpdated gets this instant (the import's time)
 * instead of being refused; opt-in, for exports like the Plan-Net IG's examples that leave it out.
 */
export type ReadOptions = { fillMissingLastUpdated?: string };

export async function readImportFolder(folder: string, onProgress: ReadProgress = () => {}, options: ReadOptions = {}): Promise<FolderContents> {
  const entries = await fs.readdir(folder).catch((error: unknown) => {
    throw new ImportFolderError(`Cannot read the folder ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const ndjsonFiles = entries.filter((name) => name.endsWith('.ndjson'));
  const typesPresent = directoryResourceTypes.filter((type) => ndjsonFiles.includes(`${type}.ndjson`));
  if (typesPresent.length === 0) {
    throw new ImportFolderError(`${folder} has no resource files; expected files named like Practitioner.ndjson (${directoryResourceTypes.join(', ')}).`);
  }
  const resources = Object.fromEntries(directoryResourceTypes.map((type) => [type, []])) as unknown as ResourcesByType;
  const issues: ImportIssue[] = [];
  for (const type of typesPresent) {
    await readTypeFile(type, path.join(folder, `${type}.ndjson`), resources, issues, onProgress, options);
  }
  const ignoredFiles = ndjsonFiles.filter((name) => !isDirectoryResourceType(name.replace(/\.ndjson$/, '')));
  return { resources, issues, ignoredFiles };
}

const PROGRESS_EVERY = 500;

async function readTypeFile<T extends DirectoryResourceType>(
  type: T,
  file: string,
  resources: ResourcesByType,
  issues: ImportIssue[],
  onProgress: ReadProgress,
  options: ReadOptions,
): Promise<void> {
  // Generic indexing loses the link between T and its schema; this restores it.
  const schema = resourceSchemas[type] as unknown as z.ZodType<ResourceOf<T>>;
  const target = resources[type] as ImportedLine<ResourceOf<T>>[];
  const firstLineOfId = new Map<string, number>();
  let lineNumber = 0;
  const lines = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    lineNumber += 1;
    if (lineNumber % PROGRESS_EVERY === 0) onProgress(file, lineNumber, false);
    if (text.trim() === '') continue;
    const report = (field: string, message: string) => issues.push({ file, line: lineNumber, field, message });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      report(WHOLE_LINE, `not valid JSON (${error instanceof Error ? error.message : 'parse error'}); put exactly one resource on each line`);
      continue;
    }
    if (options.fillMissingLastUpdated) fillLastUpdated(json, options.fillMissingLastUpdated);
    const parsed = schema.safeParse(json, { error: importErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(fieldPath(issue.path), issue.message);
      continue;
    }
    const id = (parsed.data as { id: string }).id;
    const firstLine = firstLineOfId.get(id);
    if (firstLine !== undefined) {
      report('id', `"${id}" is already on line ${firstLine}; each resource may appear only once`);
      continue;
    }
    firstLineOfId.set(id, lineNumber);
    // A successful parse proves `json` is a JSON object.
    target.push({ resource: parsed.data, json: json as Prisma.InputJsonObject, hash: contentHash(json), file, line: lineNumber });
  }
  onProgress(file, lineNumber, true);
}

function fillLastUpdated(json: unknown, instant: string): void {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return;
  const resource = json as { meta?: unknown };
  if (resource.meta === undefined) resource.meta = {};
  if (typeof resource.meta === 'object' && resource.meta !== null && !Array.isArray(resource.meta)) {
    const meta = resource.meta as { lastUpdated?: unknown };
    meta.lastUpdated ??= instant;
  }
}
