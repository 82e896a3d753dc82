/**
 * The databases the DB tests run on: a fresh in-memory PGlite always, and a fresh database on the
 * PostgreSQL server of TEST_DATABASE_URL when it is set (.ci/run starts one and sets it). Without it
 * the PostgreSQL suites are skipped, and their names say why.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { MEMORY_DATA_DIR, type DatabaseConfig } from '@/lib/db/config';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

export type TestBackend = {
  /** For the suite name: "on PGlite", "on PostgreSQL" or "on PostgreSQL (skipped: ...)". */
  label: string;
  skip: boolean;
  /** A new, empty database of this kind; `drop` removes it. */
  create(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }>;
};

export const testBackends: TestBackend[] = [
  {
    label: 'on PGlite',
    skip: false,
    create: async () => ({ config: { kind: 'pglite', dataDir: MEMORY_DATA_DIR }, drop: async () => {} }),
  },
  {
    label: testDatabaseUrl ? 'on PostgreSQL' : 'on PostgreSQL (skipped: set TEST_DATABASE_URL to a server the tests may create databases on)',
    skip: !testDatabaseUrl,
    create: async () => {
      const database = await createPostgresDatabase();
      return { config: { kind: 'postgres', url: database.url }, drop: database.drop };
    },
  },
];

/**
 * Inside a describe: a new database of `backend` for the suite, opened (and migrated unless
 * `migrate: false`) before its tests, then `prepare`d; closed and dropped after them. Returns the
 * session; read it in hooks and tests, not while the suite is being declared.
 */
export function useTestDatabase(
  backend: TestBackend,
  options: { migrate?: boolean; prepare?: (session: DatabaseSession) => Promise<void> } = {},
): DatabaseSession {
  let session: DatabaseSession | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await backend.create();
    drop = database.drop;
    session = await openDatabaseSession(database.config, { migrate: options.migrate });
    await options.prepare?.(session);
  }, 240_000);
  afterAll(async () => {
    await session?.close();
    await drop?.();
  });
  const opened = (): DatabaseSession => {
    if (!session) throw new Error('The test database is opened in beforeAll: use it inside hooks and tests.');
    return session;
  };
  return {
    get db() {
      return opened().db;
    },
    get target() {
      return opened().target;
    },
    get applied() {
      return opened().applied;
    },
    close: () => opened().close(),
  };
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `directory_test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Databases on the test server whose names start with `prefix` (to prove nothing was left behind). */
export async function databasesNamed(prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}
