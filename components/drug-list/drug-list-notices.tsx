import { callValues } from '@/components/mdx/phone-link';
import { OutagePanel, SampleNotice } from '@/components/notices/notices';
import type { Translator } from '@/i18n/translator';
import type { Plan } from '@/lib/content/schemas';

/** Said plainly at the top of every drug list page while the list is the generated sample (as the directory does). */
export function SampleDrugListNotice({ t }: { t: Translator<'DrugList'> }) {
  return <SampleNotice>{t('sampleData')}</SampleNotice>;
}

/** When the database cannot be reached mid-search: say so, and give a person to call instead. */
export function DrugListUnavailable({ t, plan, retryHref }: { t: Translator<'DrugList'>; plan: Plan; retryHref: string }) {
  return (
    <OutagePanel
      title={t('unavailableTitle')}
      body={t('unavailableBody')}
      call={t.rich('unavailableCall', callValues(plan))}
      retryHref={retryHref}
      tryAgain={t('tryAgain')}
    />
  );
}
