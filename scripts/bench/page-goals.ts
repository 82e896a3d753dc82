/**
 * Issue 17's goals, checked against one bench:pages run: each figure beside its goal, "met" or not.
 * Pure functions over the measured figures, so the verdicts are unit-tested.
 */
import type { PageFigures } from './lighthouse-audit';
import type { LoadResult } from './load-targets';

export type Spread = { median: number; min: number; max: number };
export type Verdict = { what: string; figure: string; goal: string; met: boolean };

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

export type PageKind = 'content' | 'form' | 'other';
export type MeasuredPage = { page: string; kind: PageKind; runs: PageFigures[]; floorRuns: PageFigures[] };

const median = (runs: readonly PageFigures[], pick: (figures: PageFigures) => number) => spread(runs.map(pick)).median;

/** A content page: performance within 3 points of its floor, TBT ≤ 200 ms, LCP ≤ 2.0 s, the other categories 100. */
export function contentPageVerdicts(measured: MeasuredPage): Verdict[] {
  const perf = median(measured.runs, (run) => run.scores.performance);
  const floor = median(measured.floorRuns, (run) => run.scores.performance);
  const tbt = median(measured.runs, (run) => run.totalBlockingTimeMs);
  const lcp = median(measured.runs, (run) => run.largestContentfulPaintMs);
  const others = (['accessibility', 'best-practices', 'seo'] as const).map((id) => median(measured.runs, (run) => run.scores[id]));
  return [
    { what: `${measured.page} performance`, figure: `${perf} (floor ${floor})`, goal: 'within 3 of its floor', met: perf >= floor - 3 },
    { what: `${measured.page} TBT`, figure: `${tbt} ms`, goal: '≤ 200 ms', met: tbt <= 200 },
    { what: `${measured.page} LCP`, figure: `${(lcp / 1000).toFixed(2)} s`, goal: '≤ 2.0 s', met: lcp <= 2000 },
    { what: `${measured.page} a11y / best practices / SEO`, figure: others.join(' / '), goal: '100 / 100 / 100', met: others.every((score) => score === 100) },
  ];
}

/** The finder, the survey and the join form: performance at least 90. */
export function formPageVerdict(measured: MeasuredPage): Verdict {
  const perf = median(measured.runs, (run) => run.scores.performance);
  return { what: `${measured.page} performance`, figure: String(perf), goal: '≥ 90', met: perf >= 90 };
}

const find = (results: readonly LoadResult[], name: string, clients: number) => results.find((result) => result.name === name && result.clients === clients);

/** Directory search near a ZIP: ≥ 0.5 of the FHIR search's throughput at 10 clients, p50 ≤ 25 ms alone; site search ≥ 0.5 of a content page. */
export function loadVerdicts(results: readonly LoadResult[]): Verdict[] {
  const verdicts: Verdict[] = [];
  const near = find(results, 'directory near a ZIP', 10);
  const nearAlone = find(results, 'directory near a ZIP', 1);
  const search = find(results, 'site search', 10);
  if (near?.ratioToFhir != null) {
    verdicts.push({ what: 'directory near a ZIP, 10 clients', figure: `${near.ratioToFhir.toFixed(2)} of FHIR`, goal: '≥ 0.5', met: near.ratioToFhir >= 0.5 });
  }
  if (nearAlone)
    verdicts.push({ what: 'directory near a ZIP, 1 client', figure: `p50 ${nearAlone.p50Ms.toFixed(1)} ms`, goal: '≤ 25 ms', met: nearAlone.p50Ms <= 25 });
  if (search?.ratioToContent != null) {
    verdicts.push({
      what: 'site search, 10 clients',
      figure: `${search.ratioToContent.toFixed(2)} of a content page`,
      goal: '≥ 0.5',
      met: search.ratioToContent >= 0.5,
    });
  }
  return verdicts;
}
