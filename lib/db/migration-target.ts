/**
 * Opens the configured database just long enough to migrate it. Kept apart from the Prisma client so
 * `npm run db:migrate` works before the client is generated.
 */
import type { DatabaseConfig } from './config';
import type { MigrationTarget } from './migrate';
import { openPglite } from './pglite';

export async function withMigrationTarget<T>(config: DatabaseConfig, work: (target: MigrationTarget) => Promise<T>): Promise<T> {
  if (config.kind === 'postgres') return work({ kind: 'postgres', url: config.url });
  const open = await openPglite(config.dataDir);
  try {
    return await work({ kind: 'pglite', pglite: open.pglite });
  } finally {
    await open.close();
  }
}
