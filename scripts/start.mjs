#!/usr/bin/env node
// `npm start`: builds the site when the build is missing or older than the sources, then serves it
// on PORT (default 3000). One command on a fresh clone after `npm ci`.
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { clearBuildStamp, hashBuildInputs, isBuiltFrom, stampBuild } from './build-hash.mjs';
import { buildKeepingLastGood } from './last-good-build.mjs';

const root = path.resolve(import.meta.dirname, '..');
const distDir = path.join(root, '.next');

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

// The Prisma client is generated code (lib/generated/, not committed), and the database must be at the
// latest migration before the first request: generate (before hashing, as it writes into lib/), then migrate.
// An empty directory then gets the sample network and an empty drug list the sample list (unless
// SKIP_SAMPLE_DIRECTORY=1), so both searches work at once.
for (const script of ['db:generate', 'db:migrate', 'directory:seed-demo', 'formulary:seed-demo']) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const contentDir = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : path.join(root, 'content');
const current = hashBuildInputs({ root, contentDir, env });

if (!isBuiltFrom(distDir, current)) {
  console.log('Building the site (first start or sources changed)…');
  const outcome = buildKeepingLastGood({
    distDir,
    build: () => {
      clearBuildStamp(distDir);
      const ok = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env }).status === 0;
      if (ok) stampBuild(distDir, current);
      return ok;
    },
  });
  if (outcome === 'failed') process.exit(1);
}

// scripts/serve.ts: Next.js behind the edge that refuses malformed requests and adds the security
// headers; it reads PORT, HOSTNAME_BIND and TRUSTED_PROXY_HOPS itself.
const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
