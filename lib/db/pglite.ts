/**
 * Opening the embedded database: PGlite with the contrib extensions our schema uses (pg_trgm for
 * typo-tolerant names, cube + earthdistance for miles), guarded by the folder lock.
 */
import { PGlite, type Extension } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { MEMORY_DATA_DIR } from './config';
import { acquirePgliteLock } from './pglite-lock';

/**
 * Loads extension libraries when PostgreSQL first needs them instead of all at once at start-up.
 *
 * PGlite 0.5.16 instantiates every extension's WebAssembly library concurrently while it boots. With
 * pg_trgm and cube both present that corrupts memory, depending on which finishes first: the `%`
 * similarity operator silently matches nothing and later queries can hang (reproduced: pg_trgm
 * before cube failed 4 runs of 4; with earthdistance too, about one run in three). Emscripten's
 * `noWasmDecoding` turns the boot-time decoding off; each library is then loaded synchronously by
 * dlopen, after the runtime is up (22 runs of 22 correct). A pseudo-extension is the one hook PGlite
 * offers for changing its Emscripten options.
 */
const loadLibrariesOnDemand: Extension = {
  name: 'load-libraries-on-demand',
  setup: async (_pg, emscriptenOptions: Record<string, unknown>) => ({ emscriptenOpts: { ...emscriptenOptions, noWasmDecoding: true } }),
};

/** PGlite can only CREATE EXTENSION for extensions handed to it when it starts. */
export const pgliteExtensions = { loadLibrariesOnDemand, pg_trgm, cube, earthdistance };

export type OpenPglite = {
  readonly pglite: PGlite;
  readonly dataDir: string;
  /** Closes PGlite and frees the folder; safe to call twice. */
  close(): Promise<void>;
};

export async function openPglite(dataDir: string): Promise<OpenPglite> {
  const inMemory = dataDir === MEMORY_DATA_DIR;
  const lock = inMemory ? null : acquirePgliteLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: inMemory ? undefined : dataDir, extensions: pgliteExtensions });
  } catch (error) {
    lock?.release();
    throw error;
  }
  let closing: Promise<void> | null = null;
  return {
    pglite,
    dataDir,
    close() {
      closing ??= (async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          lock?.release();
        }
      })();
      return closing;
    },
  };
}
