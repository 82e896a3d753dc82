/**
 * npm run bench:abuse — the probes of the "safe in public" review as a repeatable script, on loopback
 * only and bounded (about a minute after the build). It serves the production build (.next-bench, as
 * the other benchmarks make it; BENCH_SKIP_BUILD=1 reuses it) on a fresh embedded database with the
 * sample directory and one staff account, then counts what each probe got:
 *   1. sign-ins from one client rotating X-Forwarded-For: how many passwords were really checked;
 *   2. an account under guessing: the right password after the wait still signs in;
 *   3. ten sign-ins at once: how many were checked, how many told "busy", and how long a static file
 *      took meanwhile;
 *   4. spoofed Host / X-Forwarded-Host on FHIR links;
 *   5. about 1,000 hostile requests: status codes, 5xx count, and security headers on every answer.
 * Prints a table and writes bench-results/abuse.json. Exits 0 whatever it finds; non-zero only when
 * the server cannot start.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { raw, signIn, type RawAnswer } from './bench/abuse-client';
import { hostileRequests } from './bench/abuse-requests';
import { root } from './bench/cache';
import { buildNext, startNext, stopNext } from './bench/http-load';

const staff = { email: 'bench-staff@example.org', password: 'bench staff password 1' };
const results: Record<string, unknown> = {};
const table: string[][] = [];
const row = (probe: string, expected: string, seen: string) => table.push([probe, expected, seen]);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-abuse-'));
const prepare = (script: string, args: string[] = [], extra: Record<string, string> = {}) => {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...extra },
  });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
};

if (!process.env.BENCH_SKIP_BUILD) buildNext();
prepare('db:migrate');
prepare('directory:seed-demo');
prepare('staff:add', [staff.email], { STAFF_PASSWORD: staff.password });

try {
  // Probes 1 and 2: the default limits (10 sign-ins per 15 minutes from one client).
  let server = await startNext({ DATA_DIR: dataDir, TRUSTED_PROXY_HOPS: '0' });
  try {
    const account: string[] = [];
    for (let i = 0; i < 4; i += 1) account.push(await signIn(server.origin, staff.email, 'a wrong guess'));
    account.push(await signIn(server.origin, staff.email, staff.password));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    account.push(await signIn(server.origin, staff.email, staff.password));
    results.accountGuessing = account;
    row('4 wrong passwords, then the right one at once and after 1 s', 'waiting, then signed in', account.slice(4).join(', '));

    const rotating: string[] = [];
    for (let i = 0; i < 14; i += 1)
      rotating.push(await signIn(server.origin, `nobody${i}@example.org`, 'a wrong guess', { 'x-forwarded-for': `198.51.100.${i}` }));
    const checked = rotating.filter((outcome) => outcome === 'refused').length;
    results.rotatingForwardedFor = rotating;
    row('14 sign-ins rotating X-Forwarded-For (after the 6 above)', '4 checked, 10 limited', `${checked} checked, ${rotating.length - checked} limited`);

    const spoofed = await fetch(`${server.origin}/api/fhir/PractitionerRole?_count=1`, {
      headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    });
    const body = await spoofed.text();
    results.spoofedHost = { status: spoofed.status, mentionsSpoofedHost: body.includes('evil.example') };
    row('FHIR search with X-Forwarded-Host: evil.example', 'no link to evil.example', body.includes('evil.example') ? 'LINKS TO evil.example' : 'none');

    const answers: RawAnswer[] = [];
    for (const request of hostileRequests(server.origin)) answers.push(await raw(server.origin, request));
    const byStatus: Record<string, number> = {};
    for (const answer of answers) byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
    const serverErrors = answers.filter((answer) => answer.status >= 500).length;
    const bare = answers.filter((answer) => answer.status > 0 && answer.headers['x-content-type-options'] !== 'nosniff').length;
    results.hostile = { requests: answers.length, byStatus, serverErrors, withoutSecurityHeaders: bare };
    row(`${answers.length} hostile requests`, '0 × 5xx, headers on all', `${serverErrors} × 5xx, ${bare} without headers; ${JSON.stringify(byStatus)}`);
  } finally {
    await stopNext(server.process);
  }

  // Probe 3: limits out of the way, ten sign-ins at once against a static file's time.
  server = await startNext({ DATA_DIR: dataDir, STAFF_SIGN_IN_LIMIT: '1000' });
  try {
    const html = await (await fetch(`${server.origin}/en`)).text();
    const asset = /<script src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1] ?? '/en';
    const timeAsset = async () => {
      const started = performance.now();
      await (await fetch(`${server.origin}${asset}`)).arrayBuffer();
      return performance.now() - started;
    };
    const quiet = await timeAsset();
    const started = performance.now();
    const signIns = Array.from({ length: 10 }, (_, i) => signIn(server.origin, `busy${i}@example.org`, 'a wrong guess'));
    const during = await Promise.all([timeAsset(), timeAsset(), timeAsset()]);
    const outcomes = await Promise.all(signIns);
    const elapsed = performance.now() - started;
    const busy = outcomes.filter((outcome) => outcome === 'busy').length;
    results.concurrentSignIns = { outcomes, staticFileMs: { quiet, during }, allSignInsMs: elapsed };
    row('10 sign-ins at once', '2 checked, 8 told busy', `${outcomes.length - busy} checked, ${busy} busy, all answered in ${Math.round(elapsed)} ms`);
    row('a static file during them', 'under 200 ms', `${during.map((ms) => Math.round(ms)).join(', ')} ms (quiet: ${Math.round(quiet)} ms)`);
  } finally {
    await stopNext(server.process);
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench-results', 'abuse.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(['| probe | designed | seen |', '|---|---|---|', ...table.map((cells) => `| ${cells.join(' | ')} |`)].join('\n'));
