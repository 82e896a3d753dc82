/**
 * One process per PGlite folder. PGlite is PostgreSQL compiled to WebAssembly inside our process, with
 * no server to arbitrate: two processes writing the same folder corrupt it silently. So the opener
 * creates `<folder>.lock` atomically (O_EXCL) holding its pid; a second opener reads it and refuses
 * with a message naming the folder and the pid. A lock whose pid is dead (a crash, a kill -9) is
 * stale and taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DatabaseLockedError } from './errors';

const lockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  command: z.string(),
});
type LockOwner = z.infer<typeof lockOwnerSchema>;

export type PgliteLock = { readonly file: string; release(): void };

export function lockFileFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

export function acquirePgliteLock(dataDir: string): PgliteLock {
  const file = lockFileFor(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' ').slice(0, 200),
  };
  // Two attempts: the second follows taking over a stale lock. Losing that race to another
  // process that took it over first ends in the ordinary "already open" error.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (tryCreate(file, me)) return holdLock(file);
    const owner = readOwner(file);
    if (owner && isHeld(owner)) throw new DatabaseLockedError(path.resolve(dataDir), file, owner, owner.hostname === me.hostname);
    takeOverStale(file);
  }
  const owner = readOwner(file);
  throw new DatabaseLockedError(path.resolve(dataDir), file, owner ?? me, true);
}

function tryCreate(file: string, owner: LockOwner): boolean {
  try {
    fs.writeFileSync(file, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  }
}

/** null when the file vanished or is unreadable (half-written by a crash): both count as stale. */
function readOwner(file: string): LockOwner | null {
  try {
    const parsed = lockOwnerSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isHeld(owner: LockOwner): boolean {
  // A pid on another host cannot be checked from here: assume it is alive and let the message say so.
  if (owner.hostname !== os.hostname()) return true;
  // Our own pid means this process already opened the folder (a second PGlite on it would corrupt it).
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; only ESRCH proves it is gone.
    return !isErrno(error, 'ESRCH');
  }
}

/** Rename first: only one of two racing processes can move the stale file away. */
function takeOverStale(file: string): void {
  try {
    fs.renameSync(file, `${file}.stale-${process.pid}`);
    fs.rmSync(`${file}.stale-${process.pid}`, { force: true });
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}

function holdLock(file: string): PgliteLock {
  let held = true;
  const releaseOnExit = () => release();
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', releaseOnExit);
    const owner = readOwner(file);
    if (owner?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  // A process that exits without closing the database (an uncaught error) still frees the folder.
  process.once('exit', releaseOnExit);
  return { file, release };
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
