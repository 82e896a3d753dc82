/**
 * npm run directory:import -- <folder> — loads FHIR Plan-Net resources (one <Type>.ndjson per type,
 * the Bulk Data layout) into the directory, all or nothing. Problems are listed as
 * file:line: field: problem and nothing is written; progress goes to stderr, the counts to stdout.
 * Applies pending migrations first, so it works on a fresh database.
 */
import path from 'node:path';
import { describeDatabase, readDatabaseConfig } from '@/lib/db/config';
import { operatorMessage } from '@/lib/db/operator-errors';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';
import { importDirectoryFolder } from '@/lib/directory/import/importer';
import { formatImportIssue, ImportFolderError, ImportRejectedError } from '@/lib/directory/import/issues';
import { directoryResourceTypes } from '@/lib/directory/import/resource-types';

const folder = process.argv[2];
if (!folder) {
  console.error('Give the folder to import: npm run directory:import -- ../shared/fixtures/plan-net');
  process.exit(2);
}

let session: DatabaseSession | null = null;
try {
  const config = readDatabaseConfig();
  const started = performance.now();
  session = await openDatabaseSession(config);
  for (const name of session.applied) console.error(`applied migration ${name}`);
  const report = await importDirectoryFolder(session.db, folder, {
    onReadProgress: (file, lines, done) => console.error(`${path.basename(file)}: ${lines} lines ${done ? 'read and checked' : 'read'}`),
    onWriteProgress: (type, written, total) => console.error(`${type}: ${written} of ${total} written`),
  });
  for (const file of report.ignoredFiles) console.error(`ignored ${file}: not a directory resource type`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Imported ${report.resourceCount} resources from ${folder} into ${describeDatabase(config)} in ${seconds} s.`);
  console.log(`${'type'.padEnd(24)}${'created'.padStart(9)}${'updated'.padStart(9)}${'unchanged'.padStart(11)}`);
  for (const type of directoryResourceTypes) {
    const { created, updated, unchanged } = report.counts.byType[type];
    console.log(`${type.padEnd(24)}${String(created).padStart(9)}${String(updated).padStart(9)}${String(unchanged).padStart(11)}`);
  }
  if (report.counts.rederivedRoles > 0) {
    console.log(`${report.counts.rederivedRoles} other listings changed because a location or service they use changed.`);
  }
} catch (error) {
  if (error instanceof ImportRejectedError) {
    for (const issue of error.issues) console.error(formatImportIssue(issue));
    console.error(`directory:import found ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}; nothing was imported.`);
    if (error.stage === 'lines') console.error('References between resources are checked once every line is valid.');
    process.exitCode = 1;
  } else if (error instanceof ImportFolderError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    const message = operatorMessage(error);
    if (!message) throw error;
    console.error(message);
    process.exitCode = 1;
  }
} finally {
  await session?.close();
}
