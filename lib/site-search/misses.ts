/**
 * Searches that found nothing, counted per language and normalized query (SiteSearchMiss), so
 * staff can see what members look for and do not find. Only the words are kept, and only when
 * they do not look like personal details: no time of each search, no address, no visitor.
 */
import type { Database } from '@/lib/db/client';
import { scrubPersonalDetails } from '@/lib/feedback/scrub';
import { foldedWords, normalizeQuery } from './normalize';

export type SiteSearchMiss = { locale: string; query: string; count: number; firstSeenAt: Date; lastSeenAt: Date };

/**
 * The key a miss is counted under, or null when it must not be stored: a query that looks like
 * an ID, a birth date, a phone number or an e-mail address (scrubPersonalDetails would change it),
 * or one with no letters or digits at all.
 */
export function missKey(query: string): string | null {
  const { key } = normalizeQuery(query);
  if (foldedWords(key).length === 0) return null;
  if (scrubPersonalDetails(key).replaced > 0) return null;
  return key;
}

/**
 * Counts one miss. One INSERT ... ON CONFLICT DO UPDATE, which PostgreSQL runs atomically per row,
 * so web servers sharing a database count every miss exactly once. Returns whether it was stored.
 */
export async function recordSiteSearchMiss(db: Database, miss: { locale: string; query: string }): Promise<boolean> {
  const key = missKey(miss.query);
  if (!key) return false;
  await db.$executeRaw`
    INSERT INTO "SiteSearchMiss" ("locale", "query", "count", "firstSeenAt", "lastSeenAt")
    VALUES (${miss.locale}, ${key}, 1, statement_timestamp(), statement_timestamp())
    ON CONFLICT ("locale", "query") DO UPDATE
    SET "count" = "SiteSearchMiss"."count" + 1, "lastSeenAt" = statement_timestamp()`;
  return true;
}

/** The most frequent misses first (then the most recent), for the staff area. */
export async function listSiteSearchMisses(db: Database, options: { locale?: string; limit: number }): Promise<SiteSearchMiss[]> {
  const limit = Number.isFinite(options.limit) ? Math.max(1, Math.min(1000, Math.floor(options.limit))) : 100;
  return db.siteSearchMiss.findMany({
    where: options.locale ? { locale: options.locale } : undefined,
    orderBy: [{ count: 'desc' }, { lastSeenAt: 'desc' }, { query: 'asc' }],
    take: limit,
  });
}
