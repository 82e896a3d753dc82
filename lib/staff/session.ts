/**
 * Staff sessions in the database, so every web server behind one PostgreSQL knows who is signed in.
 * The browser's cookie holds a random 256-bit token; the table holds only its SHA-256, so a copy of
 * the table cannot be used to sign in. Sessions end at `expiresAt` (absolute, not sliding), at sign-out,
 * or when the account is disabled or deleted.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@/lib/db/client';

/** A working day: staff sign in again the next morning. */
export const sessionHours = 8;

export type StaffIdentity = { userId: string; email: string; expiresAt: Date };

const tokenPattern = /^[\w-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createStaffSession(db: Database, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionHours * 3600 * 1000);
  await db.staffSession.create({ data: { tokenHash: hashToken(token), userId, createdAt: now, expiresAt } });
  // Tidy up: ended sessions are no use to anyone. Runs at sign-in, which is rare.
  await db.staffSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return { token, expiresAt };
}

/** Who holds this token, or null if it is malformed, unknown, expired, or its account is disabled. */
export async function readStaffSession(db: Database, token: string | undefined, now = new Date()): Promise<StaffIdentity | null> {
  if (!token || !tokenPattern.test(token)) return null;
  const session = await db.staffSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  return { userId: session.user.id, email: session.user.email, expiresAt: session.expiresAt };
}

export async function deleteStaffSession(db: Database, token: string | undefined): Promise<void> {
  if (!token || !tokenPattern.test(token)) return;
  await db.staffSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}
