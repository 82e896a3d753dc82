import { inputClass, labelClass } from '@/components/forms/field-styles';
import { localePath } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import type { Translator } from '@/i18n/translator';

type DrugListSearchFormProps = { t: Translator<'DrugList'>; locale: Locale; query: string; invalid: boolean };

/**
 * A plain GET form: it works without JavaScript, and the address (`?q=`) holds the search, so a
 * member can share it or come back to it. One box, because members know a medicine by one name.
 */
export function DrugListSearchForm({ t, locale, query, invalid }: DrugListSearchFormProps) {
  return (
    <form method="get" action={localePath(locale, '/drug-list')} role="search" className="no-print rounded-lg border-2 border-gray-200 bg-white p-4 md:p-6">
      <label htmlFor="drug-query" className={labelClass}>
        {t('searchLabel')}
      </label>
      <p id="drug-query-hint" className="text-base text-muted">
        {t('searchHint')}
      </p>
      <div className="mt-1 flex flex-wrap items-end gap-3">
        <input
          id="drug-query"
          name="q"
          type="search"
          defaultValue={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="drug-query-hint"
          aria-invalid={invalid ? true : undefined}
          className={`${inputClass} min-w-0 flex-1 basis-56 ${invalid ? 'border-red-800' : ''}`}
        />
        <button type="submit" className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 focus-visible:outline-4">
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
