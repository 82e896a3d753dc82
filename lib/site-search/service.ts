/**
 * The site search as pages use it: each language's index is built once per server process, from
 * content/ as it is when the server starts (so a staff edit is searchable after the next start),
 * and reused. A search that finds nothing is counted after the response is sent; counting can
 * fail (the database is down) without the page noticing. What members type is never logged.
 */
import { headers } from 'next/headers';
import { after } from 'next/server';
import { cache } from 'react';
import type { Locale } from '@/i18n/routing';
import { getDb } from '@/lib/db';
import { requestClientAddress } from '@/lib/rate-limit/client-address';
import { recordSiteSearchMiss } from './misses';
import { normalizeQuery, type NormalizedQuery } from './normalize';
import { providerFilterFor, type ProviderFilter } from './provider-kinds';
import { buildSiteIndex, searchSiteIndex, type SiteIndex, type SiteSearchHit } from './site-index';

export type SiteSearchOutcome = {
  query: NormalizedQuery;
  hits: SiteSearchHit[];
  /** A provider-search filter when the query names a kind of provider. */
  provider: ProviderFilter | null;
  /** Searches to suggest (content/{locale}/search-synonyms.yaml). */
  suggestions: string[];
};

const indexes = new Map<Locale, Promise<SiteIndex>>();

/** The language's index, built on first use; a failed build is retried by the next search. */
export function siteIndex(locale: Locale): Promise<SiteIndex> {
  let index = indexes.get(locale);
  if (!index) {
    index = buildSiteIndex(locale);
    indexes.set(locale, index);
    index.catch(() => indexes.delete(locale));
  }
  return index;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);

/** Searches what a member typed (the `q` parameter, any shape); never throws for a bad query. */
export async function searchSite(locale: Locale, raw: string | readonly string[] | undefined): Promise<SiteSearchOutcome> {
  const query = normalizeQuery(raw);
  // A query with control characters is refused (the page says why): nothing searched, nothing counted.
  return { query, ...(await searchNormalized(locale, query.refused ? '' : query.text)) };
}

// cache(): the page and its metadata (the title leads with the count) share one search, and one
// count of a miss, per request. The key is the normalized text, the same however `q` arrived.
const searchNormalized = cache(async (locale: Locale, text: string): Promise<Omit<SiteSearchOutcome, 'query'>> => {
  const index = await siteIndex(locale);
  const suggestions = index.words.suggestions;
  if (!text) return { hits: [], provider: null, suggestions };
  const provider = providerFilterFor(locale, text);
  let hits: SiteSearchHit[];
  try {
    hits = await searchSiteIndex(index, text);
  } catch (error) {
    console.error(`site search failed: ${errorName(error)}`);
    return { hits: [], provider, suggestions };
  }
  if (hits.length === 0) {
    // Request data is read before after(): its callback runs once the response is sent.
    const visitor = requestClientAddress(await headers());
    const inVocabulary = index.vocabulary.covers(text);
    after(() =>
      recordSiteSearchMiss(getDb(), { locale, query: text, visitor, inVocabulary }).catch((error: unknown) => {
        console.error(`site search miss not counted: ${errorName(error)}`);
      }),
    );
  }
  return { hits, provider, suggestions };
});
