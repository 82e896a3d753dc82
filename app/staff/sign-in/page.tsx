import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { StaffPage } from '@/components/staff/staff-page';
import { currentStaff } from '@/lib/staff/current';
import { signIn } from '../actions';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if (await currentStaff()) redirect('/staff');
  return (
    <StaffPage title="Sign in">
      <div className="max-w-md space-y-4 text-lg">
        <p>For staff of the health plan. Members do not need to sign in anywhere on this site.</p>
        <SignInForm action={signIn} />
        <p className="text-base text-muted">
          No account, or forgot your password? Ask the site&apos;s operator to run <code>npm run staff:add</code> for you.
        </p>
      </div>
    </StaffPage>
  );
}
