/**
 * THE database client of the app: only code under lib/ imports it (eslint enforces this for app/ and
 * components/). PGlite in `.data/pglite` (or DATA_DIR) by default; PostgreSQL when DATABASE_URL is set
 * (see lib/db/config.ts). Lazy: importing this module opens nothing and reads no settings; the first
 * `getDb()` reads the settings, and the first query opens the database.
 *
 * One client per process. In `next dev` modules are re-evaluated on every change, so the client lives
 * on globalThis: a second PGlite on the same folder in the same process would be refused by the lock.
 */
import { createDatabaseClient, type Database } from './db/client';
import { readDatabaseConfig } from './db/config';

export type { Database };

const cache = globalThis as typeof globalThis & { __directoryDatabase?: Database };

export function getDb(): Database {
  cache.__directoryDatabase ??= createDatabaseClient(readDatabaseConfig());
  return cache.__directoryDatabase;
}

/** Closes the client (and with PGlite frees its folder); the next getDb() starts afresh. For scripts and tests. */
export async function closeDb(): Promise<void> {
  const database = cache.__directoryDatabase;
  cache.__directoryDatabase = undefined;
  await database?.$disconnect();
}
