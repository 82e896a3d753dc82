/**
 * Staff accounts: the only code that touches the StaffUser table. Accounts are made by an operator
 * with `npm run staff:add -- <email>`; there is no sign-up page.
 */
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword, type ScryptCost } from './password';

export const staffEmailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export class StaffAccountError extends Error {
  override readonly name = 'StaffAccountError';
}

/** Creates an account, or with `replace` sets a new password on an existing one (signing it out everywhere). */
export async function saveStaffUser(
  db: Database,
  input: { email: string; password: string; replace?: boolean },
  cost?: ScryptCost,
): Promise<{ email: string; created: boolean }> {
  const email = staffEmailSchema.safeParse(input.email);
  if (!email.success) throw new StaffAccountError(`${JSON.stringify(input.email)} is not an e-mail address.`);
  const problem = passwordProblem(input.password);
  if (problem) throw new StaffAccountError(problem);
  const passwordHash = await hashPassword(input.password, cost);

  if (input.replace) {
    return db.$transaction(async (tx) => {
      const existing = await tx.staffUser.findUnique({ where: { email: email.data }, select: { id: true } });
      if (!existing) {
        await tx.staffUser.create({ data: { email: email.data, passwordHash } });
        return { email: email.data, created: true };
      }
      await tx.staffUser.update({ where: { id: existing.id }, data: { passwordHash, disabledAt: null } });
      await tx.staffSession.deleteMany({ where: { userId: existing.id } });
      return { email: email.data, created: false };
    });
  }
  try {
    await db.staffUser.create({ data: { email: email.data, passwordHash } });
    return { email: email.data, created: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new StaffAccountError(`${email.data} already has an account. To give it a new password, add --reset.`);
    }
    throw error;
  }
}

/** The account these credentials open, or null. Takes as long for an unknown e-mail as for a wrong password. */
export async function authenticateStaff(db: Database, emailInput: string, password: string): Promise<{ id: string; email: string } | null> {
  const email = staffEmailSchema.safeParse(emailInput);
  const user = email.success
    ? await db.staffUser.findUnique({ where: { email: email.data }, select: { id: true, email: true, passwordHash: true, disabledAt: true } })
    : null;
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !matches || user.disabledAt) return null;
  return { id: user.id, email: user.email };
}
