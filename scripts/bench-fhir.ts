/**
 * npm run bench:fhir [-- --roles N] [--locations N] [--runs N] [--fresh]
 *
 * The public FHIR API at scale: the search benchmark's network (100,000 practitioner roles at 10,000
 * locations, scripts/bench/network.ts) loaded into PostgreSQL through the real importer, then p50/p95
 * server time (the route's handler called in this process, no HTTP) of: reads of 30 different roles;
 * a PractitionerRole search by specialty and office city with _include; two reverse-chained (`_has`)
 * searches, practitioners and a city's offices by their roles' specialty; and a full walk through every
 * page of a search, with and without the total. Writes bench-results/fhir-<date>.md.
 *
 * Reuses the network cache in .bench-data/ and keeps its own loaded cluster there (fhir-postgres-*),
 * so it never touches the clusters bench:search keeps. BENCH_DATABASE_URL uses that database instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '@/lib/db';
import { openDatabaseSession } from '@/lib/db/session';
import { handleFhirRequest, type FhirRoute } from '@/lib/fhir/handler';
import { cachePath, hashSources, isLoaded, markLoaded, root } from './bench/cache';
import { importNetwork } from './bench/load';
import { ensureNetwork } from './bench/network';
import { startPostgres, stopIfRunning, type PostgresServer } from './bench/postgres';
import { ms, percentile } from './bench/searches';

const GOAL_MS = 100;
const BASE = 'http://bench.local/api/fhir';
type Options = { roles: number; locations: number; runs: number; fresh: boolean };

function parseArguments(args: readonly string[]): Options {
  const options: Options = { roles: 100_000, locations: 10_000, runs: 50, fresh: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--fresh') options.fresh = true;
    else if (['--roles', '--locations', '--runs'].includes(arg)) {
      const value = Number(args[++index]);
      if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${arg} needs a whole number above 0.`);
      options[arg.slice(2) as 'roles' | 'locations' | 'runs'] = value;
    } else throw new Error(`Unknown argument ${arg}. Usage: npm run bench:fhir -- [--roles N] [--locations N] [--runs N] [--fresh]`);
  }
  return options;
}

/** Server time of one request, failing loudly on anything but 200 (a fast error is not a result). */
async function timed(
  db: Database,
  pathAndQuery: string,
  route: FhirRoute,
): Promise<{ milliseconds: number; body: { total?: number; link?: { relation: string; url: string }[]; entry?: unknown[] } }> {
  const started = performance.now();
  const response = await handleFhirRequest(
    { db: () => db, baseUrl: BASE, software: { name: 'Benchmark', date: '2026-11-25' } },
    new Request(`${BASE}/${pathAndQuery}`),
    route,
  );
  const body = await response.json();
  const milliseconds = performance.now() - started;
  if (response.status !== 200) throw new Error(`${pathAndQuery} answered ${response.status}: ${JSON.stringify(body)}`);
  return { milliseconds, body };
}

type Row = { label: string; detail: string; samples: number[] };

async function measure(db: Database, options: Options): Promise<Row[]> {
  const [city] = await db.$queryRaw<{ city: string }[]>`SELECT city FROM "Location" WHERE city IS NOT NULL GROUP BY city ORDER BY count(*) DESC LIMIT 1`;
  const roleIds = (await db.$queryRaw<{ id: string }[]>`SELECT id FROM "PractitionerRole" ORDER BY md5(id) LIMIT 30`).map((row) => row.id);
  const search = `PractitionerRole?specialty=http://nucc.org/provider-taxonomy|207Q00000X&location.address-city=${encodeURIComponent(city?.city ?? 'Medford')}&_include=PractitionerRole:location&_include=PractitionerRole:practitioner`;
  const codeOnly = search.replace('http://nucc.org/provider-taxonomy|', '');
  // Reverse chaining (_has): practitioners, and offices in the city, that have a role with the specialty.
  const practitionersWithRole = 'Practitioner?_has:PractitionerRole:practitioner:specialty=http://nucc.org/provider-taxonomy|207Q00000X';
  const officesWithRole = `Location?address-city=${encodeURIComponent(city?.city ?? 'Medford')}&_has:PractitionerRole:location:specialty=207Q00000X&_total=accurate`;
  const rows: Row[] = [
    { label: 'read PractitionerRole/{id}', detail: '30 different roles', samples: [] },
    { label: 'search by specialty (system|code) and office city, _include location and practitioner', detail: search, samples: [] },
    { label: 'the same with a code without its system', detail: codeOnly, samples: [] },
    { label: 'reverse chain: practitioners with a role of the specialty', detail: practitionersWithRole, samples: [] },
    { label: "reverse chain: the city's offices with a role of the specialty, counted", detail: officesWithRole, samples: [] },
  ];
  for (let round = -3; round < options.runs; round++) {
    const keep = (row: Row, value: number) => round >= 0 && row.samples.push(value);
    for (const id of roleIds) keep(rows[0] as Row, (await timed(db, `PractitionerRole/${id}`, { kind: 'read', type: 'PractitionerRole', id })).milliseconds);
    keep(rows[1] as Row, (await timed(db, search, { kind: 'search', type: 'PractitionerRole' })).milliseconds);
    keep(rows[2] as Row, (await timed(db, codeOnly, { kind: 'search', type: 'PractitionerRole' })).milliseconds);
    keep(rows[3] as Row, (await timed(db, practitionersWithRole, { kind: 'search', type: 'Practitioner' })).milliseconds);
    keep(rows[4] as Row, (await timed(db, officesWithRole, { kind: 'search', type: 'Location' })).milliseconds);
  }
  const first = await timed(db, search, { kind: 'search', type: 'PractitionerRole' });
  (rows[1] as Row).detail += ` (${first.body.total} matches)`;
  const offices = await timed(db, officesWithRole, { kind: 'search', type: 'Location' });
  (rows[4] as Row).detail += ` (${offices.body.total} matches)`;

  // A client copying the whole directory of roles: every page of 100, following next links; once as
  // is (each page counts every role for its total), once with _total=none (no count).
  const walks: Row[] = [];
  for (const start of ['PractitionerRole?_count=100', 'PractitionerRole?_count=100&_total=none']) {
    const walk: Row = { label: `full paging walk, every page of ${start}`, detail: '', samples: [] };
    const started = performance.now();
    let seen = 0;
    for (let next: string | undefined = start; next;) {
      const page = await timed(db, next, { kind: 'search', type: 'PractitionerRole' });
      walk.samples.push(page.milliseconds);
      seen += page.body.entry?.length ?? 0;
      next = page.body.link?.find((link) => link.relation === 'next')?.url.slice(BASE.length + 1);
    }
    walk.detail = `${walk.samples.length} pages, ${seen} roles, ${((performance.now() - started) / 1000).toFixed(1)} s in all`;
    walks.push(walk);
  }
  return [...rows, ...walks];
}

