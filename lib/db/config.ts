/**
 * Which database this process uses, from the settings (lib/env.ts validates them, so a bad
 * DATABASE_URL fails with a sentence instead of a connection error deep in a request).
 *
 * - DATABASE_URL set (postgres:// or postgresql://): PostgreSQL through @prisma/adapter-pg.
 * - Otherwise the embedded PGlite database, in DATA_DIR (default `.data/pglite`) under the project
 *   (the working directory `npm` and `next` run in). DATA_DIR=memory:// keeps it in memory only.
 */
import path from 'node:path';
import { readSettings, type Settings } from '@/lib/env';

export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export const MEMORY_DATA_DIR = 'memory://';

export function readDatabaseConfig(
  settings: Pick<Settings, 'DATABASE_URL' | 'DATA_DIR'> = readSettings(),
  projectRoot: string = process.cwd(),
): DatabaseConfig {
  if (settings.DATABASE_URL) return { kind: 'postgres', url: settings.DATABASE_URL };
  if (settings.DATA_DIR === MEMORY_DATA_DIR) return { kind: 'pglite', dataDir: MEMORY_DATA_DIR };
  return { kind: 'pglite', dataDir: path.resolve(projectRoot, settings.DATA_DIR) };
}

/** Where the data lives, for messages: never the password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'pglite') return config.dataDir === MEMORY_DATA_DIR ? 'PGlite in memory' : `PGlite in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
