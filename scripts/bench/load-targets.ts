/**
 * What bench:load measures, and how: each page of the mix at 1 and at 10 concurrent clients for a
 * fixed time, after one warm-up request, each figure beside the FHIR search over the same tables
 * (the database's own speed through this server) and site search beside the static content page.
 */
import { loadTest } from './http-load';
import { percentile } from './searches';

export type LoadTarget = { name: string; path: string };

export type LoadResult = {
  name: string;
  path: string;
  clients: number;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers other than 200, by status and path. */
  failures: Record<string, number>;
  /** Throughput over the FHIR search's at the same number of clients. */
  ratioToFhir: number | null;
  /** Site search only: throughput over the content page's at the same number of clients. */
  ratioToContent: number | null;
};

export type LoadOptions = { seconds: number; clients: readonly number[] };

export const defaultLoadOptions: LoadOptions = { seconds: 4, clients: [1, 10] };

export const FHIR_NAME = 'FHIR PractitionerRole?_count=20';
const CONTENT_NAME = 'content page';
const SITE_SEARCH_NAME = 'site search';

const fixedTargets: LoadTarget[] = [
  { name: FHIR_NAME, path: '/api/fhir/PractitionerRole?_count=20' },
  { name: CONTENT_NAME, path: '/en/primary-care' },
  { name: SITE_SEARCH_NAME, path: '/en/search?q=pregnant' },
  { name: 'directory near a ZIP', path: '/en/find-a-provider?near=97501&miles=10' },
  { name: 'directory near a ZIP, primary care', path: '/en/find-a-provider?near=97501&miles=10&care=primary-care' },
  { name: 'survey', path: '/en/feedback' },
  { name: 'drug list search', path: '/en/drug-list?q=metformin' },
];

/** A listing of the directory that is there: the first result of the search near the ZIP. */
async function findListingPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/en/find-a-provider?near=97501&miles=10`, { signal: AbortSignal.timeout(180_000) });
  const html = await response.text();
  const id = /href="\/en\/find-a-provider\/([A-Za-z0-9_.-]+)[?"]/.exec(html)?.[1];
  if (response.status !== 200 || !id) {
    throw new Error(`No listing found near 97501 (the search answered ${response.status}); load the sample directory (npm run directory:seed-demo).`);
  }
  return `/en/find-a-provider/${id}`;
}

export async function loadTargets(baseUrl: string): Promise<LoadTarget[]> {
  const listing = { name: 'listing', path: await findListingPath(baseUrl) };
  return [...fixedTargets.slice(0, 5), listing, ...fixedTargets.slice(5)];
}

/** Throughput and latency of every target at each number of clients, with the ratios filled in. */
export async function measureTargets(baseUrl: string, targets: readonly LoadTarget[], options: LoadOptions): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const target of targets) {
    const warm = await fetch(`${baseUrl}${target.path}`, { signal: AbortSignal.timeout(180_000) });
    await warm.arrayBuffer();
    if (warm.status !== 200) throw new Error(`${target.path} answered ${warm.status} while warming up`);
    for (const clients of options.clients) {
      const run = await loadTest(baseUrl, [target.path], clients, options.seconds);
      results.push({
        name: target.name,
        path: target.path,
        clients,
        requests: run.requests,
        perSecond: run.perSecond,
        p50Ms: percentile(run.latencies, 0.5),
        p95Ms: percentile(run.latencies, 0.95),
        failures: Object.fromEntries(run.failures),
        ratioToFhir: null,
        ratioToContent: null,
      });
    }
  }
  const throughput = (name: string, clients: number) => results.find((result) => result.name === name && result.clients === clients)?.perSecond;
  for (const result of results) {
    const fhir = throughput(FHIR_NAME, result.clients);
    const content = throughput(CONTENT_NAME, result.clients);
    result.ratioToFhir = fhir ? result.perSecond / fhir : null;
    result.ratioToContent = result.name === SITE_SEARCH_NAME && content ? result.perSecond / content : null;
  }
  return results;
}

const fixed = (value: number | null, digits: number) => (value === null || Number.isNaN(value) ? '–' : value.toFixed(digits));

/** One Markdown table: a row per target and number of clients. */
export function renderLoadTable(results: readonly LoadResult[], heading: string): string {
  const lines = [
    `### ${heading}`,
    '',
    '| request | clients | req/s | p50 ms | p95 ms | ÷ FHIR | ÷ content page | failures |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((result) => {
      const failures = Object.values(result.failures).reduce((sum, count) => sum + count, 0);
      return `| ${result.name} \`${result.path}\` | ${result.clients} | ${fixed(result.perSecond, 0)} | ${fixed(result.p50Ms, 1)} | ${fixed(result.p95Ms, 1)} | ${fixed(result.ratioToFhir, 2)} | ${fixed(result.ratioToContent, 2)} | ${failures} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}
