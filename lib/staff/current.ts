/**
 * Who is signed in to /staff, read from the session cookie. Every staff page, action and route handler
 * asks here first: pages and actions with requireStaff() (which sends strangers to sign in), route
 * handlers with currentStaff() (which lets them answer 401).
 */
import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { deleteStaffSession, readStaffSession, type StaffIdentity } from './session';

/**
 * `__Host-` makes the browser refuse the cookie unless it is Secure, for path /, and set by this host
 * (not a sibling subdomain). Browsers treat http://localhost as secure, so it works in development too.
 */
export const staffCookieName = '__Host-staff-session';

export function staffCookieOptions(expiresAt: Date) {
  return { httpOnly: true, secure: true, sameSite: 'lax', path: '/', expires: expiresAt } as const;
}

export async function currentStaff(): Promise<StaffIdentity | null> {
  const token = (await cookies()).get(staffCookieName)?.value;
  return readStaffSession(getDb(), token);
}

export async function requireStaff(): Promise<StaffIdentity> {
  const staff = await currentStaff();
  if (!staff) redirect('/staff/sign-in');
  return staff;
}

/** Hands the browser the cookie for a session signInStaff opened. */
export async function setStaffCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(staffCookieName, token, staffCookieOptions(expiresAt));
}

/** Signs this browser out: the session row goes, then the cookie. */
export async function endStaffSession(): Promise<void> {
  const jar = await cookies();
  await deleteStaffSession(getDb(), jar.get(staffCookieName)?.value);
  jar.delete({ name: staffCookieName, path: '/', secure: true });
}
