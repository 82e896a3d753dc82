'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestClientAddress } from '@/lib/rate-limit/client-address';
import { endStaffSession, setStaffCookie } from '@/lib/staff/current';
import { signInStaff, type SignInState } from '@/lib/staff/sign-in';

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const state = await signInStaff(form, { clientAddress: requestClientAddress(await headers()) });
  if (state.status !== 'signed-in') return state;
  await setStaffCookie(state.token, state.expiresAt);
  redirect('/staff');
}

export async function signOut(): Promise<void> {
  await endStaffSession();
  redirect('/staff/sign-in');
}
