import { callValues } from '@/components/mdx/phone-link';
import type { Translator } from '@/i18n/translator';
import type { Plan } from '@/lib/content/schemas';

/** Said plainly at the top of every drug list page while the list is the generated sample (as the directory does). */
export function SampleDrugListNotice({ t }: { t: Translator<'DrugList'> }) {
  return (
    <p className="mb-6 rounded-md border-l-8 border-amber-700 bg-amber-50 p-4 text-lg font-semibold text-amber-950" data-testid="sample-data-notice">
      {t('sampleData')}
    </p>
  );
}

/** When the database cannot be reached mid-search: say so, and give a person to call instead. */
export function DrugListUnavailable({ t, plan, retryHref }: { t: Translator<'DrugList'>; plan: Plan; retryHref: string }) {
  return (
    <div className="rounded-lg border-2 border-red-800 bg-white p-4 text-lg md:p-6">
      <h2 className="text-2xl font-bold text-red-900">{t('unavailableTitle')}</h2>
      <p className="mt-3">{t('unavailableBody')}</p>
      <p className="mt-3">{t.rich('unavailableCall', callValues(plan))}</p>
      <p className="mt-4">
        <a href={retryHref}>{t('tryAgain')}</a>
      </p>
    </div>
  );
}
