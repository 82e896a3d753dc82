/**
 * The drug list page's query string (`?q=metformin`), read the way the provider finder reads its own:
 * the last value of a repeated key wins, whitespace is tidied, control characters refuse the search
 * (a NUL byte cannot even reach PostgreSQL) and are dropped from what the form shows again.
 * No imports from the database: the page, its tests and the proxy can all use it.
 */
import { hasControlCharacters, withoutControlCharacters } from '@/lib/forms/control-characters';

/** Longer than any medicine's name with its strength; a longer query is shown back, not searched. */
export const MAX_DRUG_QUERY_LENGTH = 100;

export type DrugListProblem = 'empty' | 'too-long' | 'control-characters';

export type RawDrugListParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export type ParsedDrugList = {
  /** What to show in the search box: as typed, trimmed, inner whitespace collapsed, control characters removed. */
  query: string;
  /** Whether the address holds a search at all (`q` present, even empty): otherwise the bare page. */
  submitted: boolean;
  /** Search only when this is true: submitted, and no problem with the words. */
  searchable: boolean;
  problems: DrugListProblem[];
};

const QUERY_TEXT = { multiLine: true };

export function parseDrugListParams(raw: RawDrugListParams): ParsedDrugList {
  const value = raw.q;
  if (value === undefined) return { query: '', submitted: false, searchable: false, problems: [] };
  const typed = typeof value === 'string' ? value : (value.at(-1) ?? '');
  const problems: DrugListProblem[] = [];
  // Tab and line breaks are whitespace here; every other control character refuses the search.
  if (hasControlCharacters(typed, QUERY_TEXT)) problems.push('control-characters');
  const query = withoutControlCharacters(typed, QUERY_TEXT).replace(/\s+/gu, ' ').trim();
  if (query.length > MAX_DRUG_QUERY_LENGTH) problems.push('too-long');
  else if (query === '' && problems.length === 0) problems.push('empty');
  return { query, submitted: true, searchable: problems.length === 0, problems };
}

/** The link that loads a search: `?q=…`, or nothing for the bare page. */
export function drugListHref(query: string): string {
  return query === '' ? '' : `?${new URLSearchParams({ q: query }).toString()}`;
}
