import type { Metadata } from 'next';
import { FilterLinks } from '@/components/staff/filter-links';
import { StaffPage } from '@/components/staff/staff-page';
import { requireStaff } from '@/lib/staff/current';
import { formatOregonTime } from '@/lib/oregon-time';
import { listStaffSearchMisses } from '@/lib/staff/service';
import { signOut } from '../actions';

export const metadata: Metadata = { title: 'Searches that found nothing' };

const languages = { en: 'English', es: 'Spanish' } as const;

export default async function SearchMissesPage({ searchParams }: PageProps<'/staff/searches'>) {
  const staff = await requireStaff();
  const asked = (await searchParams).language;
  const language = asked === 'en' || asked === 'es' ? asked : undefined;
  const misses = await listStaffSearchMisses(staff, language);
  const filters = [
    { label: 'Both languages', href: '/staff/searches', current: !language },
    { label: 'English', href: '/staff/searches?language=en', current: language === 'en' },
    { label: 'Spanish', href: '/staff/searches?language=es', current: language === 'es' },
  ];

  return (
    <StaffPage title="Searches that found nothing" email={staff.email} current="/staff/searches" signOut={signOut}>
      <section aria-labelledby="misses-intro" className="space-y-3 text-lg">
        <h2 id="misses-intro" className="sr-only">
          About this list
        </h2>
        <p>
          What members typed in the site search box when it found no page, most frequent first. Only the words are counted: not who searched or when. A search
          shows here at once when every word of it is on our pages or in the search words; any other search (it may hold a name or a health condition) shows
          only after three different visitors have made it. Searches nobody made for 90 days are dropped. Add the words members use to{' '}
          <code>content/en/search-synonyms.yaml</code> or <code>content/es/search-synonyms.yaml</code>, or write the page they are looking for.
        </p>
        <FilterLinks label="Show searches by language" filters={filters} />
      </section>
      {misses.length === 0 ? (
        <p className="text-lg">No searches without results yet.</p>
      ) : (
        <div className="relative overflow-x-auto" role="region" aria-label="Searches that found nothing" tabIndex={0}>
          <table className="w-full min-w-[30rem] border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-4">
                  Search
                </th>
                <th scope="col" className="py-2 pr-4">
                  Language
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  Times
                </th>
                <th scope="col" className="py-2 pr-4">
                  Last searched
                </th>
              </tr>
            </thead>
            <tbody>
              {misses.map((miss) => (
                <tr key={`${miss.locale}:${miss.query}`} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-4 font-normal break-all" lang={miss.locale}>
                    {miss.query}
                  </th>
                  <td className="py-2 pr-4">{languages[miss.locale as keyof typeof languages] ?? miss.locale}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{miss.count}</td>
                  <td className="py-2 pr-4">{formatOregonTime(miss.lastSeenAt, 'date')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffPage>
  );
}