function report(rows: Row[], facts: string[]): string {
  const lines = [
    `# FHIR API benchmark (${new Date().toISOString().slice(0, 10)})`,
    '',
    ...facts.map((fact) => `- ${fact}`),
    '',
    `| request | p50 ms | p95 ms | samples | what |`,
    `|---|---:|---:|---:|---|`,
    ...rows.map((row) => {
      const p95 = percentile(row.samples, 0.95);
      return `| ${row.label} | ${ms(percentile(row.samples, 0.5))} | ${ms(p95)}${p95 > GOAL_MS ? ' ✗' : ''} | ${row.samples.length} | \`${row.detail}\` |`;
    }),
    '',
    `Goal: p95 under ${GOAL_MS} ms on PostgreSQL (✗ marks a miss).`,
  ];
  return `${lines.join('\n')}\n`;
}

async function main(options: Options) {
  const network = ensureNetwork({ roles: options.roles, locations: options.locations, seed: 541 }, false);
  const folder = cachePath('fhir-postgres', `${network.key}-${hashSources(['lib/directory/import', 'prisma/migrations'])}`, stopIfRunning);
  const cached = !options.fresh && (process.env.BENCH_DATABASE_URL !== undefined || isLoaded(folder));
  let postgres: PostgresServer | null = null;
  process.on('SIGINT', () => (postgres?.stop(), process.exit(130)));
  try {
    postgres = await startPostgres(folder, { reset: !cached });
    const session = await openDatabaseSession({ kind: 'postgres', url: postgres.url });
    try {
      let loadSeconds: number | null = null;
      if (!cached) {
        console.log(`PostgreSQL: importing ${path.basename(network.folder)}…`);
        loadSeconds = await importNetwork(session.db, network.folder, 'PostgreSQL');
        if (!process.env.BENCH_DATABASE_URL) markLoaded(folder, network.counts);
      }
      const [{ version }] = await session.db.$queryRaw<[{ version: string }]>`SELECT version()`;
      console.log('Timing…');
      const rows = await measure(session.db, options);
      const facts = [
        `${version.replace(/ on .*| \(.*$/, '')}, ${postgres.settings}; ${Object.entries(network.counts)
          .map(([type, count]) => `${count.toLocaleString('en-US')} ${type}`)
          .join(', ')}`,
        `${options.runs} rounds after 3 warm-up rounds; server time of lib/fhir's handler in this process (SQL, JSON, Bundle), no HTTP.`,
        loadSeconds === null ? 'Database loaded by an earlier run (cached in .bench-data/).' : `Loaded in ${loadSeconds.toFixed(0)} s.`,
      ];
      const markdown = report(rows, facts);
      const output = path.join(root, 'bench-results', `fhir-${new Date().toISOString().slice(0, 10)}.md`);
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, markdown);
      console.log(`\n${markdown}\nWritten to ${path.relative(root, output)}`);
    } finally {
      await session.close();
    }
  } finally {
    postgres?.stop();
  }
}

try {
  await main(parseArguments(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
