/**
 * Requests per second against `next start`: a production build in .next-bench, made exactly as
 * scripts/bench-lighthouse.ts makes it (SITE_URL is its address), so either benchmark can reuse the
 * other's build with BENCH_SKIP_BUILD=1. Served on BENCH_PORT, else on a free port (others may be
 * serving on 3300). A fixed number of clients each send the next URL of the mix as soon as their last
 * answer has arrived.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { root } from './cache';
import { freePort } from './postgres';

const lighthouseOrigin = `http://127.0.0.1:${process.env.BENCH_PORT ?? 3300}`;
export const buildEnv = { NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-bench', SITE_URL: lighthouseOrigin };
/** Opening PGlite on a large folder takes a while: the first directory request may be slow. */
const FIRST_ANSWER_TIMEOUT_MS = 180_000;

export type NextServer = { process: ChildProcess; origin: string };
export type LoadResult = { requests: number; seconds: number; perSecond: number; latencies: number[]; failures: Map<string, number> };

export function buildNext(): void {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...buildEnv } });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
}

/** Starts `next start` on the given database settings and waits until the search page answers 200. */
export async function startNext(database: Record<string, string>): Promise<NextServer> {
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const origin = `http://127.0.0.1:${port}`;
  if (
    await fetch(origin).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${port} is already in use; set BENCH_PORT to a free port.`);
  const env = { ...process.env, ...buildEnv, DATABASE_URL: '', DATA_DIR: '', ...database };
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
    if (status === 200) return { process: server, origin };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopNext(server);
  throw new Error(`${origin}/en did not answer 200 within 60 s`);
}

export async function stopNext(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/** Each URL once, one at a time, so start-up costs (opening the database, first compiles) are not measured. */
export async function warmUp(origin: string, paths: readonly string[]): Promise<void> {
  for (const url of paths) {
    const response = await fetch(`${origin}${url}`, { signal: AbortSignal.timeout(FIRST_ANSWER_TIMEOUT_MS) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} while warming up`);
  }
}

export async function loadTest(origin: string, paths: readonly string[], clients: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const url = paths[next++ % paths.length] ?? '/';
      const sent = performance.now();
      const status = await fetch(`${origin}${url}`, { signal: AbortSignal.timeout(60_000) }).then(
        async (response) => (await response.arrayBuffer(), String(response.status)),
        (error: unknown) => (error instanceof Error ? error.name : 'error'),
      );
      latencies.push(performance.now() - sent);
      if (status !== '200') failures.set(`${status} ${url}`, (failures.get(`${status} ${url}`) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { requests: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed, latencies, failures };
}
