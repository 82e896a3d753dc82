import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import { ProviderSuggestion } from '@/components/search/provider-suggestion';
import { SearchNoResults } from '@/components/search/search-no-results';
import { SearchResultList } from '@/components/search/search-result-list';
import { localeParam } from '@/i18n/locale-param';
import { loadPlan } from '@/lib/content/plan';
import { MAX_QUERY_LENGTH } from '@/lib/site-search/normalize';
import { searchSite, type SiteSearchOutcome } from '@/lib/site-search/service';
import type { Translator } from '@/i18n/translator';
import { localePath } from '@/i18n/alternates';
import { WithoutRuntime } from '@/components/layout/without-runtime';

// Written out rather than PageProps<'/[locale]/search'>, which exists only once `next typegen` has run.
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function countText(t: Translator<'SiteSearch'>, outcome: SiteSearchOutcome): string {
  return t('resultCount', { count: outcome.hits.length, query: outcome.query.text });
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  const outcome = await searchSite(locale, (await searchParams).q);
  return {
    // The count leads the title, so a screen reader hears it first when the results page loads.
    title: outcome.query.text && !outcome.query.refused ? `${countText(t, outcome)} – ${t('title')}` : t('title'),
    description: t('description', { planName: loadPlan().name }),
    // Result pages are endless combinations of words: none belongs in a search engine.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  const outcome = await searchSite(locale, (await searchParams).q);
  const { query, hits } = outcome;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <WithoutRuntime />
      <h1 className="text-3xl font-extrabold text-brand-900 md:text-4xl">{t('heading')}</h1>
      <form action={localePath(locale, '/search')} method="get" className="mt-6">
        <label htmlFor="search-page-query" className="block text-lg font-bold">
          {t('pageInputLabel')}
        </label>
        <p id="search-page-hint" className="mt-1 text-lg text-gray-700">
          {t('pageHint')}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id="search-page-query"
            name="q"
            type="search"
            defaultValue={query.text}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="search-page-hint"
            enterKeyHint="search"
            className="min-h-12 min-w-0 flex-1 basis-56 rounded border-2 border-gray-700 px-3 text-lg"
          />
          <button type="submit" className="min-h-12 rounded bg-brand-700 px-5 text-lg font-bold text-white hover:bg-brand-800">
            {t('pageSubmit')}
          </button>
        </div>
      </form>

      <section aria-labelledby="search-results-title" className="mt-8">
        <h2 id="search-results-title" className={query.text ? 'text-2xl font-bold text-brand-900' : 'sr-only'}>
          {t('resultsHeading')}
        </h2>
        <div role="status" className="mt-2 text-lg">
          {query.refused ? <p className="font-bold">{t('controlCharacters')}</p> : query.text ? <p className="font-bold">{countText(t, outcome)}</p> : null}
          {query.cut ? <p>{t('cut', { max: MAX_QUERY_LENGTH })}</p> : null}
        </div>
        {!query.text && !query.refused ? <p className="mt-2 text-lg">{t('emptyQuery')}</p> : null}
        {outcome.provider ? (
          <div className="mt-4">
            <ProviderSuggestion locale={locale} filter={outcome.provider} />
          </div>
        ) : null}
        {hits.length > 0 ? <SearchResultList locale={locale} hits={hits} /> : null}
        {query.text && !query.refused && hits.length === 0 ? (
          <div className="mt-4">
            <SearchNoResults locale={locale} suggestions={outcome.suggestions} plan={loadPlan()} />
          </div>
        ) : null}
      </section>
    </div>
  );
}
