/**
 * Staff passwords, kept only as scrypt hashes: `scrypt$<N>$<r>$<p>$<salt>$<hash>` (salt and hash in
 * base64url). The cost travels with each hash, so raising it later leaves old hashes readable.
 * N=2^17, r=8, p=1 is OWASP's recommendation for scrypt: about 128 MiB and a few hundred milliseconds
 * per check, which makes guessing offline expensive; online guessing is stopped by the rate limit.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export type ScryptCost = { N: number; r: number; p: number };

export const defaultCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** NIST SP 800-63B allows long passphrases; 12 keeps out the shortest guessable ones. */
export const passwordMinLength = 12;
export const passwordMaxLength = 200;

const keyLength = 32;

function scrypt(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // Node refuses to use more than 32 MiB unless told; N=2^17, r=8 needs 128 MiB.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Why a password cannot be used, or null when it can. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < passwordMinLength) return `A password needs at least ${passwordMinLength} characters.`;
  if (length > passwordMaxLength) return `A password can have at most ${passwordMaxLength} characters.`;
  return null;
}

export async function hashPassword(password: string, cost: ScryptCost = defaultCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const hashPattern = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([\w-]+)\$([\w-]+)$/;

/**
 * A password check takes 128 MiB and a thread of Node's shared pool (4 threads, also used for files:
 * handout PDFs) for a few hundred milliseconds. Only this many run at once per server; a sign-in beyond
 * them is answered at once with "busy, try again" instead of queueing memory and starving the pool.
 */
export const MAX_CONCURRENT_PASSWORD_CHECKS = 2;
let checksRunning = 0;

/** Thrown when every password-check slot of this server is taken. */
export class PasswordChecksBusy extends Error {
  override readonly name = 'PasswordChecksBusy';
}

/** True when `password` matches `stored`; false for a wrong password or a hash this code cannot read. Throws PasswordChecksBusy. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (checksRunning >= MAX_CONCURRENT_PASSWORD_CHECKS) throw new PasswordChecksBusy('Every password-check slot is in use.');
  checksRunning += 1;
  try {
    return await checkPassword(password, stored);
  } finally {
    checksRunning -= 1;
  }
}

async function checkPassword(password: string, stored: string): Promise<boolean> {
  const match = hashPattern.exec(stored);
  if (!match) return false;
  const [, N, r, p, salt, hash] = match;
  const cost = { N: Number(N), r: Number(r), p: Number(p) };
  // A damaged row must not make the server allocate gigabytes.
  if (cost.N < 2 || cost.N > 2 ** 20 || (cost.N & (cost.N - 1)) !== 0 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16) return false;
  const expected = Buffer.from(hash ?? '', 'base64url');
  if (expected.length !== keyLength) return false;
  const actual = await scrypt(password, Buffer.from(salt ?? '', 'base64url'), cost);
  return timingSafeEqual(actual, expected);
}

/**
 * Checked against when an e-mail has no account, so "no such account" takes as long as "wrong
 * password" and the time of a failed sign-in does not tell which e-mails are staff.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}
