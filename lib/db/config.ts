/**
 * Which database this process uses, read once from the environment and validated with zod, so a bad
 * setting fails with a sentence instead of a connection error deep in a request.
 *
 * - DATABASE_URL set (postgres:// or postgresql://): PostgreSQL through @prisma/adapter-pg.
 * - Otherwise the embedded PGlite database, in DATA_DIR or `.data/pglite` under the project
 *   (the working directory `npm` and `next` run in). DATA_DIR=memory:// keeps it in memory only.
 */
import path from 'node:path';
import { z } from 'zod';
import { DatabaseConfigError } from './errors';

export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export const MEMORY_DATA_DIR = 'memory://';
export const DEFAULT_DATA_DIR = path.join('.data', 'pglite');

/** Unset and empty are the same: deployment tools often write `DATABASE_URL=` for "none". */
const optionalSetting = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const databaseEnvSchema = z.object({
  DATABASE_URL: optionalSetting.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_URL must be a PostgreSQL URL, like postgresql://user:password@host:5432/name')
      .optional(),
  ),
  DATA_DIR: optionalSetting,
});

export function readDatabaseConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  projectRoot: string = process.cwd(),
): DatabaseConfig {
  const parsed = databaseEnvSchema.safeParse({ DATABASE_URL: env.DATABASE_URL, DATA_DIR: env.DATA_DIR });
  if (!parsed.success) {
    throw new DatabaseConfigError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  const { DATABASE_URL: url, DATA_DIR: dataDir } = parsed.data;
  if (url) return { kind: 'postgres', url };
  if (dataDir === MEMORY_DATA_DIR) return { kind: 'pglite', dataDir };
  return { kind: 'pglite', dataDir: path.resolve(projectRoot, dataDir ?? DEFAULT_DATA_DIR) };
}

/** Where the data lives, for messages: never the password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'pglite') return config.dataDir === MEMORY_DATA_DIR ? 'PGlite in memory' : `PGlite in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
