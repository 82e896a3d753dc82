/**
 * npm run directory:export -- <folder> — writes the whole provider directory as FHIR Plan-Net NDJSON,
 * one <Type>.ndjson per type (the layout directory:import reads), each resource as the FHIR API serves
 * it. Import → export → import is a round trip. Progress goes to stderr, the counts to stdout.
 */
import path from 'node:path';
import { describeDatabase } from '@/lib/db/config';
import { exportDirectory } from '@/lib/fhir/export';
import { directoryResourceTypes } from '@/lib/directory/import/resource-types';
import { runDatabaseCommand } from './database-command';

const folder = process.argv[2];
if (!folder) {
  console.error('Give the folder to write to: npm run directory:export -- ./directory-export');
  process.exit(2);
}

await runDatabaseCommand(async (session, config) => {
  const started = performance.now();
  const counts = await exportDirectory(session.db, folder, (type, written) => console.error(`${type}: ${written} written`));
  const total = directoryResourceTypes.reduce((sum, type) => sum + counts[type], 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Exported ${total} resources from ${describeDatabase(config)} to ${path.resolve(folder)} in ${seconds} s.`);
  for (const type of directoryResourceTypes)
    console.log(`${type.padEnd(24)}${String(counts[type]).padStart(9)}${counts[type] === 0 ? '  (no file: none stored)' : ''}`);
});
