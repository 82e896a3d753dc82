/**
 * The fixed mix of searches the benchmark measures, as the query strings of /find-a-provider, and the
 * statistics both the in-process and the HTTP measurements report.
 */
import { parseSearchParams, type SearchQuery } from '@/lib/directory/search/params';

export type BenchSearch = { label: string; queryString: string };

export const benchSearches: readonly BenchSearch[] = [
  { label: 'primary care, new patients, within 10 mi of 97501', queryString: 'care=primary-care&near=97501&miles=10&patients=new' },
  { label: 'pregnancy care (OB, midwife), Spanish-speaking', queryString: 'care=pregnancy&lang=es' },
  { label: 'misspelled name "garsia"', queryString: 'name=garsia' },
  { label: 'behavioral health by telehealth', queryString: 'care=behavioral-health&telehealth=1' },
  { label: 'pediatrics, wheelchair-accessible entrance', queryString: 'care=pediatrics&access=entrance' },
  { label: 'broad search, page 5', queryString: 'patients=any&page=5' },
  { label: 'dental within 25 mi of Ashland', queryString: 'care=dental&near=Ashland&miles=25' },
];

export const DETAIL_LABEL = 'detail page (30 different listings)';

export function queryOf(search: BenchSearch): SearchQuery {
  const params = new URLSearchParams(search.queryString);
  const raw = Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.getAll(name)]));
  return parseSearchParams(raw).query;
}

/** Nearest-rank percentile of milliseconds. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
}

export const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
