import Link from 'next/link';
import type { ReactNode } from 'react';
import { callValues } from '@/components/mdx/phone-link';
import { localePath } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import type { Translator } from '@/i18n/translator';
import type { Plan } from '@/lib/content/schemas';

/**
 * What a member can do when a medicine is not on the list: an exception, another medicine, an
 * emergency supply, and the right to a letter and an appeal. The facts and their sources are on the
 * Medicines page (content/*\/medicines.mdx), which this links to for the full story.
 */
export function NotOnList({ t, plan, locale }: { t: Translator<'DrugList'>; plan: Plan; locale: Locale }) {
  const link = (path: string) =>
    function PageLink(chunks: ReactNode) {
      return (
        <Link prefetch={false} href={localePath(locale, path)}>
          {chunks}
        </Link>
      );
    };
  return (
    <section aria-labelledby="not-on-list-title" className="mt-6 rounded-lg border-2 border-brand-700 bg-brand-50 p-4 text-lg">
      <h2 id="not-on-list-title" className="text-2xl font-bold text-brand-900">
        {t('notOnList.heading')}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        <li>{t('notOnList.exception')}</li>
        <li>{t('notOnList.alternative')}</li>
        <li>{t('notOnList.urgent')}</li>
        <li>{t.rich('notOnList.rights', { link: link('/complaints-and-appeals') })}</li>
      </ul>
      <p className="mt-3">{t.rich('call', callValues(plan))}</p>
      <p className="mt-3">{t.rich('notOnList.more', { link: link('/medicines') })}</p>
    </section>
  );
}
