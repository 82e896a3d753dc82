/**
 * An open database for scripts and tests: pending migrations applied, a Prisma client, one close().
 * With PGlite the client and the migrations share one PGlite instance, because the folder lock
 * allows only one opener.
 */
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client';
import { mendAdapter } from './adapter-mends';
import { createDatabaseClient, type Database } from './client';
import type { DatabaseConfig } from './config';
import { applyPendingMigrations, type MigrationTarget } from './migrate';
import type { ProjectPaths } from './migrations-dir';
import { openPglite } from './pglite';

export type DatabaseSession = {
  readonly db: Database;
  readonly target: MigrationTarget;
  /** Migrations this open applied (empty when the database was up to date). */
  readonly applied: string[];
  close(): Promise<void>;
};

export async function openDatabaseSession(config: DatabaseConfig, options: { migrate?: boolean; paths?: ProjectPaths } = {}): Promise<DatabaseSession> {
  const migrate = async (target: MigrationTarget) => (options.migrate === false ? [] : applyPendingMigrations(target, options.paths));
  if (config.kind === 'postgres') {
    const target: MigrationTarget = { kind: 'postgres', url: config.url };
    const applied = await migrate(target);
    const db = createDatabaseClient(config);
    return { db, target, applied, close: () => db.$disconnect() };
  }
  const open = await openPglite(config.dataDir);
  try {
    const target: MigrationTarget = { kind: 'pglite', pglite: open.pglite };
    const applied = await migrate(target);
    const db = clientOnPglite(open.pglite);
    return {
      db,
      target,
      applied,
      async close() {
        await db.$disconnect();
        await open.close();
      },
    };
  } catch (error) {
    await open.close();
    throw error;
  }
}

/** A client over a PGlite the caller keeps open (and closes). */
function clientOnPglite(pglite: PGlite): Database {
  return new PrismaClient({
    adapter: {
      provider: 'postgres',
      adapterName: 'pglite-prisma-adapter (shared)',
      connect: async () => mendAdapter(await new PrismaPGlite(pglite).connect(), { runScript: (script) => pglite.exec(script) }),
    },
  });
}
