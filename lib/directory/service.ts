/**
 * What the directory pages ask for, over the app's one database client. Database failures become a
 * DirectoryUnavailableError (the page says so in the member's language and the proxy answers 503);
 * what the member searched for is never logged.
 */
import { forgetDirectoryHealth } from './health';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { describeFailure } from '@/lib/db/failures';
import { findListing } from './search/listing';
import type { ListingDetail } from './search/listing-types';
import { parseSearchParams, searchHref, type SearchQuery } from './search/params';
import { searchDirectory, type SearchOutcome } from './search/search';
import { directoryHasSampleData } from './sample-data';

export class DirectoryUnavailableError extends Error {
  override readonly name = 'DirectoryUnavailableError';
}

/** A failure while the database answers: a bug of ours. Its message is only the error's kind. */
export class DirectoryFailureError extends Error {
  override readonly name = 'DirectoryFailureError';
}

/**
 * An outage (the database does not answer) becomes DirectoryUnavailableError: the page says so and
 * the proxy answers 503. Anything else is a bug: the member sees the error page. Either way only the
 * kind of failure is logged, never SQL parameters or what was typed.
 */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { kind, outage } = await describeFailure(error, getDb);
    if (!outage) {
      console.error(`provider directory: unexpected ${kind}`);
      throw new DirectoryFailureError(`unexpected ${kind}`);
    }
    console.error(`provider directory unavailable: ${kind}`);
    forgetDirectoryHealth();
    throw new DirectoryUnavailableError('The provider directory database could not be reached.', { cause: error });
  }
}

// cache(): the page and its metadata (the title carries the count) share one search per request.
// The key is the canonical query string, which parses back to the same query.
const searchByKey = cache((key: string) => {
  const params = new URLSearchParams(key);
  const raw = Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.getAll(name)]));
  return guarded(() => searchDirectory(getDb(), parseSearchParams(raw).query));
});

export function searchProviders(query: SearchQuery): Promise<SearchOutcome> {
  return searchByKey(searchHref(query, { page: query.page }));
}

export const getListing = cache((id: string): Promise<ListingDetail | null> => guarded(() => findListing(getDb(), id)));

/**
 * Whether the directory is the sample network: it changes only when a directory is imported, so one
 * answer stands for a minute per process rather than a query on every directory page (on globalThis,
 * shared by every bundle). After an import the sample notice goes within that minute.
 */
const SAMPLE_ANSWER_MS = 60_000;
const sampleAnswer = globalThis as typeof globalThis & { __directorySampleAnswer?: { value: boolean; at: number } };

export const showsSampleData = cache(async (): Promise<boolean> => {
  const known = sampleAnswer.__directorySampleAnswer;
  if (known && Date.now() - known.at < SAMPLE_ANSWER_MS) return known.value;
  const value = await guarded(() => directoryHasSampleData(getDb()));
  sampleAnswer.__directorySampleAnswer = { value, at: Date.now() };
  return value;
});
