/**
 * Builds a Prisma client for a database config without opening anything: Prisma connects its driver
 * adapter on the first query, and our PGlite adapter factory opens the folder (and takes its lock) only
 * then. So importing the client costs nothing, and pages that never query never touch the database.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client';
import { mendAdapter } from './adapter-mends';
import type { DatabaseConfig } from './config';
import { openPglite } from './pglite';

export type Database = PrismaClient;

/** A server that does not answer is reported within seconds, so a page can say so instead of hanging. */
const CONNECT_TIMEOUT_MS = 5_000;

export function createDatabaseClient(config: DatabaseConfig): Database {
  const adapter =
    config.kind === 'postgres'
      ? new PrismaPg({ connectionString: config.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
      : lazyPgliteFactory(config.dataDir);
  return new PrismaClient({ adapter });
}

/**
 * Opens PGlite when Prisma first connects and closes it (freeing the folder lock) when Prisma
 * disconnects; a failed open (the folder is locked) is retried by the next query, so the app
 * recovers once the other process has gone, without a restart.
 */
function lazyPgliteFactory(dataDir: string): SqlDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter (lazy)',
    async connect() {
      const open = await openPglite(dataDir);
      try {
        return mendAdapter(await new PrismaPGlite(open.pglite).connect(), {
          // The adapter's own executeScript does not await PGlite, so its errors would escape.
          runScript: (script) => open.pglite.exec(script),
          onDispose: () => open.close(),
        });
      } catch (error) {
        await open.close();
        throw error;
      }
    },
  };
}
