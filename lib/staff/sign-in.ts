/**
 * Handling the staff sign-in form: validate, rate-limit (by client and by account, in the database so
 * every web server counts the same attempts), check the password, open a session. Returns a state the
 * page renders; the e-mail typed comes back so the form keeps it, the password never does.
 */
import { z } from '@/lib/forms/zod';
import { getDb, type Database } from '@/lib/db';
import { readSettings, type Settings } from '@/lib/env';
import { formText } from '@/lib/forms/form-data';
import type { FormState } from '@/lib/forms/form-state';
import { formHasControlCharacters, withoutControlCharacters } from '@/lib/forms/control-characters';
import { clientKey, takeRateLimit } from '@/lib/rate-limit';
import { rateLimitSalt } from '@/lib/secrets';
import { authenticateStaff, staffEmailSchema } from './accounts';
import { accountWaitSeconds, clearAccountFailures, recordAccountFailure } from './account-delay';
import { PasswordChecksBusy, passwordMaxLength } from './password';
import { createStaffSession } from './session';

/** Only the e-mail address comes back to fill in again; the password never does. */
export type SignInState = FormState<
  { email: string },
  { email?: string; password?: string },
  { status: 'signed-in'; token: string; expiresAt: Date },
  'refused' | 'rate-limited' | 'account-waiting' | 'busy' | 'unavailable' | 'control-characters'
>;

const signInSchema = z.object({
  email: staffEmailSchema,
  password: z
    .string()
    .min(1)
    .max(passwordMaxLength * 4),
});

export async function signInStaff(
  form: FormData,
  context: { clientAddress: string | null; db?: Database; settings?: Settings; now?: Date },
): Promise<SignInState> {
  const email = formText(form, 'email', 254);
  if (formHasControlCharacters(form)) return { status: 'control-characters', values: { email: withoutControlCharacters(email) } };
  const values = { email };
  const parsed = signInSchema.safeParse({ email, password: formText(form, 'password') });
  if (!parsed.success) {
    const fieldErrors: { email?: string; password?: string } = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'email') fieldErrors.email = 'Enter your work e-mail address, like name@example.org.';
      if (issue.path[0] === 'password') fieldErrors.password = 'Enter your password.';
    }
    return { status: 'invalid', fieldErrors, values };
  }

  try {
    const db = context.db ?? getDb();
    const settings = context.settings ?? readSettings();
    // STAFF_SIGN_IN_LIMIT attempts per 15 minutes from one address (the edge's address, not one the
    // client wrote); per account, growing delays after wrong passwords (account-delay.ts), never a lock-out.
    const salt = await rateLimitSalt(db, settings);
    const byClient = await takeRateLimit(db, {
      key: clientKey('staff-sign-in', context.clientAddress, salt),
      limit: settings.STAFF_SIGN_IN_LIMIT,
      windowSeconds: 900,
      now: context.now,
    });
    if (!byClient.allowed) return { status: 'rate-limited', values };
    const accountKey = clientKey('staff-account', parsed.data.email, salt);
    if ((await accountWaitSeconds(db, accountKey, context.now)) > 0) return { status: 'account-waiting', values };
    const user = await authenticateStaff(db, parsed.data.email, parsed.data.password);
    if (!user) {
      await recordAccountFailure(db, accountKey, context.now);
      return { status: 'refused', values };
    }
    await clearAccountFailures(db, accountKey);
    const session = await createStaffSession(db, user.id, context.now);
    return { status: 'signed-in', ...session };
  } catch (error) {
    if (error instanceof PasswordChecksBusy) return { status: 'busy', values };
    console.error(`staff sign-in failed: ${error instanceof Error ? error.name : typeof error}`);
    return { status: 'unavailable', values };
  }
}
