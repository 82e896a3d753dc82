/**
 * npm run bench:load [-- --seconds N] [--postgres] [--processes N]
 *
 * Requests per second and p50/p95 at 1 and 10 concurrent clients against `next start`, for a content
 * page, site search, the directory search near a ZIP (with and without care=primary-care), a listing,
 * the survey, and the FHIR search over the same tables; each one's ratio to the FHIR search, and site
 * search's to the content page (scripts/bench/load-targets.ts). Writes bench-results/load-<date>.md
 * and .json (git-ignored).
 *
 * BASE_URL measures a server that is already running (it must hold the sample directory). Otherwise
 * the production build in .next-bench is reused while its sources hash the same (else built), and
 * served on loopback over a fresh embedded database holding the sample network; with --postgres, also
 * over PostgreSQL: BENCH_DATABASE_URL (migrated and seeded if empty), else a throwaway cluster; with
 * --processes N as well, PostgreSQL is measured again with N server processes (WEB_PROCESSES).
 * bench:pages calls measureLoad(baseUrl) for its own server. Exits 0 whatever the figures are.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { clearBuildStamp, hashBuildInputs, isBuiltFrom, stampBuild } from './build-hash.mjs';
import { root } from './bench/cache';
import { buildEnv, buildNext, startNext, stopNext, type NextServer } from './bench/http-load';
import { defaultLoadOptions, loadTargets, measureTargets, renderLoadTable, type LoadOptions, type LoadResult } from './bench/load-targets';
import { startPostgres, type PostgresServer } from './bench/postgres';

export type { LoadResult } from './bench/load-targets';

/** The whole mix against a running server (it must hold the sample directory): about a minute. */
export async function measureLoad(baseUrl: string, options: LoadOptions = defaultLoadOptions): Promise<LoadResult[]> {
  return measureTargets(baseUrl, await loadTargets(baseUrl), options);
}

export type Backend = { name: string; database: Record<string, string>; close(): void };

/** Migrates a database and loads the sample network and drug list when empty, as `npm start` does. */
function prepareDatabase(database: Record<string, string>): void {
  for (const script of ['db:migrate', 'directory:seed-demo', 'formulary:seed-demo']) {
    const env = { ...process.env, DATABASE_URL: '', DATA_DIR: '', SKIP_SAMPLE_DIRECTORY: '', ...database };
    const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status})`);
  }
}

export function embeddedBackend(): Backend {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const database = { DATA_DIR: dataDir };
  prepareDatabase(database);
  return { name: 'PGlite', database, close: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

async function postgresBackend(): Promise<Backend> {
  const server: PostgresServer = await startPostgres(path.join(root, '.bench-data', 'load-postgres'), { reset: !process.env.BENCH_DATABASE_URL });
  try {
    prepareDatabase({ DATABASE_URL: server.url });
  } catch (error) {
    server.stop();
    throw error;
  }
  return { name: 'PostgreSQL', database: { DATABASE_URL: server.url }, close: () => server.stop() };
}

/** Reuses .next-bench while the sources hash the same as when it was built. */
export function ensureBuild(): void {
  const distDir = path.join(root, buildEnv.NEXT_DIST_DIR);
  const fingerprint = hashBuildInputs({ root, env: { ...process.env, ...buildEnv } });
  if (isBuiltFrom(distDir, fingerprint)) return console.log(`Reusing the build in ${buildEnv.NEXT_DIST_DIR}.`);
  clearBuildStamp(distDir);
  buildNext();
  stampBuild(distDir, fingerprint);
}

/** Measures the backend with each number of server processes in turn (WEB_PROCESSES), then closes it. */
async function measureBackend(backend: Backend, options: LoadOptions, processCounts: readonly number[] = [1]): Promise<LoadResult[][]> {
  let server: NextServer | null = null;
  const stop = () => server?.process.pid !== undefined && server.process.exitCode === null && process.kill(-server.process.pid, 'SIGTERM');
  const onSignal = () => (stop(), backend.close(), process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const runs: LoadResult[][] = [];
    for (const processes of processCounts) {
      server = await startNext({ ...backend.database, WEB_PROCESSES: String(processes) });
      const how = processes === 1 ? '' : ` with ${processes} server processes`;
      console.log(`${backend.name}: measuring at ${server.origin}${how}, ${options.seconds} s per request and number of clients…`);
      runs.push(await measureLoad(server.origin, options));
      await stopNext(server.process);
      server = null;
    }
    return runs;
  } finally {
    process.off('SIGINT', onSignal);
    if (server) await stopNext(server.process);
    backend.close();
  }
}

function parseArguments(args: readonly string[]): { options: LoadOptions; postgres: boolean; processes: number } {
  const options = { ...defaultLoadOptions };
  let postgres = false;
  let processes = 1;
  const wholeIn = (value: string | undefined, low: number, high: number) => Number.isInteger(Number(value)) && Number(value) >= low && Number(value) <= high;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--postgres') postgres = true;
    else if (arg === '--seconds' && Number(args[index + 1]) > 0 && Number(args[index + 1]) <= 30) options.seconds = Number(args[++index]);
    else if (arg === '--processes' && wholeIn(args[index + 1], 2, 64)) processes = Number(args[++index]);
    else throw new Error(`Unknown or bad argument ${arg}. Usage: npm run bench:load -- [--seconds 1-30] [--postgres [--processes 2-64]]`);
  }
  if (processes > 1 && !postgres) throw new Error('--processes needs --postgres: the embedded database opens in one process only.');
  return { options, postgres, processes };
}

async function main(): Promise<void> {
  const { options, postgres, processes } = parseArguments(process.argv.slice(2));
  const runs: { heading: string; results: LoadResult[] }[] = [];
  if (process.env.BASE_URL) {
    runs.push({ heading: process.env.BASE_URL, results: await measureLoad(process.env.BASE_URL, options) });
  } else {
    ensureBuild();
    const [embedded = []] = await measureBackend(embeddedBackend(), options);
    runs.push({ heading: 'PGlite (embedded), sample network', results: embedded });
    if (postgres) {
      const counts = processes === 1 ? [1] : [1, processes];
      const measured = await measureBackend(await postgresBackend(), options, counts);
      counts.forEach((count, index) =>
        runs.push({ heading: `PostgreSQL, sample network${count === 1 ? '' : `, ${count} server processes`}`, results: measured[index] ?? [] }),
      );
    }
  }
  const date = new Date().toISOString();
  const machine = `${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)} at the end, Node ${process.version}`;
  const markdown = [
    `# Load benchmark (${date})`,
    '',
    `${machine}; ${options.seconds} s per row.`,
    '',
    ...runs.map((run) => renderLoadTable(run.results, run.heading)),
  ].join('\n');
  const folder = path.join(root, 'bench-results');
  fs.mkdirSync(folder, { recursive: true });
  const base = path.join(folder, `load-${date.slice(0, 10)}`);
  fs.writeFileSync(`${base}.md`, markdown);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify({ date, machine, options, runs }, null, 2)}\n`);
  console.log(`\n${markdown}\nWritten to ${path.relative(root, base)}.md and .json`);
}

// Run only as a command, not when bench:pages imports measureLoad.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
