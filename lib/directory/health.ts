/**
 * Whether the directory database answers, for the proxy, which asks before every directory page.
 *
 * A success is trusted for a few seconds per process instead of costing a round trip on every request
 * (on the embedded database that round trip runs on the same thread as the page). A failure is never
 * trusted: the next request checks again, so the site recovers the moment the database is back. A page
 * whose query meets an outage within those seconds says so itself and forgets the success
 * (`forgetDirectoryAnswered`), so from the next request on the proxy answers 503 again.
 */
import { getDb } from '@/lib/db';
import { databaseAnswers } from '@/lib/db/failures';

/** How long one successful check stands for. */
export const TRUSTED_SUCCESS_MS = 5_000;

type HealthCheck = { isAvailable(): Promise<boolean>; forget(): void };

/** A check that trusts a success for `trustedMs`, and never a failure. */
export function trustSuccessFor(check: () => Promise<boolean>, trustedMs: number, now: () => number = Date.now): HealthCheck {
  let answeredAt: number | null = null;
  return {
    async isAvailable() {
      if (answeredAt !== null && now() - answeredAt < trustedMs) return true;
      const answers = await check();
      answeredAt = answers ? now() : null;
      return answers;
    },
    forget() {
      answeredAt = null;
    },
  };
}

// On globalThis: the proxy and the pages are separate bundles in one process, and must share one state.
const shared = globalThis as typeof globalThis & { __directoryHealth?: HealthCheck };

function directoryHealth(): HealthCheck {
  shared.__directoryHealth ??= trustSuccessFor(() => databaseAnswers(getDb), TRUSTED_SUCCESS_MS);
  return shared.__directoryHealth;
}

export function directoryIsAvailable(): Promise<boolean> {
  return directoryHealth().isAvailable();
}

/** Called when a directory query met an outage: the next request checks again (and gets 503). */
export function forgetDirectoryAnswered(): void {
  directoryHealth().forget();
}
