'use client';

import { useActionState, useEffect, useRef } from 'react';

/**
 * A form's server action with the member forms' focus rule: whenever an answer comes back (errors, a
 * problem, or sent), focus moves to the summary or confirmation that `summary` is attached to, so a
 * screen reader announces it and keyboard users start from there.
 */
export function useFormAction<State extends { status: string }>(action: (state: Awaited<State>, form: FormData) => Promise<State>, initial: Awaited<State>) {
  const [state, formAction, pending] = useActionState(action, initial);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') summary.current?.focus();
  }, [state]);
  return { state, formAction, pending, summary };
}
