/**
 * npm run formulary:import -- <folder> [--allow-empty] — loads a drug list in the Da Vinci US Drug
 * Formulary's NDJSON layout (MedicationKnowledge.ndjson, Basic.ndjson, InsurancePlan.ndjson), all or
 * nothing, replacing the list. Problems are listed as file:line: field: problem and nothing is written.
 * A folder with no FormularyItem is refused unless --allow-empty says emptying the list is intended.
 */
import { describeDatabase } from '@/lib/db/config';
import { formatImportIssue, ImportFolderError, ImportRejectedError } from '@/lib/directory/import/issues';
import { importFormularyFolder } from '@/lib/formulary/import';
import { runDatabaseCommand } from './database-command';

const folder = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
if (!folder) {
  console.error('Give the folder of drug list NDJSON to import: npm run formulary:import -- <folder> [--allow-empty]');
  process.exit(2);
}

await runDatabaseCommand(
  async (session, config) => {
    const started = performance.now();
    const result = await importFormularyFolder(session.db, folder, { allowEmpty: process.argv.includes('--allow-empty') });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Imported ${result.entries} drug list entries (${result.drugs} drugs, ${result.formularies} formularies) from ${folder} into ${describeDatabase(config)} in ${seconds} s.`,
    );
    if (result.isSample) console.log('Every entry is tagged as sample data: the site will say the list is a sample.');
    if (result.tidyProblem)
      console.error(`warning: the import stands, but VACUUM ANALYZE afterwards failed (${result.tidyProblem}); searches may be slower until it runs.`);
  },
  (error) => {
    if (error instanceof ImportRejectedError) {
      return [...error.issues.map((issue) => formatImportIssue(issue)), `formulary:import found ${error.issues.length} problem(s); nothing was imported.`];
    }
    return error instanceof ImportFolderError ? [error.message] : null;
  },
);
