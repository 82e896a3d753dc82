/**
 * Loading the sample network into an empty directory (`npm start` does it through
 * scripts/directory-seed-demo.ts). Apart from lib/directory/sample-data.ts so that pages, which only
 * ask whether the directory is sample data, never bundle the generator and importer.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@/lib/db/client';
import { importDirectoryFolder } from '../import/importer';
import type { WriteProgress } from '../import/write-import';
import { generateDemoNetwork, toNdjsonFiles } from './index';

export type SeedOptions = { onProgress?: WriteProgress };
export type SeedResult = { seeded: boolean; resourceCount: number };

/**
 * Loads the sample network when the directory has no listings (no PractitionerRole rows); otherwise
 * leaves the database alone, so real data is never mixed with sample data by a restart.
 */
export async function seedSampleDirectoryIfEmpty(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  if ((await db.practitionerRole.findFirst({ select: { id: true } })) !== null) return { seeded: false, resourceCount: 0 };
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'sample-directory-'));
  try {
    for (const [name, text] of toNdjsonFiles(generateDemoNetwork())) await fs.writeFile(path.join(folder, name), text);
    const report = await importDirectoryFolder(db, folder, { onWriteProgress: options.onProgress });
    return { seeded: true, resourceCount: report.resourceCount };
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
