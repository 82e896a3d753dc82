#!/usr/bin/env node
// `npm start`: builds the site when the build is missing or older than the sources, then serves it
// on PORT (default 3000). One command on a fresh clone after `npm ci`.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildInputs = ['app', 'components', 'content', 'i18n', 'lib', 'messages', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs'];
const stampFile = path.join(root, '.next', 'source-hash');

function hashSources() {
  const hash = createHash('sha256');
  const visit = (entry) => {
    const absolute = path.join(root, entry);
    if (!fs.existsSync(absolute)) return;
    if (fs.statSync(absolute).isDirectory()) {
      for (const child of fs.readdirSync(absolute).sort()) visit(path.join(entry, child));
    } else {
      hash.update(entry).update(fs.readFileSync(absolute));
    }
  };
  buildInputs.forEach(visit);
  return hash.digest('hex');
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

// The Prisma client is generated code (lib/generated/, not committed), and the database must be at the
// latest migration before the first request: generate (before hashing, as it writes into lib/), then migrate.
// An empty directory then gets the sample network (unless SKIP_SAMPLE_DIRECTORY=1), so search works at once.
for (const script of ['db:generate', 'db:migrate', 'directory:seed-demo']) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const current = hashSources();
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === current;

if (!built) {
  console.log('Building the site (first start or sources changed)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stampFile, current);
}

const port = process.env.PORT ?? '3000';
const args = ['start', '-p', port];
if (process.env.HOSTNAME_BIND) args.push('-H', process.env.HOSTNAME_BIND);
const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), args, { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
