/**
 * Prisma's schema engine (migrate, diff) as WebAssembly, so no native binary has to be downloaded.
 * Node 20 cannot import `.wasm` as an ES module, so the bindings are instantiated by hand once per
 * process; each call gets its own engine bound to a driver adapter factory, freed afterwards.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { EngineAdapterFactory } from './engine-adapters';
import { MigrationError } from './errors';

export type { SchemaEngine };
export type SchemaFile = { path: string; content: string };

let instantiated: Promise<void> | null = null;

/**
 * A Rust panic inside the engine reports its message through this global before it aborts (the
 * Prisma CLI installs the same object); without it the panic surfaces as "cannot read set_message".
 */
type PanicRegistry = { message: string; set_message(message: string): void };
const panics = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
panics.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: '',
  set_message(message: string) {
    this.message = `The schema engine crashed: ${message}`;
  },
};

function instantiateBindings(): Promise<void> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    // The engine arms 10-second timeouts that race each database call and never clears them; left
    // as they are they keep a finished script (or test worker) alive for 10 s. Unref'd, they still
    // fire while the engine is busy, but no longer hold the process open once it is done.
    const imports: Record<string, unknown> = { ...bindings };
    for (const key of Object.keys(bindings)) {
      if (key.startsWith('__wbg_setTimeout_')) {
        imports[key] = (callback: () => void, milliseconds: number) => setTimeout(callback, milliseconds >>> 0).unref();
      }
    }
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {
      './schema_engine_bg.js': imports as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== 'function') throw new MigrationError('The schema engine WebAssembly module has no start function.');
    start();
  })();
  return instantiated;
}

/**
 * Runs `work` with an engine for `schema` on the factory's database, then frees the engine and closes
 * everything the factory opened. Engine failures become MigrationError with the engine's message.
 */
export async function withSchemaEngine<T>(factory: EngineAdapterFactory, schema: SchemaFile, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await instantiateBindings();
  // The engine logs JSON lines; we keep the last few to explain a failure.
  const recentLogs: string[] = [];
  const log = (line: string) => {
    recentLogs.push(line);
    if (recentLogs.length > 20) recentLogs.shift();
  };
  let engine: SchemaEngine | null = null;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
    return await work(engine);
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw new MigrationError(engineMessage(error), { cause: error });
  } finally {
    engine?.free();
    await factory.close();
  }
}

/** The engine's errors carry a Rust backtrace after the message; operators need only the message. */
function engineMessage(error: unknown): string {
  const panic = panics.PRISMA_WASM_PANIC_REGISTRY?.message;
  if (panic && error instanceof WebAssembly.RuntimeError) return panic;
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\n\s+0: /)[0]?.trim() || text;
}
