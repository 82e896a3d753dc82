import type { Metadata } from 'next';
import { SearchProblems } from '@/components/notices/notices';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import Link from 'next/link';
import { DirectoryUnavailable, SampleDataNotice } from '@/components/directory/directory-notices';
import { ListingCard } from '@/components/directory/listing-card';
import { NoResults } from '@/components/directory/no-results';
import { Pagination } from '@/components/directory/pagination';
import { SearchForm } from '@/components/directory/search-form';
import { FocusResults } from '@/components/directory/focus-results';
import { SortLinks } from '@/components/directory/sort-links';
import { ActiveFilters } from '@/components/directory/active-filters';
import { callValues } from '@/components/mdx/phone-link';
import { localeParam } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/alternates';
import { loadPlan } from '@/lib/content/plan';
import { MAX_NAME_LENGTH, RESULTS_PER_PAGE } from '@/lib/directory/search/options';
import { changeSearchHref, parseSearchParams, searchHref, type ParsedSearch } from '@/lib/directory/search/params';
import { COUNT_CAP } from '@/lib/directory/search/conditions';
import type { SearchOutcome } from '@/lib/directory/search/search';
import { DirectoryUnavailableError, searchProviders, showsSampleData } from '@/lib/directory/service';
import type { Translator } from '@/i18n/translator';
import { localePath } from '@/i18n/alternates';
import { WithoutRuntime } from '@/components/layout/without-runtime';

type Props = PageProps<'/[locale]/find-a-provider'>;

/** "120 providers found", or "More than 300 providers found" when the count stopped there. */
function countText(t: Translator<'ProviderSearch'>, outcome: SearchOutcome): string {
  return outcome.totalIsCapped ? t('resultCountMore', { count: COUNT_CAP }) : t('resultCount', { count: outcome.total });
}

async function runSearch(parsed: ParsedSearch): Promise<SearchOutcome | 'unavailable' | null> {
  if (!parsed.submitted || parsed.refused || parsed.changing) return null;
  try {
    return await searchProviders(parsed.query);
  } catch (error) {
    if (error instanceof DirectoryUnavailableError) return 'unavailable';
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'ProviderSearch' });
  const parsed = parseSearchParams(await searchParams);
  const outcome = await runSearch(parsed);
  // The count leads the title, so a screen reader hears it first when a search page loads.
  const title =
    outcome && outcome !== 'unavailable' ? `${countText(t, outcome)} – ${t('title')}` : parsed.changing ? `${t('changeSearch')} – ${t('title')}` : t('title');
  return {
    title,
    description: t('description', { planName: loadPlan().name }),
    alternates: localeAlternates(locale, '/find-a-provider'),
    // Result pages are endless combinations; only the bare search page belongs in a search engine.
    robots: parsed.submitted ? { index: false, follow: true } : undefined,
  };
}

