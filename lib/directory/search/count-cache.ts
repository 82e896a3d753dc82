/**
 * How many listings a search matches, kept a minute per process (docs/decisions/0007). Counting reads
 * every matching office row up to the cap (around Medford, hundreds), which on the embedded database
 * cost more than the page of results itself; the next page, the other sort order and the same search
 * from another member all match the same count. The directory changes only by import: an import in
 * this process forgets every count at once (rebuildListingSearchRows); one in another process (the
 * import command beside a running server) shows in counts within the minute, as the sample-data notice
 * does. Kept on globalThis, shared by every bundle of the process, and per database, so tests on
 * several databases never share a count.
 */
import type { SearchPlan } from './conditions';

export type CountRow = { total: bigint | number; office_rows?: bigint | number };

const COUNT_KEPT_MS = 60_000;
/** Enough for the searches members repeat; the oldest goes first past it. */
const MAX_COUNTS = 500;

type Kept = { counted: CountRow; at: number };
const store = globalThis as typeof globalThis & { __directoryCounts?: WeakMap<object, Map<string, Kept>> };
const countsOf = (db: object) => {
  store.__directoryCounts ??= new WeakMap();
  let counts = store.__directoryCounts.get(db);
  if (!counts) store.__directoryCounts.set(db, (counts = new Map()));
  return counts;
};

/** What the count depends on: every filter and the place, not the page or the order. */
export function countKey(plan: SearchPlan): string {
  return JSON.stringify([{ ...plan.query, page: null, sort: null }, plan.place, plan.name]);
}

export function knownCount(db: object, plan: SearchPlan, now = Date.now()): CountRow | undefined {
  const counts = countsOf(db);
  const key = countKey(plan);
  const kept = counts.get(key);
  if (kept && now - kept.at < COUNT_KEPT_MS) return kept.counted;
  if (kept) counts.delete(key);
  return undefined;
}

export function keepCount(db: object, plan: SearchPlan, counted: CountRow, now = Date.now()): void {
  const counts = countsOf(db);
  if (counts.size >= MAX_COUNTS) counts.delete(counts.keys().next().value ?? '');
  counts.set(countKey(plan), { counted, at: now });
}

/** After the listings change: every count of every database is read again. */
export function forgetCounts(): void {
  store.__directoryCounts = new WeakMap();
}
