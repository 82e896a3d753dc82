import type { Metadata } from 'next';
import { SearchProblems } from '@/components/notices/notices';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import { DrugListUnavailable, SampleDrugListNotice } from '@/components/drug-list/drug-list-notices';
import { DrugListSearchForm } from '@/components/drug-list/search-form';
import { DrugSearchResults } from '@/components/drug-list/drug-search-results';
import { FocusResults } from '@/components/directory/focus-results';
import { callValues } from '@/components/mdx/phone-link';
import { localeAlternates, localePath } from '@/i18n/alternates';
import { localeParam } from '@/i18n/locale-param';
import type { Locale } from '@/i18n/routing';
import { loadPlan } from '@/lib/content/plan';
import { directoryAnswersNow } from '@/lib/directory/health';
import { drugListHref, MAX_DRUG_QUERY_LENGTH, parseDrugListParams } from '@/lib/formulary/drug-list-params';
import { searchDrugList } from '@/lib/formulary/service';
import type { DrugSearch } from '@/lib/formulary/types';
import { formatOregonTime } from '@/lib/oregon-time';
import { WithoutRuntime } from '@/components/layout/without-runtime';

type Props = PageProps<'/[locale]/drug-list'>;

/**
 * The list's facts (sample or not, last update) come with every search; the bare page asks with an
 * empty query, which the service answers without matching anything.
 */
async function loadDrugList(query: string): Promise<DrugSearch | 'unavailable'> {
  try {
    return await searchDrugList(query);
  } catch (error) {
    // The drug list lives in the same database as the directory: if it does not answer, this is an
    // outage (the proxy answers 503 on the next request); if it does, the fault is ours (error page).
    if (!(await directoryAnswersNow())) return 'unavailable';
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'DrugList' });
  const parsed = parseDrugListParams(await searchParams);
  return {
    title: t('title'),
    description: t('description', { planName: loadPlan().name }),
    alternates: localeAlternates(locale, '/drug-list'),
    // Result pages are endless; only the bare search page belongs in a search engine.
    robots: parsed.submitted ? { index: false, follow: true } : undefined,
  };
}

const dateLocale = (locale: Locale) => (locale === 'es' ? 'es-US' : 'en-US');

export default async function DrugListPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'DrugList' });
  const plan = loadPlan();
  const parsed = parseDrugListParams(await searchParams);
  const list = await loadDrugList(parsed.searchable ? parsed.query : '');
  const problems = parsed.problems.map((problem) => t(`problems.${problem}`, { max: MAX_DRUG_QUERY_LENGTH }));

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <WithoutRuntime />
      {list !== 'unavailable' && list.isSample ? <SampleDrugListNotice t={t} /> : null}
      <h1 className="text-3xl font-extrabold text-brand-900 md:text-4xl">{t('title')}</h1>
      {parsed.searchable ? null : <p className="mt-3 max-w-3xl text-lg">{t.rich('intro', { planName: plan.name, ...callValues(plan) })}</p>}
      <SearchProblems title={t('problemsTitle')} problems={problems} />
      <div className="mt-6">
        <DrugListSearchForm t={t} locale={locale} query={parsed.query} invalid={problems.length > 0} />
      </div>
      {list === 'unavailable' ? (
        <div className="mt-6">
          <DrugListUnavailable t={t} plan={plan} retryHref={localePath(locale, `/drug-list${drugListHref(parsed.query)}`)} />
        </div>
      ) : (
        <>
          {/* After a search, keyboard and screen-reader users land on the answer, as in the provider finder. */}
          {parsed.searchable ? <FocusResults key={parsed.query} targetId="results-title" /> : null}
          {parsed.searchable ? <DrugSearchResults t={t} plan={plan} locale={locale} search={list} /> : null}
          <footer className="mt-8 border-t-2 border-gray-200 pt-4 text-lg">
            {list.listUpdatedAt ? <p>{t('lastUpdated', { date: formatOregonTime(list.listUpdatedAt, 'date', dateLocale(locale)) })}</p> : null}
            <p className="mt-2">
              {t.rich('machineReadable', {
                drugs: (chunks) => <a href="/api/drug-list/MedicationKnowledge.ndjson">{chunks}</a>,
                items: (chunks) => <a href="/api/drug-list/Basic.ndjson">{chunks}</a>,
                list: (chunks) => <a href="/api/drug-list/InsurancePlan.ndjson">{chunks}</a>,
              })}
            </p>
          </footer>
        </>
      )}
    </div>
  );
}
