import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/i18n/alternates';
import { searchHref, sortChoices, type SearchQuery } from '@/lib/directory/search/params';

/**
 * Closest first or by last name, for a search near a place: two plain links (no JavaScript needed),
 * the current one marked for screen readers with aria-current. Changing the order starts at page 1.
 */
export async function SortLinks({ locale, query }: { locale: Locale; query: SearchQuery }) {
  const t = await getTranslations({ locale, namespace: 'ProviderSearch' });
  return (
    <nav aria-label={t('sortLabel')} className="no-print mt-3">
      <ul className="flex flex-wrap items-center gap-2 text-lg">
        <li className="font-semibold">{t('sortLabel')}:</li>
        {sortChoices.map((choice) => (
          <li key={choice}>
            {query.sort === choice ? (
              <span aria-current="true" className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-3 font-bold text-white">
                {t(`sort.${choice}`)}
              </span>
            ) : (
              <a href={localePath(locale, `/find-a-provider${searchHref(query, { sort: choice })}`)} className="inline-flex min-h-11 items-center px-3">
                {t(`sort.${choice}`)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
