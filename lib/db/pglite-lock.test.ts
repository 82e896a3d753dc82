import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseLockedError } from './errors';
import { openPglite } from './pglite';
import { acquirePgliteLock, lockFileFor } from './pglite-lock';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

function tempDataDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-lock-'));
  cleanups.push(() => fs.rmSync(parent, { recursive: true, force: true }));
  return path.join(parent, 'pglite');
}

/** Another process that takes the lock the way the app does and keeps it until killed. */
async function otherProcessHolding(dataDir: string): Promise<ChildProcess> {
  const script = [
    `import { acquirePgliteLock } from ${JSON.stringify(path.join(import.meta.dirname, 'pglite-lock.ts'))};`,
    `acquirePgliteLock(${JSON.stringify(dataDir)});`,
    `console.log('locked');`,
    'setInterval(() => {}, 1000);',
  ].join('\n');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => child.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`the lock holder exited early (${code})`)));
  });
  return child;
}

describe('PGlite folder lock', () => {
  it('refuses a second process, naming the folder, the other pid and what to do', { timeout: 30_000 }, async () => {
    const dataDir = tempDataDir();
    const holder = await otherProcessHolding(dataDir);
    const attempt = () => acquirePgliteLock(dataDir);
    expect(attempt).toThrow(DatabaseLockedError);
    expect(attempt).toThrow(`The embedded database in ${dataDir} is already open in another process (pid ${holder.pid}`);
    expect(attempt).toThrow(`kill ${holder.pid}`);
    expect(attempt).toThrow(`delete ${lockFileFor(dataDir)}`);
    // The app's opener checks the lock before PGlite touches the folder.
    await expect(openPglite(dataDir)).rejects.toThrow(DatabaseLockedError);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('takes over the lock of a process that died without releasing it', { timeout: 30_000 }, async () => {
    const dataDir = tempDataDir();
    const holder = await otherProcessHolding(dataDir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const lock = acquirePgliteLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
  });

  it('refuses a second open in the same process, pointing at the shared client', () => {
    const dataDir = tempDataDir();
    const lock = acquirePgliteLock(dataDir);
    cleanups.push(() => lock.release());
    expect(() => acquirePgliteLock(dataDir)).toThrow(/already open in this process .*\nUse the shared client from lib\/db/);
  });

  it('treats an unreadable lock file (a crash while writing it) as stale', () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.writeFileSync(lockFileFor(dataDir), '{"pid":');
    const lock = acquirePgliteLock(dataDir);
    lock.release();
  });
});
