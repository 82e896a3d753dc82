import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/translations';
import { FilterLinks } from '@/components/staff/filter-links';
import { StaffPage } from '@/components/staff/staff-page';
import { joinRequestStatuses } from '@/lib/join-requests/store';
import { requireStaff } from '@/lib/staff/current';
import { joinRequestsShownAtMost, listStaffJoinRequests } from '@/lib/staff/service';
import { signOut } from '../actions';
import { updateJoinRequestStatus } from './actions';
import { JoinRequestItem, statusInWords } from './_components/join-request-item';
import { byDataKey } from '@/i18n/translator';

export const metadata: Metadata = { title: 'Join requests' };

export default async function JoinRequestsPage({ searchParams }: PageProps<'/staff/join-requests'>) {
  const staff = await requireStaff();
  const shown = (await searchParams).status;
  const status = joinRequestStatuses.find((candidate) => candidate === shown);
  const requests = await listStaffJoinRequests(staff, status);
  const specialty = await getTranslations({ locale: 'en', namespace: 'Specialty' });
  const specialtyName = (code: string) => (byDataKey(specialty).has(code) ? byDataKey(specialty)(code) : code);
  const filters = [
    { label: 'All', href: '/staff/join-requests', current: !status },
    ...joinRequestStatuses.map((value) => ({ label: statusInWords[value], href: `/staff/join-requests?status=${value}`, current: status === value })),
  ];

  return (
    <StaffPage title="Join requests" email={staff.email} current="/staff/join-requests" signOut={signOut}>
      <section aria-labelledby="join-summary" className="space-y-3 text-lg">
        <h2 id="join-summary" className="sr-only">
          Filters and download
        </h2>
        <p>
          Requests from clinics and practitioners to join the network, newest first. Each was checked when it was sent: the NPI&apos;s check digit, the tax
          ID&apos;s shape and US phone numbers.
        </p>
        <FilterLinks label="Show requests by status" filters={filters} />
        <p>
          <a href="/staff/join-requests/export" download>
            Download every request as a spreadsheet (CSV)
          </a>{' '}
          (includes full tax ID numbers: keep the file private).
        </p>
      </section>
      {requests.length === 0 ? (
        <p className="text-lg">No requests {status ? `with the status “${statusInWords[status]}”` : 'yet'}.</p>
      ) : (
        <ol className="space-y-4">
          {requests.map((request) => (
            <JoinRequestItem key={request.id} request={request} specialty={specialtyName(request.specialtyCode)} updateStatus={updateJoinRequestStatus} />
          ))}
        </ol>
      )}
      {requests.length === joinRequestsShownAtMost ? <p>Showing the newest {joinRequestsShownAtMost}; the CSV has them all.</p> : null}
    </StaffPage>
  );
}
