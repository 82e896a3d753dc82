/**
 * npm run bench:feedback — 2,000 survey answers from 50 concurrent clients against `next start`, on
 * PGlite and on PostgreSQL, then counts what was stored. Every accepted answer must be stored exactly
 * once (one in ten is sent twice, as a double click or a retry would, and must come back with the same
 * reference), and no request may get a 5xx. Reports throughput and latency; writes
 * bench-results/feedback-<date>.json. The rate limit and the minimum time to fill are turned off for
 * the run (FEEDBACK_RATE_LIMIT, FEEDBACK_MIN_SECONDS): the benchmark is one client address.
 *
 *   BENCH_FEEDBACK_TOTAL=2000 BENCH_FEEDBACK_CLIENTS=50 BENCH_SKIP_BUILD=1 (reuse .next-bench)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabaseSession } from '@/lib/db/session';
import type { DatabaseConfig } from '@/lib/db/config';
import { cacheDir, root } from './bench/cache';
import { prepareSubmission, send } from './bench/feedback-client';
import { buildNext, startNext, stopNext } from './bench/http-load';
import { startPostgres } from './bench/postgres';
import { ms, percentile } from './bench/searches';

const total = Number(process.env.BENCH_FEEDBACK_TOTAL ?? 2000);
const clients = Number(process.env.BENCH_FEEDBACK_CLIENTS ?? 50);
const serverSettings = { FEEDBACK_RATE_LIMIT: '100000', FEEDBACK_MIN_SECONDS: '0' };

type Outcome = {
  backend: string;
  sent: number;
  retries: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
  statuses: Record<string, number>;
  accepted: number;
  stored: number;
  retriesWithSameReference: number;
  missingReferences: number;
  duplicates: number;
};

async function run(backend: string, database: Record<string, string>, config: DatabaseConfig): Promise<Outcome> {
  // Migrate before the server starts: PGlite allows one process at a time.
  const setup = await openDatabaseSession(config);
  await setup.db.feedbackResponse.deleteMany({ where: { pagePath: { startsWith: '/en/bench-' } } });
  await setup.close();

  const server = await startNext({ ...database, ...serverSettings });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const references = new Map<number, string>();
  let retries = 0;
  let retriesWithSameReference = 0;
  let next = 0;
  const started = performance.now();
  try {
    await prepareSubmission(server.origin, -1).then(send);
    const worker = async () => {
      for (let n = next++; n < total; n = next++) {
        const submission = await prepareSubmission(server.origin, n);
        const first = await send(submission);
        latencies.push(first.ms);
        statuses[first.status] = (statuses[first.status] ?? 0) + 1;
        if (first.reference) references.set(n, first.reference);
        if (n % 10 === 0) {
          retries++;
          const again = await send(submission);
          latencies.push(again.ms);
          statuses[again.status] = (statuses[again.status] ?? 0) + 1;
          if (again.reference !== null && again.reference === first.reference) retriesWithSameReference++;
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, worker));
  } finally {
    await stopNext(server.process);
  }
  const seconds = (performance.now() - started) / 1000;

  const check = await openDatabaseSession(config);
  const rows = await check.db.feedbackResponse.findMany({ where: { pagePath: { startsWith: '/en/bench-' } }, select: { reference: true, pagePath: true } });
  await check.close();
  const storedByPage = new Map<string, number>();
  for (const row of rows) storedByPage.set(row.pagePath ?? '', (storedByPage.get(row.pagePath ?? '') ?? 0) + 1);
  const storedReferences = new Set(rows.map((row) => row.reference));
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    backend,
    sent: total,
    retries,
    seconds,
    perSecond: (total + retries) / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? NaN,
    statuses,
    accepted: references.size,
    stored: rows.filter((row) => row.pagePath !== '/en/bench--1').length,
    retriesWithSameReference,
    missingReferences: [...references.values()].filter((reference) => !storedReferences.has(reference)).length,
    duplicates: [...storedByPage.values()].filter((count) => count > 1).length,
  };
}

function verdict(outcome: Outcome): string[] {
  const problems: string[] = [];
  const serverErrors = Object.entries(outcome.statuses).filter(([status]) => Number(status) >= 500 || status === '0');
  if (serverErrors.length > 0) problems.push(`server errors: ${JSON.stringify(Object.fromEntries(serverErrors))}`);
  if (outcome.accepted !== outcome.sent) problems.push(`${outcome.sent - outcome.accepted} answers got no thank-you`);
  if (outcome.stored !== outcome.accepted) problems.push(`${outcome.accepted} accepted but ${outcome.stored} stored`);
  if (outcome.duplicates > 0) problems.push(`${outcome.duplicates} answers stored more than once`);
  if (outcome.missingReferences > 0) problems.push(`${outcome.missingReferences} references shown but not stored`);
  if (outcome.retriesWithSameReference !== outcome.retries)
    problems.push(`${outcome.retries - outcome.retriesWithSameReference} retries got a different reference`);
  return problems;
}

if (!process.env.BENCH_SKIP_BUILD) buildNext();
const pgliteFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-feedback-pglite-'));
const postgres = await startPostgres(path.join(cacheDir, 'feedback-postgres'), { reset: true });
const outcomes: Outcome[] = [];
try {
  outcomes.push(await run('PGlite', { DATA_DIR: pgliteFolder }, { kind: 'pglite', dataDir: pgliteFolder }));
  outcomes.push(await run('PostgreSQL', { DATABASE_URL: postgres.url }, { kind: 'postgres', url: postgres.url }));
} finally {
  postgres.stop();
  fs.rmSync(pgliteFolder, { recursive: true, force: true });
}

console.log(`\n${total} answers (+10% sent twice) from ${clients} concurrent clients, ${os.cpus().length} cores; PostgreSQL: ${postgres.settings}\n`);
console.log('backend     answers/s  p50 ms  p95 ms  max ms  statuses          stored/accepted  retries same ref');
let failed = false;
for (const outcome of outcomes) {
  console.log(
    `${outcome.backend.padEnd(11)} ${outcome.perSecond.toFixed(1).padStart(9)}  ${ms(outcome.p50).padStart(6)}  ${ms(outcome.p95).padStart(6)}  ${ms(outcome.max).padStart(6)}  ${JSON.stringify(outcome.statuses).padEnd(16)}  ${`${outcome.stored}/${outcome.accepted}`.padStart(15)}  ${outcome.retriesWithSameReference}/${outcome.retries}`,
  );
  for (const problem of verdict(outcome)) {
    failed = true;
    console.log(`  FAILED: ${problem}`);
  }
}
fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const file = path.join(root, 'bench-results', `feedback-${new Date().toISOString().slice(0, 10)}.json`);
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), total, clients, cores: os.cpus().length, outcomes }, null, 2));
console.log(`\nWrote ${path.relative(root, file)}.`);
if (failed) process.exitCode = 1;
