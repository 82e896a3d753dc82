/**
 * Driver adapter factories for the WebAssembly schema engine (migrate, diff), one per database kind,
 * each with a shadow database the engine replays migrations into. Everything they open is tracked
 * and closed by `close()`: a PGlite or pg pool left open keeps the process alive.
 */
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { mendAdapter } from './adapter-mends';
import { relabelCharColumns } from './pg-char-columns';
import { pgliteExtensions } from './pglite';

export type EngineAdapterFactory = SqlMigrationAwareDriverAdapterFactory & { close(): Promise<void> };

/** Closers for everything a factory opened that the engine has not disposed yet. */
function tracker() {
  const open = new Set<() => Promise<void>>();
  return {
    track(closeOne: () => Promise<void>) {
      let done: Promise<void> | null = null;
      const once = () => {
        open.delete(once);
        done ??= closeOne();
        return done;
      };
      open.add(once);
      return once;
    },
    async closeAll() {
      await Promise.all([...open].map((closeOne) => closeOne()));
    },
  };
}

/**
 * Migrations against an open PGlite; its shadow is a fresh in-memory PGlite with the same extensions.
 * Without a PGlite (a diff between migrations and the schema, which touches no live database) one
 * scratch in-memory PGlite serves as both: a cold PGlite costs seconds, and a diff needs only one.
 */
export function pgliteEngineFactory(pglite: PGlite | null): EngineAdapterFactory {
  const opened = tracker();
  let scratch: Promise<PGlite> | null = null;
  const scratchPglite = () => {
    scratch ??= PGlite.create({ extensions: pgliteExtensions }).then((created) => {
      opened.track(() => created.close());
      return created;
    });
    return scratch;
  };
  const wrap = async (client: PGlite, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> =>
    mendAdapter(await new PrismaPGlite(client).connect(), {
      runScript: (script) => client.exec(script),
      argumentlessRawAsScript: true,
      onDispose,
    });
  return {
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter (mended)',
    connect: async () => wrap(pglite ?? (await scratchPglite())),
    async connectToShadowDb() {
      if (!pglite) return wrap(await scratchPglite());
      const shadow = await PGlite.create({ extensions: pgliteExtensions });
      return wrap(
        shadow,
        opened.track(() => shadow.close()),
      );
    },
    close: () => opened.closeAll(),
  };
}

/**
 * Migrations against PostgreSQL. The shadow database is created on the same server and reached by
 * replacing the database in the URL (adapter-pg's own shadow lets a connectionString override the
 * database, so its "shadow" would be the main database); it is dropped WITH (FORCE) after its pool closes.
 */
export function postgresEngineFactory(url: string): EngineAdapterFactory {
  const opened = tracker();
  const connectTo = async (connectionString: string, afterClose?: () => Promise<void>) => {
    // allowExitOnIdle: idle pg clients hold 10-second timers that would keep a finished script alive.
    const pool = new pg.Pool({ connectionString, max: 2, allowExitOnIdle: true });
    relabelCharColumns(pool);
    const closePool = opened.track(async () => {
      await pool.end();
      await afterClose?.();
    });
    return mendAdapter(await new PrismaPg(pool).connect(), {
      runScript: (script) => pool.query(script),
      argumentlessRawAsScript: true,
      onDispose: closePool,
    });
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg (mended)',
    connect: () => connectTo(url),
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
      await runOnce(url, `CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      return connectTo(shadowUrl.toString(), () => runOnce(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
    close: () => opened.closeAll(),
  };
}

async function runOnce(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
