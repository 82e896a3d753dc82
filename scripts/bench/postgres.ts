/**
 * The PostgreSQL the benchmark measures: BENCH_DATABASE_URL when given (it is used as is, never
 * stopped), otherwise a cluster of the newest PostgreSQL in /usr/lib/postgresql started the way
 * .ci/run starts one (as the postgres user when we are root, on a free port). Its data folder lives
 * in the benchmark cache so a loaded network survives between runs; the server is stopped at the end.
 * fsync and synchronous_commit are off: they only slow the load, and the measured searches only read.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export type PostgresServer = { url: string; settings: string; stop(): void };

export const SERVER_SETTINGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];

const asRoot = process.getuid?.() === 0;

function newestPostgresBin(): string {
  if (process.env.BENCH_PG_BIN) return process.env.BENCH_PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((name) => fs.existsSync(path.join(base, name, 'bin', 'pg_ctl'))) : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  if (!newest) throw new Error('No PostgreSQL server under /usr/lib/postgresql; install it (apt-get install postgresql) or set BENCH_DATABASE_URL.');
  return path.join(base, newest, 'bin');
}

/** Runs a server binary, as the postgres user when we are root (the server refuses to run as root). */
function run(bin: string, program: string, args: string[]): void {
  const command = [path.join(bin, program), ...args];
  const result = asRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ')], { encoding: 'utf8' })
    : spawnSync(command[0] ?? '', command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

/** Stops the server of the cluster in `folder` if one runs (a run that was killed may have left it). */
export function stopIfRunning(folder: string): void {
  const data = path.join(folder, 'data');
  if (process.env.BENCH_DATABASE_URL || !fs.existsSync(path.join(data, 'postmaster.pid'))) return;
  try {
    run(newestPostgresBin(), 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  } catch {
    // Not running after all (a stale pid file): pg_ctl start copes with that.
  }
}

/** Starts the cluster in `folder` (creating it when missing); returns the URL of its `directory_bench` database. */
export async function startPostgres(folder: string, options: { reset: boolean }): Promise<PostgresServer> {
  if (process.env.BENCH_DATABASE_URL) {
    return { url: process.env.BENCH_DATABASE_URL, settings: 'as configured (BENCH_DATABASE_URL)', stop: () => {} };
  }
  const bin = newestPostgresBin();
  const data = path.join(folder, 'data');
  stopIfRunning(folder);
  const fresh = options.reset || !fs.existsSync(path.join(data, 'PG_VERSION'));
  if (fresh) {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    if (asRoot) execFileSync('chown', ['postgres', folder]);
    run(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  }
  const port = await freePort();
  const serverOptions = [`-p ${port}`, `-k ${folder}`, '-c listen_addresses=127.0.0.1', ...SERVER_SETTINGS.map((setting) => `-c ${setting}`)].join(' ');
  run(bin, 'pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-w', '-o', serverOptions, 'start']);
  const stop = () => {
    try {
      run(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch (error) {
      console.error(`Could not stop PostgreSQL in ${data}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  try {
    if (fresh) run(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'directory_bench']);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgresql://postgres@127.0.0.1:${port}/directory_bench`, settings: `defaults except ${SERVER_SETTINGS.join(', ')}`, stop };
}
