/**
 * npm run bench:pages [-- <filter>...] [--runs N] [--no-load]
 *
 * Issue 17's benchmark, in one run against one production build (.next-bench, reused while its
 * sources hash the same) served by scripts/serve.ts over a fresh embedded database with the sample
 * directory and drug list:
 * - Lighthouse mobile (simulated throttling), N runs each (default 3), median and spread, for every
 *   content page in both languages, the finder, the survey, the join form, site search and the drug
 *   list; each beside its floor: the same HTML and CSS with every script removed, served gzipped
 *   (scripts/bench/floor-server.ts) and measured in the same run;
 * - the HTML and JavaScript, gzipped, each kind of page makes a phone download;
 * - req/s and p50/p95 at 1 and 10 clients of the server-rendered pages beside the FHIR search
 *   (bench:load's measureLoad), unless --no-load.
 * Filters keep only the pages whose path contains one of them. Writes bench-results/pages-<date>.json
 * and .md, with each goal "met" or "not met". Exits 0 whatever the figures are.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { readSettings } from '@/lib/env';
import { embeddedBackend, ensureBuild, measureLoad } from './bench-load';
import { root } from './bench/cache';
import { startFloorServer } from './bench/floor-server';
import { startNext, stopNext } from './bench/http-load';
import { chromeFlags, figuresOf, runLighthouse, type PageFigures } from './bench/lighthouse-audit';
import { contentPageVerdicts, formPageVerdict, loadVerdicts, type MeasuredPage, type PageKind, type Verdict } from './bench/page-goals';
import { renderPagesReport } from './bench/pages-report';
import { pageWeight, type PageWeight } from './bench/page-weight';
import type { LoadResult } from './bench/load-targets';

type Options = { filters: string[]; runs: number; load: boolean };

function parseArguments(args: readonly string[]): Options {
  const options: Options = { filters: [], runs: 3, load: true };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--no-load') options.load = false;
    else if (arg === '--runs' && Number.isSafeInteger(Number(args[index + 1])) && Number(args[index + 1]) >= 1) options.runs = Number(args[++index]);
    else if (arg.startsWith('--')) throw new Error(`Unknown argument ${arg}. Usage: npm run bench:pages -- [<filter>...] [--runs N] [--no-load]`);
    else options.filters.push(arg);
  }
  return options;
}

function contentPages(): string[] {
  return ['en', 'es'].flatMap((locale) =>
    (fs.readdirSync(path.join(root, 'content', locale), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.slice(0, -'.mdx'.length).split(path.sep).join('/'))
      .map((slug) => (slug === 'home' ? `/${locale}` : `/${locale}/${slug}`))
      .sort(),
  );
}

const otherPages: [string, PageKind][] = [
  ['/en/find-a-provider', 'form'],
  ['/en/find-a-provider?near=97501&miles=10', 'form'],
  ['/en/feedback', 'form'],
  ['/en/providers/join', 'form'],
  ['/en/search?q=pregnant', 'other'],
  ['/es/drug-list?q=metformina', 'other'],
];
/** One page of each kind for the download sizes. */
const weightPages = [
  '/en',
  '/en/primary-care',
  '/en/find-a-provider?near=97501&miles=10',
  '/en/search?q=pregnant',
  '/en/drug-list?q=metformin',
  '/en/feedback',
  '/en/providers/join',
];

async function main(options: Options): Promise<void> {
  process.env.BENCH_PORT ??= '3300'; // the address the build's canonical links name (scripts/bench/http-load.ts)
  const pages: [string, PageKind][] = [...contentPages().map((page): [string, PageKind] => [page, 'content']), ...otherPages].filter(
    ([page]) => options.filters.length === 0 || options.filters.some((filter) => page.includes(filter)),
  );
  if (pages.length === 0) throw new Error('No page matches the given filters.');
  ensureBuild();
  const backend = embeddedBackend();
  const server = await startNext(backend.database);
  const floor = await startFloorServer(server.origin);
  const chrome = await chromeLauncher.launch({ chromePath: readSettings().CHROMIUM_PATH, chromeFlags });
  const measured: MeasuredPage[] = [];
  const weights: Record<string, PageWeight> = {};
  let load: LoadResult[] = [];
  try {
    for (const [page, kind] of pages) {
      process.stdout.write(`Lighthouse ${page} (${options.runs} runs, and its floor)…\n`);
      await (await fetch(`${server.origin}${page}`)).arrayBuffer(); // a cold route is not what a member meets
      const runs: PageFigures[] = [];
      const floorRuns: PageFigures[] = [];
      // Page and floor alternate, so a busy moment on the machine touches both alike.
      for (let run = 0; run < options.runs; run++) {
        runs.push(figuresOf(await runLighthouse(`${server.origin}${page}`, chrome.port)));
        floorRuns.push(figuresOf(await runLighthouse(`${floor.origin}${page}`, chrome.port)));
      }
      measured.push({ page, kind, runs, floorRuns });
    }
    for (const page of weightPages) weights[page] = await pageWeight(server.origin, page);
    if (options.load) {
      process.stdout.write('Load: each server-rendered page at 1 and 10 clients beside the FHIR search…\n');
      load = await measureLoad(server.origin);
    }
  } finally {
    chrome.kill();
    await floor.close();
    await stopNext(server.process);
    backend.close();
  }
  const verdicts: Verdict[] = [
    ...measured.flatMap((page) => (page.kind === 'content' ? contentPageVerdicts(page) : page.kind === 'form' ? [formPageVerdict(page)] : [])),
    ...loadVerdicts(load),
  ];
  const date = new Date().toISOString();
  const machine = `${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)} at the end, Node ${process.version}`;
  const markdown = renderPagesReport({ date, machine, runs: options.runs, measured, weights, load, verdicts });
  const base = path.join(root, 'bench-results', `pages-${date.slice(0, 10)}`);
  fs.mkdirSync(path.dirname(base), { recursive: true });
  fs.writeFileSync(`${base}.md`, markdown);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify({ date, machine, options, measured, weights, load, verdicts }, null, 2)}\n`);
  console.log(`\n${markdown}\nWritten to ${path.relative(root, base)}.md and .json`);
}

main(parseArguments(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
