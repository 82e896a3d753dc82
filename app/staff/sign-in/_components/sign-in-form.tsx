'use client';

import { useFormAction } from '@/components/forms/form-action';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { SignInState } from '@/lib/staff/sign-in';

const problems = {
  refused: 'That e-mail address and password do not match an account. Check them and try again.',
  'rate-limited': 'Too many sign-in attempts. Wait 15 minutes, then try again.',
  unavailable: 'We could not sign you in just now. Try again in a minute.',
  'control-characters': 'The e-mail address or password had a character that cannot be typed on a keyboard. Type them again.',
} as const;

const field = 'mt-1 block w-full rounded-md border-2 border-gray-700 bg-white px-3 py-2 text-lg';

/** Works before JavaScript loads (a server action); on a problem the summary takes focus. The password is never sent back. */
export function SignInForm({ action }: { action: (state: SignInState, form: FormData) => Promise<SignInState> }) {
  const { state, formAction, pending, summary } = useFormAction(action, { status: 'idle' });

  const fieldErrors = state.status === 'invalid' ? state.fieldErrors : {};
  const email = state.status === 'idle' || state.status === 'signed-in' ? '' : state.email;
  const problem = state.status === 'refused' || state.status === 'rate-limited' || state.status === 'unavailable' || state.status === 'control-characters' ? problems[state.status] : undefined;
  const summaryLinks = [
    { id: 'staff-email', text: fieldErrors.email },
    { id: 'staff-password', text: fieldErrors.password },
  ].filter((entry): entry is { id: string; text: string } => Boolean(entry.text));

  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary ref={summary} id="sign-in-problem" title="You are not signed in" problem={problem} fieldErrors={summaryLinks} />
      <div>
        <label htmlFor="staff-email" className="block font-semibold">
          Work e-mail
        </label>
        {fieldErrors.email ? (
          <p id="staff-email-error" className="font-semibold text-red-800">
            {fieldErrors.email}
          </p>
        ) : null}
        <input
          id="staff-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          key={`email-${email}`}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? 'staff-email-error' : undefined}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="staff-password" className="block font-semibold">
          Password
        </label>
        {fieldErrors.password ? (
          <p id="staff-password-error" className="font-semibold text-red-800">
            {fieldErrors.password}
          </p>
        ) : null}
        <input
          id="staff-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'staff-password-error' : undefined}
          className={field}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-70">
        Sign in
      </button>
    </form>
  );
}
