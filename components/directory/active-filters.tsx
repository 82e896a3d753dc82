import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import { searchHref, type SearchQuery } from '@/lib/directory/search/params';
import { isCoordinates } from '@/lib/directory/search/place';
import { languageName } from './labels';
import { byDataKey } from '@/i18n/translator';
import { localePath } from '@/i18n/alternates';

type ActiveFiltersProps = { locale: Locale; query: SearchQuery };

/** One active filter: its words, and the same search without it. */
type Chip = { key: string; label: string; without: Partial<SearchQuery> };

/**
 * The search in words ("Primary care · near 97502 · Spanish · taking new patients"), each part a
 * plain link to the same search minus that filter, so taking one off works without JavaScript.
 * A new filter is one more entry in `chips`.
 */
export async function ActiveFilters({ locale, query }: ActiveFiltersProps) {
  const t = await getTranslations({ locale });
  const chips: Chip[] = [];
  if (query.care) chips.push({ key: 'care', label: t(`ProviderSearch.care.${query.care}`), without: { care: null, specialty: null } });
  if (query.place) {
    const label = isCoordinates(query.place) ? t('ProviderSearch.chipNearYou') : t('ProviderSearch.chipNear', { place: query.place });
    chips.push({ key: 'near', label, without: { place: '' } });
  }
  if (query.language) chips.push({ key: 'lang', label: languageName(query.language, locale, byDataKey(t)), without: { language: null, interpreter: false } });
  if (query.patients === 'new') chips.push({ key: 'patients', label: t('ProviderSearch.chipAcceptingNew'), without: { patients: 'any' } });
  if (query.interpreter && !query.language) chips.push({ key: 'interpreter', label: t('ProviderSearch.interpreterLabel'), without: { interpreter: false } });
  if (query.asl) chips.push({ key: 'asl', label: t('ProviderSearch.aslLabel'), without: { asl: false } });
  if (query.gender) chips.push({ key: 'gender', label: t(`ProviderSearch.gender.${query.gender}`), without: { gender: null } });
  if (query.telehealth) chips.push({ key: 'telehealth', label: t('ProviderSearch.telehealthLabel'), without: { telehealth: false } });
  for (const feature of query.access) {
    chips.push({
      key: `access-${feature}`,
      label: byDataKey(t)(`Accessibility.${feature}`),
      without: { access: query.access.filter((other) => other !== feature) },
    });
  }
  if (query.ages) chips.push({ key: 'ages', label: t(`ProviderSearch.ages.${query.ages}`), without: { ages: null } });
  if (query.name) chips.push({ key: 'name', label: t('ProviderSearch.chipName', { name: query.name }), without: { name: '' } });
  if (chips.length === 0) return null;

  return (
    <div className="mt-3">
      <p className="text-lg font-semibold break-words">{chips.map((chip) => chip.label).join(' · ')}</p>
      <ul aria-label={t('ProviderSearch.chipsLabel')} className="no-print mt-2 flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="max-w-full">
            <a
              href={localePath(locale, `/find-a-provider${searchHref(query, chip.without)}`)}
              className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-full border-2 border-brand-800 bg-white px-3 py-1 text-base break-words text-brand-900"
            >
              <span className="min-w-0">{t('ProviderSearch.chipRemove', { filter: chip.label })}</span>
              <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
