/** The benchmark's figures as Markdown, for the terminal and bench-results/search-<date>.md. */
import type { LoadResult } from './http-load';
import type { PlanReading } from './plans';
import { ms, percentile } from './searches';
import type { TimedQuery } from './server-time';

export type BackendResult = {
  name: 'PostgreSQL' | 'PGlite';
  /** p95 the issue asks for, in milliseconds. */
  goalMs: number;
  version: string;
  settings: string;
  loadSeconds: number | null;
  timed: TimedQuery[];
  /** The machine's 1-minute load average before and after the timing (other work skews the figures). */
  loadAverage: string;
  plans: PlanReading[];
  http: LoadResult | null;
  httpNote: string | null;
};

export type ReportFacts = {
  date: string;
  cores: number;
  counts: Record<string, number>;
  machine: string;
  runs: number;
  warmUp: number;
  clients: number;
  seconds: number;
  runSeconds: number;
  plansFile: string;
};

const count = (value: number) => value.toLocaleString('en-US');
const all = (timed: readonly TimedQuery[]) => timed.flatMap((query) => query.samples);
const mark = (value: number, goal: number) => `${ms(value)}${value > goal ? ' ✗' : ''}`;

function serverTable(backends: readonly BackendResult[]): string[] {
  const [first] = backends;
  if (!first) return [];
  const head = `| search | matches | ${backends.map((backend) => `${backend.name} p50 | ${backend.name} p95`).join(' | ')} |`;
  const rule = `|---|---:|${backends.map(() => '---:|---:').join('|')}|`;
  const rows = first.timed.map((query, index) => {
    const cells = backends.map((backend) => {
      const samples = backend.timed[index]?.samples ?? [];
      return `${ms(percentile(samples, 0.5))} | ${mark(percentile(samples, 0.95), backend.goalMs)}`;
    });
    return `| ${query.label} | ${query.matches ?? ''} | ${cells.join(' | ')} |`;
  });
  const overall = backends.map(
    (backend) => `**${ms(percentile(all(backend.timed), 0.5))}** | **${mark(percentile(all(backend.timed), 0.95), backend.goalMs)}**`,
  );
  return [head, rule, ...rows, `| **all of the above** | | ${overall.join(' | ')} |`];
}

function planTable(backends: readonly BackendResult[]): string[] {
  const lines = ['| search | backend | statements | indexes used | tables read whole (Seq Scan) | execution ms |', '|---|---|---:|---|---|---:|'];
  const first = backends[0];
  for (const [index, reading] of (first?.plans ?? []).entries()) {
    for (const backend of backends) {
      const statements = backend.plans[index]?.statements ?? [];
      const indexes = [...new Set(statements.flatMap((statement) => statement.indexes))];
      const seqScans = [...new Set(statements.flatMap((statement) => statement.seqScans))];
      const execution = statements.reduce((sum, statement) => sum + (statement.executionMs ?? 0), 0);
      lines.push(
        `| ${reading.label} | ${backend.name} | ${statements.length} | ${indexes.join(', ') || 'none'} | ${seqScans.join(', ') || '–'} | ${ms(execution)} |`,
      );
    }
  }
  return lines;
}

function httpTable(backends: readonly BackendResult[], facts: ReportFacts): string[] {
  const lines = ['| backend | requests | requests/s | p50 ms | p95 ms | not 200 |', '|---|---:|---:|---:|---:|---:|'];
  for (const backend of backends) {
    const http = backend.http;
    if (!http) {
      lines.push(`| ${backend.name} | ${backend.httpNote ?? 'not run'} | | | | |`);
      continue;
    }
    const failed = [...http.failures.values()].reduce((sum, value) => sum + value, 0);
    lines.push(
      `| ${backend.name} | ${count(http.requests)} in ${http.seconds.toFixed(0)} s | ${http.perSecond.toFixed(1)} | ${ms(percentile(http.latencies, 0.5))} | ${ms(percentile(http.latencies, 0.95))} | ${failed} |`,
    );
  }
  const failures = backends.flatMap((backend) => [...(backend.http?.failures ?? [])].map(([what, times]) => `- ${backend.name}: ${what} ×${times}`));
  return [...lines, ...(failures.length > 0 ? ['', 'Responses other than 200:', ...failures] : [`\nEvery response was 200 (${facts.clients} clients).`])];
}

export function renderReport(backends: readonly BackendResult[], facts: ReportFacts): string {
  const verdicts = backends.map((backend) => {
    const p95 = percentile(all(backend.timed), 0.95);
    const over = backend.timed.filter((query) => percentile(query.samples, 0.95) > backend.goalMs).map((query) => query.label);
    return `- ${backend.name}: overall p95 ${ms(p95)} ms against a goal of ${backend.goalMs} ms: **${p95 <= backend.goalMs ? 'met' : 'missed'}**${over.length > 0 ? `; over the goal: ${over.join('; ')}` : '; every search within it'}.`;
  });
  const loads = backends.map(
    (backend) => `${backend.name} ${backend.loadSeconds === null ? 'reused from .bench-data' : `loaded in ${(backend.loadSeconds / 60).toFixed(1)} min`}`,
  );
  return [
    `# Provider search benchmark, ${facts.date}`,
    '',
    `${count(facts.counts.PractitionerRole ?? 0)} practitioner roles at ${count(facts.counts.Location ?? 0)} locations (${count(facts.counts.Practitioner ?? 0)} practitioners, ${count(facts.counts.Organization ?? 0)} organizations, ${count(facts.counts.HealthcareService ?? 0)} services), copies of the demo network under their own seeds (scripts/bench/network.ts).`,
    `Machine: ${facts.machine}. ${backends.map((backend) => `${backend.name}: ${backend.version} (${backend.settings})`).join('. ')}.`,
    '',
    `## Server time, ms (searchDirectory and findListing in process: the pages' database work without rendering)`,
    '',
    `${facts.runs} measured rounds after ${facts.warmUp} discarded warm-up rounds; each round runs every search once, then one detail page. ✗ marks a p95 over the goal. Load average (1 min, ${facts.cores} cores) while timing: ${backends.map((backend) => `${backend.name} ${backend.loadAverage}`).join(', ')}.`,
    '',
    ...serverTable(backends),
    '',
    ...verdicts,
    '',
    `## Query plans (EXPLAIN (ANALYZE, BUFFERS) of the SQL statements each search sends; full plans in ${facts.plansFile})`,
    '',
    ...planTable(backends),
    '',
    `## next start, ${facts.clients} concurrent clients, ${facts.seconds} s per backend (the searches above and the detail pages, in turn)`,
    '',
    ...httpTable(backends, facts),
    '',
    `Run time ${(facts.runSeconds / 60).toFixed(1)} min; ${loads.join(', ')}.`,
    '',
  ].join('\n');
}
