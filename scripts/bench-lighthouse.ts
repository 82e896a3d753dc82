/**
 * npm run bench:lighthouse [-- <filter>...]
 *
 * Lighthouse benchmark of a production build made for it in .next-bench (BENCH_SKIP_BUILD=1 reuses it), served
 * with `next start` on BENCH_PORT (default 3300), and audits every page in content/{en,es}
 * (mobile, simulated throttling) for performance, accessibility, best practices and SEO.
 * Optional arguments keep only the pages whose path contains one of them (e.g. /en/primary-care).
 * Prints the scores and the failing audits; writes everything to bench-results/lighthouse.json.
 * Exits 0 whatever the scores are; non-zero only when the server or Lighthouse itself fails.
 * Chromium: /usr/bin/chromium, or CHROMIUM_PATH.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import type { Result } from 'lighthouse';
import { readSettings } from '@/lib/env';
import { categories, categoryIds, chromeFlags, runLighthouse, type CategoryId } from './bench/lighthouse-audit';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.BENCH_PORT ?? 3300);
const origin = `http://127.0.0.1:${port}`;
const chromePath = readSettings().CHROMIUM_PATH;

type FailingAudit = { id: string; title: string; score: number; weight: number; displayValue?: string; explanation?: string; details?: string[] };
type PageResult = {
  page: string;
  benchmarkIndex: number;
  erroredAudits: string[];
  scores: Record<CategoryId, number>;
  failing: Partial<Record<CategoryId, FailingAudit[]>>;
};

function listPages(): string[] {
  const filters = process.argv.slice(2);
  const pages = ['en', 'es'].flatMap((locale) =>
    (fs.readdirSync(path.join(root, 'content', locale), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.slice(0, -'.mdx'.length).split(path.sep).join('/'))
      .map((slug) => (slug === 'home' ? `/${locale}` : `/${locale}/${slug}`))
      .sort(),
  );
  return filters.length === 0 ? pages : pages.filter((page) => filters.some((filter) => page.includes(filter)));
}

async function startServer(): Promise<ChildProcess> {
  // Its own build, made with SITE_URL set to the address audited, so canonical and hreflang links
  // match what Lighthouse loads, and other builds (.next, .next-e2e) are never measured by mistake.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-bench', SITE_URL: origin };
  if (!process.env.BENCH_SKIP_BUILD) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env });
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  }
  if (
    await fetch(origin).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${port} is already in use; set BENCH_PORT to a free port.`);
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const server = spawn(tsx, ['scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const status = await fetch(`${origin}/en`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${origin}/en did not answer 200 within 60 s`);
}

/** Short description of what an audit found: the failing elements, resources or time spent. */
function describeItems(details: Result['audits'][string]['details']): string[] | undefined {
  if (!details || !('items' in details) || !Array.isArray(details.items)) return undefined;
  const lines = details.items.slice(0, 5).map((item) => {
    const record = item as Record<string, unknown>;
    const node = record.node as { snippet?: string; explanation?: string } | undefined;
    const text = ['url', 'label', 'groupLabel', 'description'].map((key) => record[key]).filter((value) => typeof value === 'string');
    const numbers = ['wastedMs', 'duration', 'wastedBytes', 'totalBytes']
      .filter((key) => typeof record[key] === 'number')
      .map((key) => `${key} ${Math.round(record[key] as number)}`);
    return [node?.snippet, node?.explanation?.split('\n').slice(0, 2).join(' '), ...text, ...numbers].filter(Boolean).join(' | ');
  });
  return lines.filter(Boolean).length > 0 ? lines.filter(Boolean) : undefined;
}

async function audit(page: string, chromePort: number): Promise<PageResult> {
  await fetch(`${origin}${page}`); // warm the server's route so a cold start is not measured
  const lhr = await runLighthouse(`${origin}${page}`, chromePort);
  const erroredAudits = Object.values(lhr.audits)
    .filter((entry) => entry.scoreDisplayMode === 'error')
    .map((entry) => entry.id);
  const result: PageResult = {
    page,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    erroredAudits,
    scores: {} as Record<CategoryId, number>,
    failing: {},
  };
  for (const id of categoryIds) {
    const category = lhr.categories[id];
    if (!category || category.score === null) throw new Error(`Lighthouse gave no ${id} score on ${page}`);
    result.scores[id] = Math.round(category.score * 100);
    const failing: FailingAudit[] = [];
    for (const ref of category.auditRefs) {
      const entry = lhr.audits[ref.id];
      if (!entry || entry.score === null || entry.score >= 1 || !['binary', 'numeric', 'metricSavings'].includes(entry.scoreDisplayMode)) continue;
      const { title, score, displayValue, explanation } = entry;
      failing.push({ id: ref.id, title, score, weight: ref.weight, displayValue, explanation, details: describeItems(entry.details) });
    }
    if (failing.length > 0) result.failing[id] = failing;
  }
  return result;
}

function report(results: PageResult[]): void {
  const width = Math.max('page'.length, ...results.map((result) => result.page.length));
  const cell = (id: CategoryId, text: string) => text.padStart(Math.max(3, categories[id].length));
  console.log(`\n${'page'.padEnd(width)}  ${categoryIds.map((id) => cell(id, categories[id])).join('  ')}`);
  for (const { page, scores } of results) console.log(`${page.padEnd(width)}  ${categoryIds.map((id) => cell(id, String(scores[id]))).join('  ')}`);
  for (const { page, failing } of results) {
    for (const id of categoryIds) {
      for (const entry of failing[id] ?? []) {
        console.log(
          `  ${page} [${categories[id]}] ${entry.id} (score ${entry.score.toFixed(2)}, weight ${entry.weight}): ${entry.title}${entry.displayValue ? ` — ${entry.displayValue}` : ''}${entry.explanation ? ` — ${entry.explanation}` : ''}`,
        );
        for (const line of entry.details ?? []) console.log(`      ${line}`);
      }
    }
  }
  const perfect = results.filter((result) => categoryIds.every((id) => result.scores[id] === 100)).length;
  const minimums = categoryIds.map((id) => `${categories[id]} ${Math.min(...results.map((result) => result.scores[id]))}`).join(', ');
  const errored = [...new Set(results.flatMap((result) => result.erroredAudits))];
  if (errored.length > 0) console.log(`\nAudits Lighthouse could not run (not scored): ${errored.join(', ')}`);
  const cpu = results.map((result) => result.benchmarkIndex);
  console.log(`\n${results.length} pages, ${perfect} at 100/100/100/100; minimum: ${minimums}. (CPU benchmark index ${Math.min(...cpu)}–${Math.max(...cpu)})`);
}

let server: ChildProcess | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
function cleanUp(): void {
  chrome?.kill();
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (cleanUp(), process.exit(130)));

try {
  const pages = listPages();
  if (pages.length === 0) throw new Error('No page matches the given filters.');
  server = await startServer();
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const results: PageResult[] = [];
  for (const page of pages) {
    process.stdout.write(`Auditing ${page}…\n`);
    results.push(await audit(page, chrome.port));
  }
  report(results);
  fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench-results', 'lighthouse.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
  console.log('Full results: bench-results/lighthouse.json');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  cleanUp();
}
