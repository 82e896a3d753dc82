/**
 * Searches that found nothing, counted per language and normalized query (SiteSearchMiss), so staff
 * can see what members look for and do not find, without keeping what a member typed about
 * themselves ("zoltan kowalczyk syphilis"). A miss is readable by staff only when every word is the
 * site's own (lib/site-search/vocabulary.ts) or at least READABLE_AFTER_VISITORS different visitors
 * sent it; until then the row holds a salted hash of the query, and one salted hash of visitor and
 * query per visitor (so no visitor's searches can be linked together). Each visitor's counting is
 * rate-limited; the table is capped and forgets what nobody searched for 90 days.
 */
import type { Database } from '@/lib/db/client';
import { scrubPersonalDetails } from '@/lib/feedback/scrub';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { rateLimitSalt } from '@/lib/secrets';
import { foldedWords, normalizeQuery } from './normalize';

export type SiteSearchMiss = { locale: string; query: string; count: number; firstSeenAt: Date; lastSeenAt: Date };

export const READABLE_AFTER_VISITORS = 3;
export const missRules = {
  /** The most rows kept; a new miss beyond it pushes out the least recently searched. */
  capacity: 5000,
  retentionDays: 90,
  /** Misses counted per visitor per hour: one visitor cannot fill the table or inflate a count. */
  perVisitorPerHour: 30,
};

export type MissOutcome = 'readable' | 'hidden' | 'refused' | 'limited';

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

/** clientKey is the project's one salted hash (the rate-limit salt); only its hex part is stored. */
const saltedHash = (scope: string, value: string, salt: string) => clientKey(scope, value, salt).slice(scope.length + 1);

/**
 * Counts one miss from one visitor (`visitor`: the client address, hashed here, never stored).
 * `inVocabulary`: every word is the site's own (SiteIndex.vocabulary). Each step is one atomic
 * statement, so web servers sharing a database count every miss and every visitor once.
 */
export async function recordSiteSearchMiss(
  db: Database,
  miss: { locale: string; query: string; visitor: string | null; inVocabulary: boolean },
  rules = missRules,
): Promise<MissOutcome> {
  const key = missKey(miss.query);
  if (!key) return 'refused';
  const salt = await rateLimitSalt(db);
  const limit = await takeRateLimit(db, { key: clientKey('search-miss', miss.visitor, salt), limit: rules.perVisitorPerHour, windowSeconds: 3600 });
  if (!limit.allowed) return 'limited';

  const queryHash = saltedHash('search-miss-query', `${miss.locale}\n${key}`, salt);
  const [row] = await db.$queryRaw<{ readable: boolean; count: number }[]>`
    INSERT INTO "SiteSearchMiss" ("locale", "queryHash", "query", "count", "firstSeenAt", "lastSeenAt")
    VALUES (${miss.locale}, ${queryHash}, ${miss.inVocabulary ? key : null}, 1, statement_timestamp(), statement_timestamp())
    ON CONFLICT ("locale", "queryHash") DO UPDATE
    SET "count" = "SiteSearchMiss"."count" + 1, "lastSeenAt" = statement_timestamp(),
      "query" = coalesce("SiteSearchMiss"."query", excluded."query")
    RETURNING "query" IS NOT NULL AS readable, "count"`;
  if (!row) throw new Error('The site search miss upsert returned no row.');
  // Tidying runs only when a row was added: the one moment the table grows.
  if (row.count === 1) await forgetOldMisses(db, rules);
  if (row.readable) return 'readable';

  const visitorHash = saltedHash('search-miss-visitor', `${miss.visitor ?? ''}\n${miss.locale}\n${key}`, salt);
  const [counted] = await db.$queryRaw<{ readable: boolean }[]>`
    WITH added AS (
      INSERT INTO "SiteSearchMissVisitor" ("locale", "queryHash", "visitorHash")
      VALUES (${miss.locale}, ${queryHash}, ${visitorHash})
      ON CONFLICT DO NOTHING RETURNING 1
    )
    UPDATE "SiteSearchMiss"
    SET "visitors" = "visitors" + (SELECT count(*) FROM added)::int,
      "query" = CASE WHEN "visitors" + (SELECT count(*) FROM added)::int >= ${READABLE_AFTER_VISITORS}::int THEN ${key} ELSE "query" END
    WHERE "locale" = ${miss.locale} AND "queryHash" = ${queryHash}
    RETURNING "query" IS NOT NULL AS readable`;
  if (!counted?.readable) return 'hidden';
  // Readable now: who sent it no longer matters.
  await db.$executeRaw`DELETE FROM "SiteSearchMissVisitor" WHERE "locale" = ${miss.locale} AND "queryHash" = ${queryHash}`;
  return 'readable';
}

/** Drops misses nobody searched for `retentionDays`, then the least recent beyond `capacity` (indexed on lastSeenAt). */
async function forgetOldMisses(db: Database, rules: typeof missRules): Promise<void> {
  await db.$executeRaw`DELETE FROM "SiteSearchMiss" WHERE "lastSeenAt" < statement_timestamp() - make_interval(days => ${rules.retentionDays}::int)`;
  await db.$executeRaw`
    DELETE FROM "SiteSearchMiss" WHERE ("locale", "queryHash") IN (
      SELECT "locale", "queryHash" FROM "SiteSearchMiss" ORDER BY "lastSeenAt" DESC, "locale", "queryHash" OFFSET ${rules.capacity}::int
    )`;
}

/** The readable misses, most frequent first (then the most recent), for the staff area. */
export async function listSiteSearchMisses(db: Database, options: { locale?: string; limit: number }): Promise<SiteSearchMiss[]> {
  const limit = Number.isFinite(options.limit) ? Math.max(1, Math.min(1000, Math.floor(options.limit))) : 100;
  const rows = await db.siteSearchMiss.findMany({
    where: { query: { not: null }, ...(options.locale ? { locale: options.locale } : {}) },
    orderBy: [{ count: 'desc' }, { lastSeenAt: 'desc' }, { query: 'asc' }],
    take: limit,
    select: { locale: true, query: true, count: true, firstSeenAt: true, lastSeenAt: true },
  });
  return rows.flatMap((row) => (row.query === null ? [] : [{ ...row, query: row.query }]));
}
