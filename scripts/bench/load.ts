/**
 * Loads the benchmark network through the real importer (one transaction, as operators run it),
 * printing progress, then VACUUM ANALYZE so the planner has statistics and the visibility map is
 * set, as autovacuum would have done on a live server by the time members search.
 */
import type { Database } from '@/lib/db/client';
import { importDirectoryFolder } from '@/lib/directory/import/importer';

const PROGRESS_EVERY_MS = 10_000;

export async function importNetwork(db: Database, folder: string, label: string): Promise<number> {
  const started = performance.now();
  let lastPrinted = 0;
  const print = (text: string, force: boolean) => {
    if (!force && performance.now() - lastPrinted < PROGRESS_EVERY_MS) return;
    lastPrinted = performance.now();
    console.log(`  ${label}: ${text} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  };
  const report = await importDirectoryFolder(db, folder, {
    onReadProgress: (file, lines, done) => print(`read ${lines} lines of ${file.split('/').at(-1)}`, done),
    onWriteProgress: (type, written, total) => print(`wrote ${written} of ${total} ${type}`, written === total),
  });
  print(`imported ${report.resourceCount} resources`, true);
  await analyze(db);
  return (performance.now() - started) / 1000;
}

export async function analyze(db: Database): Promise<void> {
  await db.$executeRawUnsafe('VACUUM ANALYZE');
}

export async function countRoles(db: Database): Promise<number> {
  return db.practitionerRole.count({ where: { id: { startsWith: 'bench-' } } });
}
