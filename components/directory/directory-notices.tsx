import { getTranslations } from '@/i18n/translations';
import { callValues } from '@/components/mdx/phone-link';
import { OutagePanel, SampleNotice } from '@/components/notices/notices';
import type { Locale } from '@/i18n/routing';
import type { Plan } from '@/lib/content/schemas';

/** Said plainly at the top of every directory page while the directory holds the demo network. */
export async function SampleDataNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ProviderSearch' });
  return <SampleNotice>{t('sampleData')}</SampleNotice>;
}

/** When the database cannot be reached: say so, and give a person to call instead. */
export async function DirectoryUnavailable({ locale, plan, retryHref }: { locale: Locale; plan: Plan; retryHref: string }) {
  const t = await getTranslations({ locale, namespace: 'ProviderSearch' });
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
