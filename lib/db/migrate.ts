/**
 * Migrations through the WebAssembly schema engine: apply what is pending (as `prisma migrate deploy`
 * does, writing the same `_prisma_migrations` rows), compare schema.prisma with the history (the drift
 * check), and write the SQL for a new migration (as `prisma migrate dev --create-only` does).
 */
import type { PGlite } from '@electric-sql/pglite';
import { pgliteEngineFactory, postgresEngineFactory, type EngineAdapterFactory } from './engine-adapters';
import { migrationFolderName, projectPaths, readMigrationsList, readSchema, writeMigration, type ProjectPaths } from './migrations-dir';
import { withSchemaEngine } from './schema-engine';

/** The database to migrate: an open PGlite (the caller holds its lock) or a PostgreSQL URL. */
export type MigrationTarget = { kind: 'pglite'; pglite: PGlite } | { kind: 'postgres'; url: string };

/**
 * Where a diff replays the migrations. The default, a scratch in-memory PGlite, needs no server;
 * PostgreSQL (a throwaway database on that server) shows what the history builds on the real thing.
 */
export type ShadowDatabase = { kind: 'pglite' } | { kind: 'postgres'; url: string };

const noFilters = { externalTables: [], externalEnums: [] };

function factoryFor(target: MigrationTarget | ShadowDatabase): EngineAdapterFactory {
  if (target.kind === 'postgres') return postgresEngineFactory(target.url);
  return pgliteEngineFactory('pglite' in target ? target.pglite : null);
}

/** Applies pending migrations in order; returns the names applied (empty when up to date). */
export async function applyPendingMigrations(target: MigrationTarget, paths: ProjectPaths = projectPaths()): Promise<string[]> {
  const migrationsList = readMigrationsList(paths.migrations);
  return withSchemaEngine(factoryFor(target), readSchema(paths.schema), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}

export type DriftReport = {
  /** True when replaying every migration builds exactly what schema.prisma describes. */
  inSync: boolean;
  /** The SQL a new migration would need to catch the history up with the schema (empty when in sync). */
  missingSql: string;
};

/**
 * The drift check: replays the migrations into a shadow database and diffs the result against
 * schema.prisma. Indexes Prisma cannot express (our ll_to_earth GiST index) are invisible to both
 * sides, so hand-written SQL of that kind is not drift; a table, column, enum or index the schema
 * has and the history lacks (or the reverse) is.
 */
export async function checkDrift(options: { paths?: ProjectPaths; shadow?: ShadowDatabase } = {}): Promise<DriftReport> {
  const paths = options.paths ?? projectPaths();
  const schema = readSchema(paths.schema);
  const migrationsList = readMigrationsList(paths.migrations);
  return withSchemaEngine(factoryFor(options.shadow ?? { kind: 'pglite' }), schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    // exitCode: 0 no difference, 2 a difference (the engine's `--exit-code` convention).
    const inSync = result.exitCode === 0;
    return { inSync, missingSql: inSync ? '' : (result.stdout ?? '').trim() };
  });
}

/**
 * Writes `prisma/migrations/<timestamp>_<name>/migration.sql` with what the schema has that the
 * history lacks. Returns null (and writes nothing) when they already agree.
 */
export async function createMigration(
  name: string,
  options: { paths?: ProjectPaths; shadow?: ShadowDatabase; now?: Date } = {},
): Promise<{ folder: string; sql: string } | null> {
  const paths = options.paths ?? projectPaths();
  const folder = migrationFolderName(name, options.now);
  const drift = await checkDrift({ paths, shadow: options.shadow });
  if (drift.inSync) return null;
  return { folder: writeMigration(paths.migrations, folder, `${drift.missingSql}\n`), sql: drift.missingSql };
}
