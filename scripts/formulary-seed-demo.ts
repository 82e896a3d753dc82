/**
 * npm run formulary:seed-demo — loads the sample drug list (lib/formulary/sample.ts) when the list is
 * empty, through the importer, so a fresh install shows a working drug search; a list with entries is
 * left alone. `npm start` runs it after the directory's. SKIP_SAMPLE_DIRECTORY=1 skips it too.
 */
import { describeDatabase } from '@/lib/db/config';
import { seedSampleFormularyIfEmpty } from '@/lib/formulary/seed';
import { readSettingsOrExit, runDatabaseCommand } from './database-command';

if (readSettingsOrExit().SKIP_SAMPLE_DIRECTORY) {
  console.log('SKIP_SAMPLE_DIRECTORY is set; sample drug list not loaded.');
} else {
  await runDatabaseCommand(async (session, config) => {
    const result = await seedSampleFormularyIfEmpty(session.db);
    console.log(
      result.seeded
        ? `Loaded the sample drug list (${result.entries} drugs) into ${describeDatabase(config)}.`
        : 'The drug list already has entries; sample not loaded.',
    );
  });
}
