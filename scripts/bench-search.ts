/**
 * npm run bench:search [-- --fresh] [--roles N] [--locations N] [--runs N] [--seconds N] [--no-http]
 *
 * Provider search at scale: loads a network of 100,000 practitioner roles at 10,000 locations
 * (scripts/bench/network.ts) into PostgreSQL and into PGlite through the real importer, then reports
 * p50 and p95 server time of a fixed mix of searches and the detail page (scripts/bench/searches.ts),
 * the query plans of the searches, and requests per second at 10 concurrent clients against
 * `next start` on each database. Writes bench-results/search-<date>.md and the full plans beside it.
 *
 * The generated network and both loaded databases are cached in .bench-data/ (keyed by the generator,
 * importer and migrations), so a rerun skips the load; --fresh rebuilds them. PostgreSQL is a
 * throwaway cluster kept in the cache and stopped at the end, or BENCH_DATABASE_URL (an empty
 * database the benchmark may fill). BENCH_SKIP_BUILD=1 reuses the .next-bench build (the one
 * bench:lighthouse makes); BENCH_PORT picks the port of `next start` (default: a free one). Exits 0 whatever the figures are; non-zero only when something fails.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '@/lib/db/config';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';
import { cachePath, forget, hashSources, isLoaded, loadedMarker, markLoaded, root } from './bench/cache';
import { buildNext, loadTest, startNext, stopNext, warmUp } from './bench/http-load';
import { analyze, countRoles, importNetwork } from './bench/load';
import { ensureNetwork, type BenchNetwork } from './bench/network';
import { explainSearches } from './bench/plans';
import { startPostgres, stopIfRunning, type PostgresServer } from './bench/postgres';
import { renderReport, type BackendResult } from './bench/report';
import { benchSearches } from './bench/searches';
import { timeServerWork } from './bench/server-time';

const USAGE = 'Usage: npm run bench:search -- [--fresh] [--roles N] [--locations N] [--runs N] [--seconds N] [--no-http]';
const WARM_UP_ROUNDS = 3;
const CLIENTS = 10;
const GOAL_MS = { PostgreSQL: 50, PGlite: 150 } as const;

type Options = { fresh: boolean; roles: number; locations: number; runs: number; seconds: number; http: boolean };

function parseArguments(args: readonly string[]): Options {
  const options: Options = { fresh: false, roles: 100_000, locations: 10_000, runs: 30, seconds: 20, http: true };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--fresh') options.fresh = true;
    else if (arg === '--no-http') options.http = false;
    else if (['--roles', '--locations', '--runs', '--seconds'].includes(arg)) {
      const value = Number(args[++index]);
      if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${arg} needs a whole number above 0.`);
      options[arg.slice(2) as 'roles' | 'locations' | 'runs' | 'seconds'] = value;
    } else throw new Error(`Unknown argument ${arg}.`);
  }
  if (options.roles < options.locations) throw new Error('--roles must be at least --locations.');
  return options;
}

/** Opens the backend's database, loading the network unless a complete load of it is cached. */
async function openLoaded(
  config: DatabaseConfig,
  network: BenchNetwork,
  name: string,
  cached: boolean,
): Promise<{ session: DatabaseSession; loadSeconds: number | null }> {
  const session = await openDatabaseSession(config);
  try {
    const roles = await countRoles(session.db);
    if (cached && roles === network.counts.PractitionerRole) return { session, loadSeconds: null };
    if (roles > 0 && config.kind === 'postgres') console.log(`${name}: ${roles} benchmark roles present; importing again (an upsert).`);
    console.log(`${name}: importing ${path.basename(network.folder)} (one transaction; PGlite takes several minutes)…`);
    const loadSeconds = await importNetwork(session.db, network.folder, name);
    if ((await countRoles(session.db)) !== network.counts.PractitionerRole)
      throw new Error(`${name} holds another number of roles than the network; rerun with --fresh.`);
    return { session, loadSeconds };
  } catch (error) {
    await session.close();
    throw error;
  }
}

