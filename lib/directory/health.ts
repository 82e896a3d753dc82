/**
 * Whether the directory database answers, for the proxy's 503 and the pages' outage notice. The proxy
 * asks before every directory and drug-list page; a round trip each time cost those pages a third of
 * their throughput, so a success is trusted for a moment (per process: each server checks its own
 * connection). A failure is never remembered, and a page that meets an outage forgets the last
 * success, so an outage shows at once and recovery is seen on the next request.
 */
import { getDb } from '@/lib/db';
import { databaseAnswers } from '@/lib/db/failures';

export const TRUST_SUCCESS_MS = 2_000;
let answeredAt = Number.NEGATIVE_INFINITY;

/** The database answered within the last TRUST_SUCCESS_MS, or answers now. */
export async function directoryIsAvailable(now: () => number = Date.now): Promise<boolean> {
  if (now() - answeredAt < TRUST_SUCCESS_MS) return true;
  return directoryAnswersNow(now);
}

/** Asks the database now (for a page that just saw a query fail). */
export async function directoryAnswersNow(now: () => number = Date.now): Promise<boolean> {
  const answers = await databaseAnswers(getDb);
  answeredAt = answers ? now() : Number.NEGATIVE_INFINITY;
  return answers;
}

/** A query failed because the database is out: the next check must ask it. */
export function forgetDirectoryHealth(): void {
  answeredAt = Number.NEGATIVE_INFINITY;
}
