'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { useFormAction } from '@/components/forms/form-action';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { formProblem, invalidFields, keptValues } from '@/lib/forms/form-state';
import type { SignInState } from '@/lib/staff/sign-in';

const problems = {
  refused: 'That e-mail address and password do not match an account. Check them and try again.',
  'rate-limited': 'Too many sign-in attempts from this connection. Wait 15 minutes, then try again.',
  'account-waiting': 'Several wrong passwords were tried on this account, so it asks for a short wait. Wait a minute, then try again.',
  busy: 'Many people are signing in right now. Wait a few seconds, then try again.',
  unavailable: 'We could not sign you in just now. Try again in a minute.',
  'control-characters': 'The e-mail address or password had a character that cannot be typed on a keyboard. Type them again.',
} as const;

/** Works before JavaScript loads (a server action); on a problem the summary takes focus. The password is never sent back. */
export function SignInForm({ action }: { action: (state: SignInState, form: FormData) => Promise<SignInState> }) {
  const { state, formAction, pending, summary } = useFormAction(action, { status: 'idle' });
  const fieldErrors = invalidFields(state);
  const { email } = keptValues(state, { email: '' });

  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary
        ref={summary}
        id="sign-in-problem"
        title="You are not signed in"
        problem={formProblem(state, problems)}
        fieldErrors={[
          { id: 'staff-email', text: fieldErrors.email },
          { id: 'staff-password', text: fieldErrors.password },
        ]}
      />
      <TextField
        key={`email-${email}`}
        id="staff-email"
        name="email"
        type="email"
        label="Work e-mail"
        error={fieldErrors.email}
        autoComplete="username"
        required
        defaultValue={email}
      />
      <TextField id="staff-password" name="password" type="password" label="Password" error={fieldErrors.password} autoComplete="current-password" required />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
