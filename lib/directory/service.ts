/**
 * What the directory pages ask for, over the app's one database client. Database failures become a
 * DirectoryUnavailableError (the page says so in the member's language and the proxy answers 503);
 * what the member searched for is never logged.
 */
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { findListing } from './search/listing';
import type { ListingDetail } from './search/listing-types';
import { parseSearchParams, searchHref, type SearchQuery } from './search/params';
import { searchDirectory, type SearchOutcome } from './search/search';
import { directoryHasSampleData } from './sample-data';

export class DirectoryUnavailableError extends Error {
  override readonly name = 'DirectoryUnavailableError';
}

/** Logs only the kind of failure (never SQL parameters or what was typed), then rethrows as unavailable. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const kind = error instanceof Error ? `${error.name}${'code' in error && typeof error.code === 'string' ? ` ${error.code}` : ''}` : typeof error;
    console.error(`provider directory unavailable: ${kind}`);
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

export const showsSampleData = cache((): Promise<boolean> => guarded(() => directoryHasSampleData(getDb())));
