/**
 * npm run db:migrate — applies pending migrations from prisma/migrations to the configured database
 * (PGlite in .data/pglite or DATA_DIR; PostgreSQL when DATABASE_URL is set) and lists what it applied.
 * `npm start` runs it before serving.
 */
import { describeDatabase, readDatabaseConfig } from '@/lib/db/config';
import { applyPendingMigrations } from '@/lib/db/migrate';
import { withMigrationTarget } from '@/lib/db/migration-target';
import { operatorMessage } from '@/lib/db/operator-errors';

try {
  const config = readDatabaseConfig();
  const started = performance.now();
  const applied = await withMigrationTarget(config, (target) => applyPendingMigrations(target));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (applied.length === 0) {
    console.log(`db:migrate: ${describeDatabase(config)} is up to date (${seconds} s).`);
  } else {
    for (const name of applied) console.log(`applied ${name}`);
    console.log(`db:migrate: applied ${applied.length} migration${applied.length === 1 ? '' : 's'} to ${describeDatabase(config)} (${seconds} s).`);
  }
} catch (error) {
  const message = operatorMessage(error);
  if (!message) throw error;
  console.error(message);
  process.exitCode = 1;
}
