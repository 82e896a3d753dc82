/**
 * npm run directory:seed-demo — loads the sample Jackson County provider network (lib/directory/demo)
 * when the directory has no listings, so a fresh install shows a working search; a directory that has
 * listings is left alone. `npm start` runs it after migrating. SKIP_SAMPLE_DIRECTORY=1 skips it, for
 * operators who will import real data. Applies pending migrations first, like directory:import.
 */
import { describeDatabase, readDatabaseConfig } from '@/lib/db/config';
import { operatorMessage } from '@/lib/db/operator-errors';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';
import { seedSampleDirectoryIfEmpty } from '@/lib/directory/demo/seed';

const skip = ['1', 'true'].includes(process.env.SKIP_SAMPLE_DIRECTORY?.trim().toLowerCase() ?? '');

let session: DatabaseSession | null = null;
try {
  if (skip) {
    console.log('SKIP_SAMPLE_DIRECTORY is set; sample data not loaded.');
  } else {
    const config = readDatabaseConfig();
    session = await openDatabaseSession(config);
    for (const name of session.applied) console.error(`applied migration ${name}`);
    const result = await seedSampleDirectoryIfEmpty(session.db);
    console.log(
      result.seeded
        ? `Loaded the sample provider directory (${result.resourceCount} resources) into ${describeDatabase(config)}.`
        : 'The provider directory already has listings; sample data not loaded.',
    );
  }
} catch (error) {
  const message = operatorMessage(error);
  if (!message) throw error;
  console.error(message);
  process.exitCode = 1;
} finally {
  await session?.close();
}
