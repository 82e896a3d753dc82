/**
 * Insert-or-update by FHIR id without touching rows that have not changed: existing rows are read
 * first (id, lastUpdated, content hash), new ones inserted in batches, changed ones updated one by
 * one. Re-importing the same files therefore writes nothing and reports everything "unchanged".
 */
export type VersionedRow = { id: string; lastUpdated: Date | string; contentHash: string };
export type StoredVersion = { id: string; lastUpdated: Date; contentHash: string };

export type UpsertOutcome<Row> = { created: Row[]; updated: Row[]; unchanged: number };

export type UpsertOperations<Row, Stored extends StoredVersion> = {
  findExisting(ids: string[]): Promise<Stored[]>;
  createMany(rows: Row[]): Promise<unknown>;
  update(row: Row): Promise<unknown>;
  /** Whether the stored row already says what `row` says; by default same lastUpdated and content. */
  isSame?(stored: Stored, row: Row): boolean;
  onProgress?(written: number, total: number): void;
};

export const BATCH_SIZE = 500;

export function inBatches<T>(items: readonly T[], size: number = BATCH_SIZE): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

export function sameVersion(stored: StoredVersion, row: VersionedRow): boolean {
  return stored.contentHash === row.contentHash && stored.lastUpdated.getTime() === new Date(row.lastUpdated).getTime();
}

export async function upsertRows<Row extends VersionedRow, Stored extends StoredVersion>(
  rows: readonly Row[],
  operations: UpsertOperations<Row, Stored>,
): Promise<UpsertOutcome<Row>> {
  const stored = new Map<string, Stored>();
  for (const batch of inBatches(
    rows.map((row) => row.id),
    1000,
  )) {
    for (const existing of await operations.findExisting(batch)) stored.set(existing.id, existing);
  }
  const isSame = operations.isSame ?? sameVersion;
  const created: Row[] = [];
  const updated: Row[] = [];
  for (const row of rows) {
    const existing = stored.get(row.id);
    if (!existing) created.push(row);
    else if (!isSame(existing, row)) updated.push(row);
  }
  let written = 0;
  const total = created.length + updated.length;
  for (const batch of inBatches(created)) {
    await operations.createMany(batch);
    written += batch.length;
    operations.onProgress?.(written, total);
  }
  for (const row of updated) {
    await operations.update(row);
    written += 1;
    if (written % BATCH_SIZE === 0 || written === total) operations.onProgress?.(written, total);
  }
  return { created, updated, unchanged: rows.length - total };
}
