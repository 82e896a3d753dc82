/**
 * A fixed-window rate limit kept in the database, so every web server behind one PostgreSQL counts
 * the same requests (web servers keep no state of their own). Any form can use it:
 *
 *   const key = clientKey('report', ip, await rateLimitSalt(db));
 *   const { allowed, retryAfterSeconds } = await takeRateLimit(db, { key, limit: 5, windowSeconds: 600 });
 *
 * One row per key per window (RateLimitWindow). Each take is a single INSERT ... ON CONFLICT DO UPDATE,
 * which PostgreSQL runs atomically per row: with a limit of 5, exactly 5 of any number of concurrent
 * takes are allowed. Windows are aligned to the database clock (or `now`, for tests), so servers agree
 * on where a window starts even if their own clocks drift.
 */
import { createHmac } from 'node:crypto';
import type { Database } from '@/lib/db/client';

export type RateLimitRequest = {
  /** Who is being limited, e.g. `clientKey('report', ip, salt)`. Never put what a member typed in a key. */
  key: string;
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
  /** The time of the request; defaults to the database's clock. */
  now?: Date;
};

export type RateLimitResult = {
  allowed: boolean;
  /** 0 when allowed; otherwise the whole seconds until this key's window ends (for a Retry-After header). */
  retryAfterSeconds: number;
};

export async function takeRateLimit(db: Database, request: RateLimitRequest): Promise<RateLimitResult> {
  const { key, limit, windowSeconds } = request;
  if (key === '' || key.length > 200) throw new RangeError('A rate-limit key must be 1 to 200 characters long.');
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('A rate limit must be a whole number of requests, at least 1.');
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) throw new RangeError('A rate-limit window must be a whole number of seconds, at least 1.');
  const now = request.now?.toISOString() ?? null;

  const [hit] = await db.$queryRaw<{ count: number; retryAfterSeconds: number }[]>`
    WITH clock AS (
      SELECT moment, to_timestamp(floor(extract(epoch FROM moment) / ${windowSeconds}::int) * ${windowSeconds}::int) AS "windowStart"
      FROM (SELECT coalesce(${now}::timestamptz, statement_timestamp()) AS moment) AS t
    ), hit AS (
      INSERT INTO "RateLimitWindow" ("key", "windowStart", "expiresAt", "count")
      SELECT ${key}, "windowStart", "windowStart" + make_interval(secs => ${windowSeconds}::int), 1 FROM clock
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
      RETURNING "count", "expiresAt"
    )
    SELECT hit."count", ceil(extract(epoch FROM hit."expiresAt" - clock.moment))::int AS "retryAfterSeconds"
    FROM hit, clock`;
  if (!hit) throw new Error('The rate-limit upsert returned no row.');

  // The first take of a window clears out windows that have ended: an indexed delete, run at most
  // once per key per window. It only tidies up, so a failure (say, a deadlock with another server's
  // cleanup) must not refuse the request; the next new window tries again.
  if (hit.count === 1) {
    await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "expiresAt" <= coalesce(${now}::timestamptz, statement_timestamp())`.catch(() => {});
  }

  const allowed = hit.count <= limit;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, hit.retryAfterSeconds) };
}

/**
 * A rate-limit key for one form (`scope`, e.g. `report`) and one client address: `report:<hex>`, an
 * HMAC-SHA256 of the address, so the table never holds an address. The salt (lib/secrets,
 * `rateLimitSalt`) is secret, so whoever reads the table cannot test guessed addresses against it.
 * Requests without a known address share one key per scope.
 */
export function clientKey(scope: string, ip: string | null, salt: string): string {
  // Scopes are names chosen in code; refusing anything else keeps member input out of keys.
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(scope)) throw new RangeError(`A rate-limit scope is a short lowercase name like "report", not ${JSON.stringify(scope)}.`);
  if (salt.length < 32) throw new RangeError('A rate-limit salt is a secret of at least 32 characters (lib/secrets).');
  const address = ip?.trim().toLowerCase() || 'unknown';
  return `${scope}:${createHmac('sha256', salt).update(address).digest('hex')}`;
}
