/**
 * Server time of the search and detail pages without rendering: the same searchDirectory and
 * findListing calls the pages make, timed in this process. Rounds run every search once, in order,
 * then one detail page, so caches see the mix a busy site would; warm-up rounds are discarded.
 */
import type { Database } from '@/lib/db/client';
import { findListing } from '@/lib/directory/search/listing';
import { searchDirectory } from '@/lib/directory/search/search';
import { benchSearches, DETAIL_LABEL, queryOf } from './searches';

/** `matches` is what the page says: a count, or "more than N" when the search stops counting. */
export type TimedQuery = { label: string; samples: number[]; matches: string | null };

export async function timeServerWork(db: Database, detailIds: readonly string[], options: { warmUp: number; runs: number }): Promise<TimedQuery[]> {
  const searches = benchSearches.map((search) => ({ label: search.label, query: queryOf(search) }));
  const timed: TimedQuery[] = [
    ...searches.map(({ label }) => ({ label, samples: [] as number[], matches: null as string | null })),
    { label: DETAIL_LABEL, samples: [], matches: null },
  ];
  for (let round = 0; round < options.warmUp + options.runs; round++) {
    const measured = round >= options.warmUp;
    for (const [index, { query }] of searches.entries()) {
      const started = performance.now();
      const outcome = await searchDirectory(db, query);
      const elapsed = performance.now() - started;
      const entry = timed[index];
      if (!entry) continue;
      if (outcome.results.length === 0) throw new Error(`The search "${entry.label}" found nothing; the benchmark would time an empty page.`);
      entry.matches = outcome.totalIsCapped ? `more than ${(outcome.total - 1).toLocaleString('en-US')}` : outcome.total.toLocaleString('en-US');
      if (measured) entry.samples.push(elapsed);
    }
    const id = detailIds[round % detailIds.length] ?? '';
    const started = performance.now();
    const listing = await findListing(db, id);
    const elapsed = performance.now() - started;
    if (!listing) throw new Error(`No listing ${id}; the benchmark network and the database disagree.`);
    if (measured) timed.at(-1)?.samples.push(elapsed);
  }
  return timed;
}
