/**
 * Fresh planner statistics and reclaimed dead rows after a bulk write (an import).
 *
 * PostgreSQL's autovacuum gets there on its own, some minutes later. PGlite has no autovacuum at all:
 * an embedded database was never analyzed, so every search was planned from guesses, and each
 * re-import left the rows it replaced behind for good. The importers call this once their
 * transaction has committed (VACUUM cannot run inside one).
 */
import type { Database } from './client';

/** Our own table names, checked, so safe to write into the statement. */
const TABLE_NAME = /^[A-Za-z]+$/;

/**
 * VACUUM ANALYZE of these tables. Null when it ran; the database's reason when it refused. The import
 * has already committed by then, so a refusal must not look like a failed import: the command prints
 * the reason as a warning instead.
 */
export async function tidyAfterBulkWrite(db: Database, tables: readonly string[]): Promise<string | null> {
  for (const table of tables) if (!TABLE_NAME.test(table)) throw new Error(`unexpected table name ${table}`);
  if (tables.length === 0) return null;
  try {
    await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${tables.map((table) => `"${table}"`).join(', ')}`);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
