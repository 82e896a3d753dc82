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

/** Runs Lighthouse on a URL through the Chrome listening on `chromePort`; throws when Lighthouse cannot audit it. */
export async function runLighthouse(url: string, chromePort: number): Promise<Result> {
  const run = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: categoryIds });
  const lhr = run?.lhr;
  if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
  return lhr;
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
