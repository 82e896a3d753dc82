import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import { parseSearchParams, searchHref } from '@/lib/directory/search/params';
import type { ProviderFilter } from '@/lib/site-search/provider-kinds';
import { localePath } from '@/i18n/alternates';
import { byDataKey } from '@/i18n/translator';

/** "Looking for a dentist?": a link straight into the provider search with that kind of care chosen. */
export async function ProviderSuggestion({ locale, filter }: { locale: Locale; filter: ProviderFilter }) {
  const t = await getTranslations({ locale });
  const kind = filter.specialty ? byDataKey(t)(`Specialty.${filter.specialty}`) : t(`ProviderSearch.care.${filter.care}`);
  const href = localePath(locale, `/find-a-provider${searchHref(parseSearchParams({}).query, { care: filter.care, specialty: filter.specialty })}`);
  return (
    <div className="rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 text-lg">
      <p className="font-bold">{t('SiteSearch.providerTitle')}</p>
      <p className="mt-1">{t('SiteSearch.providerHint')}</p>
      <p className="mt-2">
        <Link prefetch={false} href={href} className="font-bold">
          {t('SiteSearch.providerLink', { kind })}
        </Link>
      </p>
    </div>
  );
}