async function measure(
  session: DatabaseSession,
  network: BenchNetwork,
  options: Options,
  name: BackendResult['name'],
): Promise<Omit<BackendResult, 'loadSeconds' | 'settings' | 'http' | 'httpNote'>> {
  const [{ version }] = await session.db.$queryRaw<[{ version: string }]>`SELECT version()`;
  console.log(`${name}: timing ${benchSearches.length} searches and the detail page, ${options.runs} rounds…`);
  const loadBefore = os.loadavg()[0] ?? 0;
  const timed = await timeServerWork(session.db, network.detailIds, { warmUp: WARM_UP_ROUNDS, runs: options.runs });
  const loadAverage = `${loadBefore.toFixed(1)} → ${(os.loadavg()[0] ?? 0).toFixed(1)}`;
  const plans = await explainSearches(session.db);
  return { name, goalMs: GOAL_MS[name], version: version.replace(/ on .*| \(.*$/, ''), timed, plans, loadAverage };
}

/** A member searches, then opens a listing: each search is followed by a different detail page. */
const urls = (network: BenchNetwork) =>
  benchSearches.flatMap((search, index) => [`/en/find-a-provider?${search.queryString}`, `/en/find-a-provider/${network.detailIds[index] ?? ''}`]);

async function measureHttp(
  result: BackendResult,
  database: Record<string, string>,
  network: BenchNetwork,
  options: Options,
  track: (server: ChildProcess | null) => void,
) {
  console.log(`${result.name}: next start, ${CLIENTS} clients for ${options.seconds} s…`);
  const server = await startNext(database);
  track(server.process);
  try {
    await warmUp(server.origin, urls(network));
    result.http = await loadTest(server.origin, urls(network), CLIENTS, options.seconds);
  } finally {
    await stopNext(server.process);
    track(null);
  }
}

async function main(options: Options): Promise<void> {
  const started = performance.now();
  const network = ensureNetwork({ roles: options.roles, locations: options.locations, seed: 541 }, options.fresh);
  const databaseKey = `${network.key}-${hashSources(['lib/directory/import', 'prisma/migrations'])}`;
  const pgFolder = cachePath('postgres', databaseKey, stopIfRunning);
  const pgliteFolder = cachePath('pglite', databaseKey);
  let postgres: PostgresServer | null = null;
  let nextServer: ChildProcess | null = null;
  const cleanUp = () => {
    if (nextServer?.pid !== undefined && nextServer.exitCode === null) process.kill(-nextServer.pid, 'SIGTERM');
    postgres?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (cleanUp(), process.exit(130)));
  const results: BackendResult[] = [];
  try {
    // A given database is reused when it already holds the network; a cached cluster when its load finished.
    const pgCached = !options.fresh && (process.env.BENCH_DATABASE_URL !== undefined || isLoaded(pgFolder));
    if (!pgCached) fs.rmSync(loadedMarker(pgFolder), { force: true });
    postgres = await startPostgres(pgFolder, { reset: !pgCached });
    const pg = await openLoaded({ kind: 'postgres', url: postgres.url }, network, 'PostgreSQL', pgCached);
    try {
      if (pg.loadSeconds === null && process.env.BENCH_DATABASE_URL) await analyze(pg.session.db);
      if (pg.loadSeconds !== null && !process.env.BENCH_DATABASE_URL) markLoaded(pgFolder, network.counts);
      results.push({
        ...(await measure(pg.session, network, options, 'PostgreSQL')),
        loadSeconds: pg.loadSeconds,
        settings: postgres.settings,
        http: null,
        httpNote: null,
      });
    } finally {
      await pg.session.close();
    }

    const pgliteCached = !options.fresh && isLoaded(pgliteFolder);
    if (!pgliteCached) forget(pgliteFolder);
    const lite = await openLoaded({ kind: 'pglite', dataDir: pgliteFolder }, network, 'PGlite', pgliteCached);
    try {
      if (lite.loadSeconds !== null) markLoaded(pgliteFolder, network.counts);
      results.push({
        ...(await measure(lite.session, network, options, 'PGlite')),
        loadSeconds: lite.loadSeconds,
        settings: `PGlite ${pgliteVersion()}, in this process`,
        http: null,
        httpNote: null,
      });
    } finally {
      // Closed before `next start` opens the same folder: only one process may.
      await lite.session.close();
    }

    if (options.http) {
      try {
        if (!process.env.BENCH_SKIP_BUILD) buildNext();
        const track = (server: ChildProcess | null) => (nextServer = server);
        const [pgResult, pgliteResult] = results;
        if (pgResult) await measureHttp(pgResult, { DATABASE_URL: postgres.url }, network, options, track);
        if (pgliteResult) await measureHttp(pgliteResult, { DATA_DIR: pgliteFolder }, network, options, track);
      } catch (error) {
        const note = `not measured: ${error instanceof Error ? error.message : String(error)}`;
        console.error(`HTTP measurement ${note}`);
        for (const result of results) if (!result.http) result.httpNote = note;
        process.exitCode = 1;
      }
    }
  } finally {
    cleanUp();
  }
  writeReport(results, network, options, (performance.now() - started) / 1000);
}

function pgliteVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}

function writeReport(results: BackendResult[], network: BenchNetwork, options: Options, runSeconds: number): void {
  const date = new Date().toISOString().slice(0, 10);
  const folder = path.join(root, 'bench-results');
  fs.mkdirSync(folder, { recursive: true });
  const plansFile = `bench-results/search-${date}-plans.txt`;
  const plans = results.flatMap((result) =>
    result.plans.flatMap((plan) =>
      plan.statements.map((statement, index) => `=== ${result.name}: ${plan.label} (statement ${index + 1} of ${plan.statements.length})\n${statement.text}\n`),
    ),
  );
  fs.writeFileSync(path.join(root, plansFile), plans.join('\n'));
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const facts = {
    date,
    cores: cpus.length,
    counts: network.counts,
    machine,
    runs: options.runs,
    warmUp: WARM_UP_ROUNDS,
    clients: CLIENTS,
    seconds: options.seconds,
    runSeconds,
    plansFile,
  };
  const markdown = renderReport(results, facts);
  fs.writeFileSync(path.join(folder, `search-${date}.md`), markdown);
  console.log(`\n${markdown}\nWritten to bench-results/search-${date}.md`);
}

let options: Options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
try {
  await main(options);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
