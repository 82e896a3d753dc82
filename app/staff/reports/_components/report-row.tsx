import { formatOregonTime } from '@/lib/oregon-time';
import { problemInPlainEnglish } from '@/lib/directory/reports/problem-words';
import type { ReportDeadline } from '@/lib/directory/reports/deadline';
import type { ListingReport } from '@/lib/directory/reports/store';

function ageInWords(deadline: ReportDeadline): { text: string; urgent: boolean } {
  const age = deadline.ageDays === 0 ? 'Received today' : `${deadline.ageDays} ${deadline.ageDays === 1 ? 'day' : 'days'} old`;
  if (deadline.overdue) return { text: `${age}: ${-deadline.daysLeft} ${deadline.daysLeft === -1 ? 'day' : 'days'} past due`, urgent: true };
  return {
    text: `${age}: due ${formatOregonTime(deadline.dueAt, 'date')} (${deadline.daysLeft} ${deadline.daysLeft === 1 ? 'day' : 'days'} left)`,
    urgent: deadline.daysLeft < 7,
  };
}

/** One report: its age against the correction window first, then the listing, the member's words and what to do. */
export function ReportRow({ report, deadline, resolve }: { report: ListingReport; deadline: ReportDeadline; resolve: (form: FormData) => Promise<void> }) {
  const age = ageInWords(deadline);
  const name = report.listing.practitionerName ?? 'Listing without a name';
  return (
    <li className="rounded-md border-2 border-gray-300 p-4">
      {report.resolvedAt ? (
        <p className="font-semibold text-green-900">Fixed on {formatOregonTime(report.resolvedAt, 'date')}</p>
      ) : (
        <p className={age.urgent ? 'font-bold text-red-800' : 'font-semibold'}>{age.text}</p>
      )}
      <h2 className="mt-1 text-xl font-bold">
        <a href={`/en/find-a-provider/${encodeURIComponent(report.listing.roleId)}`}>{name}</a>
        {report.listing.organizationName ? <span className="font-normal"> at {report.listing.organizationName}</span> : null}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Problem</dt>
        <dd>{problemInPlainEnglish[report.problem]}</dd>
        <dt className="font-semibold">Received</dt>
        <dd>{formatOregonTime(report.createdAt, 'date')}</dd>
        {report.details ? (
          <>
            <dt className="font-semibold">Member&apos;s words</dt>
            <dd className="whitespace-pre-line">{report.details}</dd>
          </>
        ) : null}
        {report.contact ? (
          <>
            <dt className="font-semibold">Contact</dt>
            <dd>{report.contact}</dd>
          </>
        ) : null}
        {report.listing.phone ? (
          <>
            <dt className="font-semibold">Clinic phone</dt>
            <dd>
              <a href={`tel:${report.listing.phone.replace(/[^\d+]/g, '')}`}>{report.listing.phone}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {report.resolvedAt ? null : (
        <form action={resolve} className="mt-3">
          <input type="hidden" name="reportId" value={report.id} />
          <button type="submit" className="rounded-md border-2 border-brand-700 px-4 py-1 font-semibold text-brand-800 hover:bg-brand-50">
            Mark fixed<span className="sr-only">: {name}</span>
          </button>
        </form>
      )}
    </li>
  );
}
