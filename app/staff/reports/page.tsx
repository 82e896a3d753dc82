import type { Metadata } from 'next';
import { StaffPage } from '@/components/staff/staff-page';
import { correctionWindowDays, reportDeadline } from '@/lib/directory/reports/deadline';
import Link from 'next/link';
import { requireStaff } from '@/lib/staff/current';
import { listStaffListingReports } from '@/lib/staff/service';
import { signOut } from '../actions';
import { markReportResolved } from './actions';
import { ReportRow } from './_components/report-row';

export const metadata: Metadata = { title: 'Listing reports' };

export default async function ListingReportsPage({ searchParams }: PageProps<'/staff/reports'>) {
  const staff = await requireStaff();
  const showResolved = (await searchParams).show === 'all';
  const reports = await listStaffListingReports(staff, showResolved);
  const now = new Date();
  // Oldest open report first: that is the one whose correction window closes soonest.
  const rows = reports
    .map((report) => ({ report, deadline: reportDeadline(report.createdAt, now) }))
    .sort((a, b) => Number(a.report.resolvedAt !== null) - Number(b.report.resolvedAt !== null) || a.report.createdAt.getTime() - b.report.createdAt.getTime());
  const open = rows.filter((row) => !row.report.resolvedAt);
  const overdue = open.filter((row) => row.deadline.overdue).length;
  const dueThisWeek = open.filter((row) => !row.deadline.overdue && row.deadline.daysLeft < 7).length;

  return (
    <StaffPage title="Listing reports" email={staff.email} current="/staff/reports" signOut={signOut}>
      <section aria-labelledby="reports-summary" className="space-y-3 text-lg">
        <h2 id="reports-summary" className="sr-only">
          Summary
        </h2>
        <p>
          What members told us is wrong with a provider listing. Check each one with the clinic and correct the directory within {correctionWindowDays} days of
          the report; the oldest open report is first.
        </p>
        <p>
          <strong>{open.length}</strong> open · <strong className={overdue > 0 ? 'text-red-800' : undefined}>{overdue}</strong> past the {correctionWindowDays}
          -day window · <strong>{dueThisWeek}</strong> due within 7 days
        </p>
        <p>
          {showResolved ? (
            <Link href="/staff/reports">Show open reports only</Link>
          ) : (
            <Link href="/staff/reports?show=all">Also show reports already fixed</Link>
          )}
        </p>
      </section>
      {rows.length === 0 ? (
        <p className="text-lg">No open reports. When a member reports a problem with a listing, it appears here.</p>
      ) : (
        <ol className="space-y-4">
          {rows.map(({ report, deadline }) => (
            <ReportRow key={report.id} report={report} deadline={deadline} resolve={markReportResolved} />
          ))}
        </ol>
      )}
    </StaffPage>
  );
}
