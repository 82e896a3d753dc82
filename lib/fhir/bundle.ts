/** The searchset Bundle: total (unless the client asked for none), absolute self/next links, fullUrl and search.mode on every entry. */
import { operationOutcome } from './outcome';
import type { FhirResourceType } from './parameters';
import type { SearchQuery } from './query';
import { toFhirResource } from './rows';
import type { SearchResult } from './search';

export function searchLink(base: string, type: FhirResourceType, parameters: [string, string][]): string {
  const search = new URLSearchParams(parameters).toString();
  return `${base}/${type}${search ? `?${search}` : ''}`;
}

export function searchsetBundle(base: string, query: SearchQuery, result: SearchResult) {
  const withCursor = (after: string | null): [string, string][] => (after === null ? query.canonical : [...query.canonical, ['_cursor', after]]);
  const link = [{ relation: 'self', url: searchLink(base, query.type, withCursor(query.after)) }];
  if (result.nextAfter !== null) link.push({ relation: 'next', url: searchLink(base, query.type, withCursor(result.nextAfter)) });
  const entry: Record<string, unknown>[] = [
    ...result.matches.map((row) => ({ fullUrl: `${base}/${query.type}/${row.id}`, resource: toFhirResource(query.type, row), search: { mode: 'match' } })),
    ...result.included.map(({ type, row }) => ({ fullUrl: `${base}/${type}/${row.id}`, resource: toFhirResource(type, row), search: { mode: 'include' } })),
  ];
  if (result.warnings.length > 0) {
    const outcome = operationOutcome('warning', 'informational', result.warnings.join(' '));
    entry.push({ resource: outcome, search: { mode: 'outcome' } });
  }
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    meta: { lastUpdated: new Date().toISOString() },
    ...(result.total === null ? {} : { total: result.total }),
    link,
    ...(entry.length > 0 ? { entry } : {}),
  };
}
