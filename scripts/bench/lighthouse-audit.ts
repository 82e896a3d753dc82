/**
 * One Lighthouse run (mobile, simulated throttling: Lighthouse's defaults) and the figures the page
 * benchmarks compare: the four category scores, total blocking time, largest and first contentful
 * paint, and bytes transferred. Shared by bench:lighthouse and bench:pages.
 */
import lighthouse, { type Result } from 'lighthouse';

export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const categories = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best practices', seo: 'SEO' } as const;
export type CategoryId = keyof typeof categories;
export const categoryIds = Object.keys(categories) as CategoryId[];

export type PageFigures = {
  scores: Record<CategoryId, number>;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  firstContentfulPaintMs: number;
  transferBytes: number;
  benchmarkIndex: number;
};

/** Tries per page: Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART), and one lost run should not lose the benchmark. */
const ATTEMPTS = 3;

/** Runs Lighthouse on a URL through the Chrome listening on `chromePort`; throws when Lighthouse cannot audit it in ATTEMPTS tries. */
export async function runLighthouse(url: string, chromePort: number): Promise<Result> {
  let problem = 'no result';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const run = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: categoryIds });
    const lhr = run?.lhr;
    if (lhr && !lhr.runtimeError) return lhr;
    problem = lhr?.runtimeError?.message ?? 'no result';
    console.warn(`Lighthouse could not audit ${url} (try ${attempt} of ${ATTEMPTS}): ${problem}`);
  }
  throw new Error(`Lighthouse failed on ${url}: ${problem}`);
}

const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

export function figuresOf(lhr: Result): PageFigures {
  const scores = {} as Record<CategoryId, number>;
  for (const id of categoryIds) {
    const score = lhr.categories[id]?.score;
    if (score === null || score === undefined) throw new Error(`Lighthouse gave no ${id} score on ${lhr.finalDisplayedUrl}`);
    scores[id] = Math.round(score * 100);
  }
  return {
    scores,
    totalBlockingTimeMs: Math.round(numeric(lhr, 'total-blocking-time')),
    largestContentfulPaintMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
    firstContentfulPaintMs: Math.round(numeric(lhr, 'first-contentful-paint')),
    transferBytes: Math.round(numeric(lhr, 'total-byte-weight')),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}
