/**
 * npm run directory:import -- <folder> [--fill-missing-last-updated] — loads FHIR Plan-Net resources (one <Type>.ndjson per type,
 * the Bulk Data layout) into the directory, all or nothing. Problems are listed as
 * file:line: field: problem and nothing is written; progress goes to stderr, the counts to stdout.
 * Applies pending migrations first, so it works on a fresh database. --fill-missing-last-updated gives a
 * resource without meta.lastUpdated the import's time instead of refusing it.
 */
import path from 'node:path';
import { describeDatabase } from '@/lib/db/config';
import { importDirectoryFolder } from '@/lib/directory/import/importer';
import { formatImportIssue, ImportFolderError, ImportRejectedError } from '@/lib/directory/import/issues';
import { directoryResourceTypes } from '@/lib/directory/import/resource-types';
import { runDatabaseCommand } from './database-command';

const folder = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
if (!folder) {
  console.error('Give the folder of Plan-Net NDJSON to import: npm run directory:import -- <folder>');
  process.exit(2);
}

await runDatabaseCommand(
  async (session, config) => {
    const started = performance.now();
    const report = await importDirectoryFolder(session.db, folder, {
      onReadProgress: (file, lines, done) => console.error(`${path.basename(file)}: ${lines} lines ${done ? 'read and checked' : 'read'}`),
      onWriteProgress: (type, written, total) => console.error(`${type}: ${written} of ${total} written`),
      fillMissingLastUpdated: process.argv.includes('--fill-missing-last-updated'),
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
    if (report.tidyProblem)
      console.error(`warning: the import stands, but VACUUM ANALYZE afterwards failed (${report.tidyProblem}); searches may be slower until it runs.`);
  },
  (error) => {
    if (error instanceof ImportRejectedError) {
      return [
        ...error.issues.map((issue) => formatImportIssue(issue)),
        `directory:import found ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}; nothing was imported.`,
        ...(error.stage === 'lines' ? ['References between resources are checked once every line is valid.'] : []),
      ];
    }
    return error instanceof ImportFolderError ? [error.message] : null;
  },
);
