/**
 * npm run formulary:export -- <folder> — writes the drug list as US Drug Formulary NDJSON
 * (MedicationKnowledge.ndjson, Basic.ndjson, InsurancePlan.ndjson), the layout formulary:import reads.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describeDatabase } from '@/lib/db/config';
import { exportFormularyFiles } from '@/lib/formulary/export';
import { runDatabaseCommand } from './database-command';

const folder = process.argv[2];
if (!folder) {
  console.error('Give the folder to write the drug list into: npm run formulary:export -- <folder>');
  process.exit(2);
}

await runDatabaseCommand(async (session, config) => {
  await fs.mkdir(folder, { recursive: true });
  for (const [name, text] of await exportFormularyFiles(session.db)) {
    await fs.writeFile(path.join(folder, name), text);
    console.log(`${name}: ${text === '' ? 0 : text.split('\n').length - 1} resources`);
  }
  console.log(`Exported the drug list from ${describeDatabase(config)} into ${folder}.`);
});
