import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import { MAX_QUERY_LENGTH } from '@/lib/site-search/normalize';
import { localePath } from '@/i18n/alternates';

/**
 * The search box in the header: a plain GET form to /{locale}/search, so it works before and
 * without JavaScript. The label is for screen readers; the button says what the box is for.
 * It shrinks to fit a 320 px phone: the field takes what the button leaves.
 */
export async function SiteSearchForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  return (
    <form role="search" aria-label={t('formLabel')} action={localePath(locale, '/search')} method="get" className="flex w-full max-w-md gap-2">
      <label htmlFor="site-search-query" className="sr-only">
        {t('inputLabel')}
      </label>
      <input
        id="site-search-query"
        name="q"
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        enterKeyHint="search"
        autoComplete="off"
        className="min-h-11 min-w-0 flex-1 rounded border-2 border-gray-700 px-3 text-lg"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded bg-brand-700 px-4 text-lg font-bold text-white hover:bg-brand-800">
        {t.rich('submit', { hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      </button>
    </form>
  );
}
