import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/translations';
import { FoundTable } from '@/components/staff/found-table';
import { StaffPage } from '@/components/staff/staff-page';
import { TimeChart } from '@/components/staff/time-chart';
import { foundRate } from '@/lib/feedback/dashboard';
import { dashboardQuery, parseDashboardFilters } from '@/lib/feedback/dashboard-filters';
import { lookingForCodes } from '@/lib/feedback/schema';
import { requireStaff } from '@/lib/staff/current';
import { loadStaffFeedback } from '@/lib/staff/service';
import { signOut } from '../actions';
import { DashboardFilterForm } from './_components/dashboard-filter-form';
import { LatestComments } from './_components/latest-comments';

export const metadata: Metadata = { title: 'Website feedback' };

export default async function FeedbackDashboardPage({ searchParams }: PageProps<'/staff/feedback'>) {
  const staff = await requireStaff();
  const { filters, problems } = parseDashboardFilters(await searchParams);
  const { dashboard, pages } = await loadStaffFeedback(staff, filters);
  const t = await getTranslations({ locale: 'en', namespace: 'Feedback' });
  const lookingFor = (key: string | null) =>
    key && (lookingForCodes as readonly string[]).includes(key) ? t(`lookingFor.${key as (typeof lookingForCodes)[number]}`) : (key ?? '(not given)');
  const { totals } = dashboard;
  const rate = foundRate(totals);

  return (
    <StaffPage title="Website feedback" email={staff.email} current="/staff/feedback" signOut={signOut}>
      <section aria-labelledby="filters-heading" className="space-y-3">
        <h2 id="filters-heading" className="sr-only">
          Filters
        </h2>
        {problems.length > 0 ? (
          <div role="status" className="rounded-md border-l-8 border-amber-600 bg-amber-50 p-3">
            {problems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        ) : null}
        <DashboardFilterForm filters={filters} pages={pages} />
      </section>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-2xl font-bold">
          Summary
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-4">
          {[
            ['Answers', String(totals.total)],
            ['Found it', rate === null ? '–' : `${rate}%`],
            ['Did not find it', String(totals.no)],
            ['Average ease (1–5)', totals.averageEase === null ? '–' : String(totals.averageEase)],
          ].map(([term, value]) => (
            <div key={term} className="rounded-md border-2 border-gray-300 p-3">
              <dt className="text-muted">{term}</dt>
              <dd className="text-3xl font-extrabold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4">
          <a href={`/staff/feedback/export?${dashboardQuery(filters)}`} download>
            Download these answers as a spreadsheet (CSV)
          </a>
        </p>
      </section>

      <TimeChart id="over-time" title="Answers over time" unit={dashboard.periodUnit} periods={dashboard.overTime} />
      <FoundTable
        caption="Found it, by page the member came from"
        groupHeading="Page"
        groups={dashboard.byPage}
        describe={(key) => key ?? '(page not known)'}
      />
      <FoundTable caption="Found it, by what members were looking for" groupHeading="Looking for" groups={dashboard.byLookingFor} describe={lookingFor} />
      <LatestComments comments={dashboard.latestComments} describeLookingFor={lookingFor} />
    </StaffPage>
  );
}
