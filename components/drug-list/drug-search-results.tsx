import type { Locale } from '@/i18n/routing';
import type { Translator } from '@/i18n/translator';
import type { Plan } from '@/lib/content/schemas';
import type { DrugSearch } from '@/lib/formulary/types';
import { DrugResultCard } from './drug-result';
import { NotOnList } from './not-on-list';

type Props = { t: Translator<'DrugList'>; plan: Plan; locale: Locale; search: DrugSearch };

/**
 * The answer to one search: how many medicines, each with its products and rules, and, when nothing
 * was found or something found is not covered, what the member can do about it.
 */
export function DrugSearchResults({ t, plan, locale, search }: Props) {
  const found = search.results.length > 0;
  const someNotCovered = search.results.some((result) => result.products.some((product) => !product.covered));
  return (
    <section aria-labelledby="results-title" className="mt-6">
      <h2 id="results-title" tabIndex={-1} className="text-2xl font-bold text-brand-900">
        {found ? t('resultsHeading', { query: search.query }) : t('noResultsTitle', { query: search.query })}
      </h2>
      <p role="status" className="mt-2 text-lg font-bold">
        {t('resultCount', { count: search.results.length })}
      </p>
      {found ? (
        <ol className="mt-4 grid gap-4 lg:grid-cols-2">
          {search.results.map((result) => (
            <li key={result.genericName} className="min-w-0">
              <DrugResultCard t={t} plan={plan} result={result} query={search.query} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-lg">{t('noResultsBody')}</p>
      )}
      {/* A member whose medicine is missing or not covered needs to know their options and rights. */}
      {!found || someNotCovered ? <NotOnList t={t} plan={plan} locale={locale} /> : null}
    </section>
  );
}
