/**
 * npm run directory:seed-demo — loads the sample Jackson County provider network (lib/directory/demo)
 * when the directory has no listings, so a fresh install shows a working search; a directory that has
 * listings is left alone. `npm start` runs it after migrating. SKIP_SAMPLE_DIRECTORY=1 skips it, for
 * operators who will import real data. Applies pending migrations first, like directory:import.
 */
import { describeDatabase } from '@/lib/db/config';
import { seedSampleDirectoryIfEmpty } from '@/lib/directory/demo/seed';
import { readSettingsOrExit, runDatabaseCommand } from './database-command';

if (readSettingsOrExit().SKIP_SAMPLE_DIRECTORY) {
  console.log('SKIP_SAMPLE_DIRECTORY is set; sample data not loaded.');
} else {
  await runDatabaseCommand(async (session, config) => {
    const result = await seedSampleDirectoryIfEmpty(session.db);
    console.log(
      result.seeded
        ? `Loaded the sample provider directory (${result.resourceCount} resources) into ${describeDatabase(config)}.`
        : 'The provider directory already has listings; sample data not loaded.',
    );
  });
}
