import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import { callValues } from '@/components/mdx/phone-link';
import type { Locale } from '@/i18n/routing';
import type { Plan } from '@/lib/content/schemas';
import { distanceChoices } from '@/lib/directory/search/options';
import { searchHref, type SearchQuery } from '@/lib/directory/search/params';
import { localePath } from '@/i18n/alternates';
import { byDataKey, type DataKeyTranslator } from '@/i18n/translator';

type Loosening = { key: string; label: string; href: string };

/** Which filters to loosen, most likely to help first, each a link that drops only that one. */
function loosenings(query: SearchQuery, hasPlace: boolean, t: DataKeyTranslator, base: string): Loosening[] {
  const options: Loosening[] = [];
  const add = (key: string, changes: Partial<SearchQuery>, values?: Record<string, number>) =>
    options.push({ key, label: t(`ProviderSearch.loosen.${key}`, values), href: `${base}${searchHref(query, changes)}` });
  const wider = distanceChoices.find((miles) => miles > query.miles);
  if (hasPlace && wider) add('place', { miles: wider }, { miles: wider });
  if (query.patients === 'new') add('patients', { patients: 'any' });
  if (query.name) add('name', { name: '' });
  if (query.language) add('language', { language: null, interpreter: false });
  if (query.asl) add('asl', { asl: false });
  if (query.gender) add('gender', { gender: null });
  if (query.telehealth) add('telehealth', { telehealth: false });
  if (query.access.length > 0) add('access', { access: [] });
  if (query.specialty) add('specialty', { specialty: null });
  else if (query.care) add('care', { care: null, specialty: null });
  return options;
}

export async function NoResults({ locale, query, hasPlace, plan }: { locale: Locale; query: SearchQuery; hasPlace: boolean; plan: Plan }) {
  const t = await getTranslations({ locale });
  const options = loosenings(query, hasPlace, byDataKey(t), localePath(locale, '/find-a-provider'));
  return (
    <div className="rounded-lg border-2 border-gray-300 bg-white p-4 text-lg md:p-6">
      <p className="font-bold">{t('ProviderSearch.noResultsTitle')}</p>
      {options.length > 0 ? (
        <>
          <p id="loosen-search" className="mt-3">
            {t('ProviderSearch.noResultsTry')}
          </p>
          <ul aria-labelledby="loosen-search" className="mt-2 list-disc space-y-2 pl-6">
            {options.map((option) => (
              <li key={option.key}>
                <Link prefetch={false} href={option.href}>
                  {option.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-4">{t.rich('ProviderSearch.noResultsCall', callValues(plan))}</p>
    </div>
  );
}
