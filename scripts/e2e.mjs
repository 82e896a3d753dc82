#!/usr/bin/env node
// Builds the site into .next-e2e from a copy of content/ with test fixtures added (alerts that are
// past, current and upcoming; a handout PDF), then runs Playwright against the production server (scripts/serve.ts). The build is
// kept and reused while its inputs (sources, that content, build settings) hash the same, so a second
// run only rebuilds after a change. The provider directory is a fresh embedded database in a
// temporary DATA_DIR holding the sample network.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeE2eFixtures } from '../tests/e2e/fixtures/content-fixtures.mjs';
import { clearBuildStamp, hashBuildInputs, isBuiltFrom, stampBuild } from './build-hash.mjs';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-content-'));
fs.cpSync(path.join(root, 'content'), contentDir, { recursive: true });
writeE2eFixtures(contentDir);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-data-'));
// A second copy of the seeded database for the outage test, which runs its own server on it.
const outageDataDir = `${dataDir}-outage`;
const removeTemporaryFolders = () => {
  for (const folder of [contentDir, dataDir, outageDataDir]) fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(`${outageDataDir}.lock`, { force: true });
};

// The journeys run on their own PGlite holding the sample network, whatever the shell says about
// DATABASE_URL (a real server) or SKIP_SAMPLE_DIRECTORY.
const env = {
  ...process.env,
  CONTENT_DIR: contentDir,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  SKIP_SAMPLE_DIRECTORY: '',
  E2E_OUTAGE_DATA_DIR: outageDataDir,
  // A second checkout or a helper building at the same time sets its own E2E_DIST_DIR and E2E_PORT.
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR || '.next-e2e',
  NEXT_TELEMETRY_DISABLED: '1',
  // Absolute links (canonical, sitemap, FHIR) come from SITE_URL, never from the request: the address the tests use.
  SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT || 3210}`,
  // A staff account for the staff-area journeys; sign-in limits high enough for every test to sign in.
  E2E_STAFF_EMAIL: 'e2e-staff@example.org',
  E2E_STAFF_PASSWORD: 'e2e staff password 1',
  STAFF_SIGN_IN_LIMIT: '1000',
  // The tests stand in for a proxy: the X-Forwarded-For they write is the visitor's address, so one
  // machine can be several visitors (the site-search misses kept only once several visitors sent them).
  // Behind no proxy (the default, 0) the header is ignored: lib/http/edge.test.ts.
  TRUSTED_PROXY_HOPS: '1',
  // Every journey comes from 127.0.0.1: the join form's hourly limit per address would stop the suite.
  JOIN_REQUEST_RATE_LIMIT: '1000',
  // Journeys send forms as soon as they are filled: no waiting out the minimum time a person takes.
  // The rule itself (too fast is thanked and not stored) is unit-tested in lib/feedback and lib/join-requests.
  FEEDBACK_MIN_SECONDS: '0',
};
const run = (command, args, extraEnv = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    removeTemporaryFolders();
    process.exit(result.status ?? 1);
  }
};

// Each step exits before the next opens the folder: PGlite allows one process at a time.
run('npm', ['run', '--silent', 'db:migrate']);
run('npm', ['run', '--silent', 'directory:seed-demo']);
run('npm', ['run', '--silent', 'formulary:seed-demo']);
run('npm', ['run', '--silent', 'staff:add', '--', env.E2E_STAFF_EMAIL], { STAFF_PASSWORD: env.E2E_STAFF_PASSWORD });
const expired = spawnSync('node_modules/.bin/tsx', ['tests/e2e/fixtures/expired-staff-session.ts', env.E2E_STAFF_EMAIL], { cwd: root, env, encoding: 'utf8' });
if (expired.status !== 0) {
  process.stderr.write(expired.stderr);
  removeTemporaryFolders();
  process.exit(1);
}
env.E2E_EXPIRED_STAFF_TOKEN = expired.stdout.trim();
fs.cpSync(dataDir, outageDataDir, { recursive: true });
const distDir = path.resolve(root, env.NEXT_DIST_DIR);
const fingerprint = hashBuildInputs({ root, contentDir, env });
if (isBuiltFrom(distDir, fingerprint)) {
  console.log(`Reusing the build in ${env.NEXT_DIST_DIR}: sources, test content and build settings are unchanged.`);
} else {
  clearBuildStamp(distDir);
  run('node_modules/.bin/next', ['build']);
  stampBuild(distDir, fingerprint);
}
run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)]);
removeTemporaryFolders();
