/**
 * Writes the whole directory as Plan-Net NDJSON, one `<Type>.ndjson` per type (the layout
 * `directory:import` reads), each resource exactly as the API serves it. Rows are read in id order,
 * a batch at a time, and written as they come, so memory stays flat however large the directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Database } from '@/lib/db';
import { directoryResourceTypes, type DirectoryResourceType } from '@/lib/directory/import/resource-types';
import { queryRows, rowColumns, toFhirResource } from './rows';
import { directoryTable, sql } from './sql';

export const EXPORT_BATCH_SIZE = 1000;

export type ExportProgress = (type: DirectoryResourceType, written: number) => void;

export async function exportDirectory(db: Database, folder: string, onProgress: ExportProgress = () => {}): Promise<Record<DirectoryResourceType, number>> {
  fs.mkdirSync(folder, { recursive: true });
  const counts = Object.fromEntries(directoryResourceTypes.map((type) => [type, 0])) as Record<DirectoryResourceType, number>;
  for (const type of directoryResourceTypes) counts[type] = await exportType(db, folder, type, onProgress);
  return counts;
}

async function exportType(db: Database, folder: string, type: DirectoryResourceType, onProgress: ExportProgress): Promise<number> {
  const file = path.join(folder, `${type}.ndjson`);
  // Written beside the target and renamed when complete, so a failed export never leaves half a file.
  const partial = `${file}.partial`;
  const output = fs.createWriteStream(partial, { encoding: 'utf8' });
  let written = 0;
  try {
    for (let after = ''; ;) {
      const rows = await queryRows(
        db,
        sql`SELECT ${rowColumns('r')} FROM ${directoryTable(type)} r WHERE r.id > ${after} ORDER BY r.id LIMIT ${EXPORT_BATCH_SIZE}`,
      );
      for (const row of rows) {
        if (!output.write(`${JSON.stringify(toFhirResource(type, row))}\n`)) await once(output, 'drain');
      }
      written += rows.length;
      if (rows.length > 0) onProgress(type, written);
      const last = rows.at(-1);
      if (!last || rows.length < EXPORT_BATCH_SIZE) break;
      after = last.id;
    }
    output.end();
    await once(output, 'finish');
  } catch (error) {
    output.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
  if (written === 0) {
    fs.rmSync(partial, { force: true });
    return 0;
  }
  fs.renameSync(partial, file);
  return written;
}