export default async function FindAProviderPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'ProviderSearch' });
  const plan = loadPlan();
  const parsed = parseSearchParams(await searchParams);
  const { query } = parsed;
  const outcome = await runSearch(parsed);
  const sample = outcome === 'unavailable' ? false : await showsSampleData().catch(() => false);
  const place = outcome && outcome !== 'unavailable' ? outcome.place : null;
  const placeError = place?.kind === 'unknown' ? t('placeUnknown', { place: query.place }) : null;
  const problems = parsed.problems.map((problem) => t(`problems.${problem}`, { max: MAX_NAME_LENGTH }));
  // A results page: the answer first, and the form only when something in the search needs fixing.
  const results = parsed.submitted && !parsed.changing;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <WithoutRuntime />
      {sample ? <SampleDataNotice locale={locale} /> : null}
      <h1 className="text-3xl font-extrabold text-brand-900 md:text-4xl">{t('title')}</h1>
      {/* After a search the first screen belongs to the answer, so the introduction waits on the bare page. */}
      {parsed.submitted ? null : <p className="mt-3 max-w-3xl text-lg">{t.rich('intro', callValues(plan))}</p>}
      <SearchProblems title={t('problemsTitle')} problems={problems} />
      {parsed.changing ? (
        <p className="mt-3 text-lg">
          <Link prefetch={false} href={localePath(locale, `/find-a-provider${searchHref(query)}`)}>
            {t('backToResults')}
          </Link>
        </p>
      ) : null}
      {results ? null : (
        <div className="mt-6">
          <SearchForm locale={locale} query={query} placeError={placeError} />
        </div>
      )}
      {results ? <FocusResults key={searchHref(query, { page: query.page })} targetId="results-title" /> : null}
      <section aria-labelledby="results-title" className="mt-6">
        <h2 id="results-title" tabIndex={-1} className={outcome ? 'text-2xl font-bold text-brand-900' : 'sr-only'}>
          {t('resultsHeading')}
        </h2>
        {outcome === 'unavailable' ? (
          <div className="mt-4">
            <DirectoryUnavailable locale={locale} plan={plan} retryHref={localePath(locale, `/find-a-provider${searchHref(query, { page: query.page })}`)} />
          </div>
        ) : null}
        <div role="status" className="mt-2 text-lg">
          {outcome && outcome !== 'unavailable' ? (
            <>
              <p className="font-bold">{countText(t, outcome)}</p>
              {outcome.results.length > 0 ? (
                <p>
                  {t('showing', {
                    first: (query.page - 1) * RESULTS_PER_PAGE + 1,
                    last: (query.page - 1) * RESULTS_PER_PAGE + outcome.results.length,
                    total: outcome.totalIsCapped ? `${COUNT_CAP.toLocaleString(locale)}+` : outcome.total.toLocaleString(locale),
                  })}{' '}
                  {outcome.place.kind === 'found' && query.sort === 'distance'
                    ? t('sortedByDistance', {
                        place: outcome.place.place.fromDevice ? t('yourLocation', { town: outcome.place.place.label }) : outcome.place.place.label,
                      })
                    : query.name
                      ? t('sortedByMatch')
                      : t('sortedByName')}
                </p>
              ) : null}
            </>
          ) : null}
        </div>
        {results ? (
          <>
            <ActiveFilters locale={locale} query={query} />
            {outcome && outcome !== 'unavailable' && outcome.place.kind === 'found' && outcome.results.length > 1 ? (
              <SortLinks locale={locale} query={query} />
            ) : null}
            {placeError || problems.length > 0 ? (
              <div className="mt-4">
                <SearchForm locale={locale} query={query} placeError={placeError} />
              </div>
            ) : (
              // The form is one link away, holding this search; it works without JavaScript.
              <p className="no-print mt-3">
                <Link
                  prefetch={false}
                  href={localePath(locale, `/find-a-provider${changeSearchHref(query)}`)}
                  className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-800 px-4 py-2 text-lg font-bold text-brand-800 no-underline"
                >
                  {t('changeSearch')}
                </Link>
              </p>
            )}
          </>
        ) : (
          <p className="mt-2 text-lg">{t('firstVisit')}</p>
        )}
        {outcome && outcome !== 'unavailable' ? (
          outcome.results.length > 0 ? (
            <>
              <ol className="mt-4 grid gap-4 lg:grid-cols-2">
                {outcome.results.map((listing) => (
                  <li key={listing.id} className="min-w-0">
                    <ListingCard locale={locale} listing={listing} headingLevel="h3" searchQueryString={searchHref(query, { page: query.page })} />
                  </li>
                ))}
              </ol>
              <Pagination locale={locale} query={query} total={outcome.total} totalIsCapped={outcome.totalIsCapped} />
            </>
          ) : outcome.total > 0 ? (
            <p className="mt-4 text-lg">
              {t.rich('pastLastPage', {
                link: (chunks) => (
                  <Link prefetch={false} href={localePath(locale, `/find-a-provider${searchHref(query, { page: 1 })}`)}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <div className="mt-4">
              <NoResults locale={locale} query={query} hasPlace={outcome.place.kind === 'found'} plan={plan} />
            </div>
          )
        ) : null}
      </section>
    </div>
  );
}
