/**
 * Growing delays per staff account, instead of a lock-out: after a few wrong passwords the account
 * asks the next attempt to wait (1 s, 2 s, 4 s … at most a minute), and the right password after the
 * wait signs in. Someone guessing can slow an account down but never shut its owner out for an hour.
 *
 * Kept in the RateLimitWindow table (shared by every web server), one row per account under a fixed
 * window start: `count` is the failures in a row, `expiresAt` is an hour after the last one (the row is
 * then cleared with the other ended windows and the account starts afresh). Attempts made during a
 * wait are refused before the password is checked and do not lengthen it.
 */
import type { Database } from '@/lib/db/client';

/** Wrong passwords in a row that cost nothing: typing mistakes. */
export const FREE_FAILURES = 3;
export const MAX_DELAY_SECONDS = 60;
const FORGET_AFTER_SECONDS = 3600;
const FIXED_WINDOW = '1970-01-01T00:00:00Z';

/** Seconds the next attempt waits after `failures` wrong passwords in a row. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES - 1));
}

/** Whole seconds until `key` may try again (0: now). */
export async function accountWaitSeconds(db: Database, key: string, now?: Date): Promise<number> {
  const at = now?.toISOString() ?? null;
  const [row] = await db.$queryRaw<{ count: number; lastFailureAt: Date; moment: Date }[]>`
    SELECT "count", "expiresAt" - make_interval(secs => ${FORGET_AFTER_SECONDS}::int) AS "lastFailureAt",
           coalesce(${at}::timestamptz, statement_timestamp()) AS moment
    FROM "RateLimitWindow" WHERE "key" = ${key} AND "windowStart" = ${FIXED_WINDOW}::timestamptz`;
  if (!row) return 0;
  const readyAt = row.lastFailureAt.getTime() + delayAfter(row.count) * 1000;
  return Math.max(0, Math.ceil((readyAt - row.moment.getTime()) / 1000));
}

/** Counts a wrong password: one atomic upsert, so servers racing on one account count every failure. */
export async function recordAccountFailure(db: Database, key: string, now?: Date): Promise<void> {
  const at = now?.toISOString() ?? null;
  await db.$executeRaw`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "expiresAt", "count")
    VALUES (${key}, ${FIXED_WINDOW}::timestamptz, coalesce(${at}::timestamptz, statement_timestamp()) + make_interval(secs => ${FORGET_AFTER_SECONDS}::int), 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET
      "count" = CASE WHEN "RateLimitWindow"."expiresAt" <= coalesce(${at}::timestamptz, statement_timestamp()) THEN 1 ELSE "RateLimitWindow"."count" + 1 END,
      "expiresAt" = EXCLUDED."expiresAt"`;
}

/** The right password clears the account's failures. */
export async function clearAccountFailures(db: Database, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "key" = ${key} AND "windowStart" = ${FIXED_WINDOW}::timestamptz`;
}
