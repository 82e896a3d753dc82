/**
 * npm run bench:search-site [-- --runs N]
 *
 * The site search (lib/site-search) over content/ (or CONTENT_DIR): builds each language's index
 * as a server does on its first search, then reports the index size (documents, and bytes of
 * Orama's serialized form) and the p50 and p95 time of a few hundred varied queries per language:
 * member phrasings, every word of the synonyms files, words from the pages' titles and headings,
 * typos, pairs of words, 100-character and garbage queries. Each query runs --runs times (default
 * 5) after one warm-up round. Writes bench-results/search-site-<date>.json. Goal: p95 under 20 ms.
 * Exits 0 whatever the figures are; non-zero only when something fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { save } from '@orama/orama';
import { routing, type Locale } from '@/i18n/routing';
import { contentDir } from '@/lib/content/paths';
import { buildSiteIndex, searchSiteIndex, type SiteIndex } from '@/lib/site-search/site-index';

const GOAL_P95_MS = 20;
const USAGE = 'Usage: npm run bench:search-site -- [--runs N]';

const phrasings: Record<Locale, string[]> = {
  en: [
    'meds',
    'ride to the doctor',
    'pregnant',
    'dentist',
    'interpreter',
    'OHP',
    'ER',
    'new member',
    'lost my card',
    'change my doctor',
    'what is a cco',
    'after hours',
    'flu shot',
    'wheelchair',
    'complaint',
    'renew my OHP',
    'I need a counselor for my son',
    'how do I get my medicine refilled',
  ],
  es: [
    'embarazada',
    'medicamento',
    'medicinas',
    'dentista',
    'intérprete',
    'interprete',
    'cambiar de doctor',
    'sala de emergencias',
    'miembro nuevo',
    'silla de ruedas',
    'queja',
    'psiquiatra',
    'qué es una cco',
    'tarjeta',
    'vacunas',
    'necesito un doctor que hable español',
  ],
};

/** A small fixed-seed generator, so every run measures the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function queriesFor(index: SiteIndex): string[] {
  const next = random(20_261_125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const words = [
    ...new Set(
      index.pages
        .flatMap((page) => [page.title, ...page.sections.map((section) => section.heading ?? '')])
        .join(' ')
        .split(/[^\p{L}\p{N}]+/u),
    ),
  ].filter((word) => word.length > 2);
  const synonymWords = index.words.synonyms.flatMap((entry) => [...entry.words, ...entry.alsoSearch]);
  const typo = (word: string) => {
    const at = 1 + Math.floor(next() * Math.max(1, word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const queries = [...phrasings[index.locale], ...synonymWords, ...index.words.suggestions];
  for (let count = 0; count < 80; count += 1) queries.push(pick(words));
  for (let count = 0; count < 60; count += 1) queries.push(`${pick(words)} ${pick(synonymWords)}`);
  for (let count = 0; count < 40; count += 1) queries.push(typo(pick(words.filter((word) => word.length >= 6))));
  for (let count = 0; count < 10; count += 1)
    queries.push(
      Array.from({ length: 20 }, () => pick(words))
        .join(' ')
        .slice(0, 100),
    );
  queries.push('qwxzk plorf', '%%% ¿¿ !!', 'a'.repeat(100), '😀😀😀', '<script>alert(1)</script>', '1234 5678');
  return queries;
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
const round = (value: number) => Math.round(value * 100) / 100;

async function benchLocale(locale: Locale, runs: number) {
  const buildStart = performance.now();
  const index = await buildSiteIndex(locale);
  const buildMs = performance.now() - buildStart;
  const serializedBytes = Buffer.byteLength(JSON.stringify(save(index.database)));
  const queries = queriesFor(index);
  for (const query of queries) await searchSiteIndex(index, query); // warm-up
  const times: number[] = [];
  let withResults = 0;
  for (let run = 0; run < runs; run += 1) {
    for (const query of queries) {
      const start = performance.now();
      const hits = await searchSiteIndex(index, query);
      times.push(performance.now() - start);
      if (run === 0 && hits.length > 0) withResults += 1;
    }
  }
  times.sort((a, b) => a - b);
  return {
    locale,
    pages: index.pages.length,
    documents: index.documentCount,
    serializedBytes,
    buildMs: round(buildMs),
    queries: queries.length,
    queriesWithResults: withResults,
    timedSearches: times.length,
    p50Ms: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
    maxMs: round(times.at(-1) ?? 0),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1 || args.some((arg, at) => arg.startsWith('--') && arg !== '--runs' && at !== runsAt + 1)) {
    console.error(USAGE);
    process.exit(2);
  }
  const results = [];
  for (const locale of routing.locales) results.push(await benchLocale(locale, runs));
  console.log(
    `Site search over ${path.relative(process.cwd(), contentDir()) || contentDir()}, ${runs} runs of each query (goal: p95 under ${GOAL_P95_MS} ms)\n`,
  );
  console.log('locale  pages  documents  index bytes  build ms  queries (found)  p50 ms  p95 ms  max ms');
  for (const result of results) {
    console.log(
      `${result.locale.padEnd(6)}  ${String(result.pages).padStart(5)}  ${String(result.documents).padStart(9)}  ${String(result.serializedBytes).padStart(11)}  ${String(result.buildMs).padStart(8)}  ${`${result.queries} (${result.queriesWithResults})`.padStart(15)}  ${String(result.p50Ms).padStart(6)}  ${String(result.p95Ms).padStart(6)}  ${String(result.maxMs).padStart(6)}`,
    );
  }
  const meetsGoal = results.every((result) => result.p95Ms < GOAL_P95_MS);
  console.log(`\n${meetsGoal ? 'Meets' : 'Misses'} the goal of p95 under ${GOAL_P95_MS} ms.`);
  const folder = path.join(process.cwd(), 'bench-results');
  fs.mkdirSync(folder, { recursive: true });
  const date = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(folder, `search-site-${date}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, goalP95Ms: GOAL_P95_MS, meetsGoal, results }, null, 2)}\n`,
  );
  console.log(`Written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
