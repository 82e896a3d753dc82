import type { Metadata } from 'next';
import { StaffPage } from '@/components/staff/staff-page';
import Link from 'next/link';
import { foundRate } from '@/lib/feedback/dashboard';
import { requireStaff } from '@/lib/staff/current';
import { loadStaffOverview } from '@/lib/staff/service';
import { signOut } from './actions';

export const metadata: Metadata = { title: 'Overview' };

export default async function StaffOverviewPage() {
  const staff = await requireStaff();
  const { feedback, reports, joinRequests } = await loadStaffOverview(staff);
  const rate = foundRate(feedback);
  const card = 'rounded-md border-2 border-gray-300 p-4 text-lg';

  return (
    <StaffPage title="Overview" email={staff.email} current="/staff" signOut={signOut}>
      <ul className="grid gap-4 md:grid-cols-2">
        <li className={card}>
          <h2 className="text-xl font-bold">
            <Link href="/staff/feedback">Website feedback</Link>
          </h2>
          <p className="mt-2">
            {feedback.total} {feedback.total === 1 ? 'answer' : 'answers'} in the last 30 days
            {rate === null ? '.' : `; ${rate}% found what they were looking for.`}
          </p>
        </li>
        <li className={card}>
          <h2 className="text-xl font-bold">
            <Link href="/staff/reports">Listing reports</Link>
          </h2>
          <p className="mt-2">
            {reports.open} open {reports.open === 1 ? 'report' : 'reports'}
            {reports.overdue > 0 ? (
              <>
                , <strong className="text-red-800">{reports.overdue} past the 30-day window</strong>.
              </>
            ) : (
              ', none past the 30-day window.'
            )}
          </p>
        </li>
        <li className={card}>
          <h2 className="text-xl font-bold">
            <Link href="/staff/join-requests">Join requests</Link>
          </h2>
          <p className="mt-2">
            {joinRequests.new} new, {joinRequests.contacted} contacted, {joinRequests.closed} closed.
          </p>
        </li>
      </ul>
    </StaffPage>
  );
}
