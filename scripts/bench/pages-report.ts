/** bench:pages as Markdown: Lighthouse beside the floors, download sizes, load, and the goals. */
import type { PageFigures } from './lighthouse-audit';
import { renderLoadTable, type LoadResult } from './load-targets';
import { spread, type MeasuredPage, type Verdict } from './page-goals';
import type { PageWeight } from './page-weight';

type Report = {
  date: string;
  machine: string;
  runs: number;
  measured: readonly MeasuredPage[];
  weights: Record<string, PageWeight>;
  load: readonly LoadResult[];
  verdicts: readonly Verdict[];
};

/** "72 (60–83)": the median, and the spread when the runs differ. */
function cell(runs: readonly PageFigures[], pick: (figures: PageFigures) => number, scale = 1, digits = 0): string {
  const { median, min, max } = spread(runs.map(pick));
  const show = (value: number) => (value / scale).toFixed(digits);
  return min === max ? show(median) : `${show(median)} (${show(min)}–${show(max)})`;
}
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function renderPagesReport(report: Report): string {
  const lines = [
    `# Pages benchmark (${report.date})`,
    '',
    `${report.machine}. Lighthouse 12, mobile, simulated throttling; median of ${report.runs} run(s), spread in brackets. The floor is the same HTML and CSS with every script removed, served gzipped, measured in the same run.`,
    '',
    '| page | perf | floor perf | TBT ms | floor TBT ms | LCP s | bytes | a11y | best pr. | SEO |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.measured.map(
      ({ page, runs, floorRuns }) =>
        `| \`${page}\` | ${cell(runs, (run) => run.scores.performance)} | ${cell(floorRuns, (run) => run.scores.performance)} | ${cell(runs, (run) => run.totalBlockingTimeMs)} | ${cell(floorRuns, (run) => run.totalBlockingTimeMs)} | ${cell(runs, (run) => run.largestContentfulPaintMs, 1000, 2)} | ${cell(runs, (run) => run.transferBytes, 1024, 0)} KiB | ${cell(runs, (run) => run.scores.accessibility)} | ${cell(runs, (run) => run.scores['best-practices'])} | ${cell(runs, (run) => run.scores.seo)} |`,
    ),
    '',
    '## What a phone downloads (gzipped)',
    '',
    '| page | HTML | script files | their JavaScript | inline scripts |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(report.weights).map(
      ([page, weight]) =>
        `| \`${page}\` | ${kib(weight.htmlGzipBytes)} | ${weight.scriptFiles} | ${kib(weight.scriptGzipBytes)} | ${kib(weight.inlineScriptGzipBytes)} |`,
    ),
    '',
    ...(report.load.length > 0 ? ['## Load', '', renderLoadTable(report.load, 'PGlite (embedded), sample network')] : []),
    '## Goals',
    '',
    '| what | figure | goal | |',
    '|---|---|---|---|',
    ...report.verdicts.map((verdict) => `| ${verdict.what} | ${verdict.figure} | ${verdict.goal} | ${verdict.met ? 'met' : '**not met**'} |`),
    '',
    `${report.verdicts.filter((verdict) => verdict.met).length} of ${report.verdicts.length} goals met.`,
  ];
  return `${lines.join('\n')}\n`;
}
