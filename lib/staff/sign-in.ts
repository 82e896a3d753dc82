/**
 * Handling the staff sign-in form: validate, rate-limit (by client and by account, in the database so
 * every web server counts the same attempts), check the password, open a session. Returns a state the
 * page renders; the e-mail typed comes back so the form keeps it, the password never does.
 */
import { z } from 'zod';
import { getDb, type Database } from '@/lib/db';
import { formHasControlCharacters, withoutControlCharacters } from '@/lib/forms/control-characters';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { authenticateStaff, staffEmailSchema } from './accounts';
import { passwordMaxLength } from './password';
import { createStaffSession } from './session';

type Env = Readonly<Record<string, string | undefined>>;

export type SignInState =
  | { status: 'idle' }
  | { status: 'signed-in'; token: string; expiresAt: Date }
  | { status: 'invalid'; fieldErrors: { email?: string; password?: string }; email: string }
  | { status: 'refused' | 'rate-limited' | 'unavailable' | 'control-characters'; email: string };

const signInSchema = z.object({
  email: staffEmailSchema,
  password: z.string().min(1).max(passwordMaxLength * 4),
});

/** STAFF_SIGN_IN_LIMIT: attempts per 15 minutes from one address (default 10); an account allows twice that per hour. */
export function signInLimit(env: Env = process.env): number {
  const parsed = z.coerce.number().int().min(1).max(10_000).safeParse(env.STAFF_SIGN_IN_LIMIT?.trim() || undefined);
  return parsed.success ? parsed.data : 10;
}

export async function signInStaff(
  form: FormData,
  context: { clientAddress: string | null; db?: Database; env?: Env; now?: Date },
): Promise<SignInState> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const email = text('email').slice(0, 254);
  if (formHasControlCharacters(form)) return { status: 'control-characters', email: withoutControlCharacters(email) };
  const parsed = signInSchema.safeParse({ email, password: text('password') });
  if (!parsed.success) {
    const fieldErrors: { email?: string; password?: string } = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'email') fieldErrors.email = 'Enter your work e-mail address, like name@example.org.';
      if (issue.path[0] === 'password') fieldErrors.password = 'Enter your password.';
    }
    return { status: 'invalid', fieldErrors, email };
  }

  try {
    const db = context.db ?? getDb();
    const limit = signInLimit(context.env);
    const byClient = await takeRateLimit(db, { key: clientKey('staff-sign-in', context.clientAddress, context.env), limit, windowSeconds: 900, now: context.now });
    const byAccount = await takeRateLimit(db, { key: clientKey('staff-account', parsed.data.email, context.env), limit: limit * 2, windowSeconds: 3600, now: context.now });
    if (!byClient.allowed || !byAccount.allowed) return { status: 'rate-limited', email };
    const user = await authenticateStaff(db, parsed.data.email, parsed.data.password);
    if (!user) return { status: 'refused', email };
    const session = await createStaffSession(db, user.id, context.now);
    return { status: 'signed-in', ...session };
  } catch (error) {
    console.error(`staff sign-in failed: ${error instanceof Error ? error.name : typeof error}`);
    return { status: 'unavailable', email };
  }
}
