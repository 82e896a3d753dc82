/**
 * npm run bench:load — how server-rendered pages scale: requests per second and p50/p95 at 1 and 10
 * concurrent clients, for a content page, the site search, the provider search near a ZIP, a listing,
 * the survey, the drug list search and the FHIR search over the same data, each with its ratio to the
 * FHIR search, measured in one run on this machine. Serves the production build made for the
 * benchmarks (.next-bench; BENCH_SKIP_BUILD=1 reuses it) on a fresh embedded database with the sample
 * data, or on DATABASE_URL when set. Writes bench-results/load.json; exits 0 whatever the figures.
 * BENCH_SECONDS sets the seconds per measurement (default 5).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './bench/cache';
import { buildNext, loadTest, startNext, stopNext, warmUp } from './bench/http-load';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const database = process.env.DATABASE_URL?.trim();
const dataDir = database ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
const databaseSettings: Record<string, string> = database ? { DATABASE_URL: database } : { DATA_DIR: dataDir };
const prepare = (script: string) => {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env: { ...process.env, ...databaseSettings } });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
};

if (!process.env.BENCH_SKIP_BUILD) buildNext();
for (const script of ['db:migrate', 'directory:seed-demo', 'formulary:seed-demo']) prepare(script);

const server = await startNext(databaseSettings);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
try {
  // A listing id from the sample, found the way a member finds one.
  const results = await (await fetch(`${server.origin}/en/find-a-provider?care=primary-care&near=97501`)).text();
  const listing = /href="(\/en\/find-a-provider\/[^"?]+)/.exec(results)?.[1] ?? '/en/find-a-provider';
  const pages: [string, string][] = [
    ['content page', '/en/primary-care'],
    ['site search', '/en/search?q=pregnant'],
    ['provider search near a ZIP', '/en/find-a-provider?near=97501&miles=10'],
    ['the same, primary care', '/en/find-a-provider?care=primary-care&near=97501&miles=10'],
    ['a listing', listing],
    ['the survey', '/en/feedback'],
    ['drug list search', '/en/drug-list?q=metformin'],
    ['FHIR search (reference)', '/api/fhir/PractitionerRole?_count=20'],
  ];
  await warmUp(
    server.origin,
    pages.map(([, url]) => url),
  );
  const rows: { page: string; url: string; clients: number; perSecond: number; p50: number; p95: number; failures: number }[] = [];
  for (const clients of [1, 10]) {
    for (const [page, url] of pages) {
      const result = await loadTest(server.origin, [url], clients, seconds);
      const sorted = result.latencies.toSorted((a, b) => a - b);
      const failures = [...result.failures.values()].reduce((sum, count) => sum + count, 0);
      rows.push({ page, url, clients, perSecond: result.perSecond, p50: percentile(sorted, 50), p95: percentile(sorted, 95), failures });
    }
  }
  const reference = (clients: number) => rows.find((row) => row.clients === clients && row.page.startsWith('FHIR'))?.perSecond ?? 1;
  const table = [
    `## ${database ? 'PostgreSQL' : 'PGlite'}, ${seconds} s per measurement`,
    '',
    '| request | clients | req/s | p50 ms | p95 ms | ÷ FHIR | failures |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.clients} | ${row.perSecond.toFixed(1)} | ${row.p50.toFixed(0)} | ${row.p95.toFixed(0)} | ${(row.perSecond / reference(row.clients)).toFixed(2)} | ${row.failures} |`,
    ),
  ].join('\n');
  console.log(table);
  fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'bench-results', 'load.json'),
    `${JSON.stringify({ database: database ? 'postgresql' : 'pglite', seconds, rows }, null, 2)}\n`,
  );
} finally {
  await stopNext(server.process);
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
