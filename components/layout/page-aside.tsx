import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import type { PageHeading } from '@/lib/content/mdx';
import type { Plan } from '@/lib/content/schemas';
import { PhoneLink } from '../mdx/phone-link';

/** "On this page" links; shown only where a page is long enough to need them. */
export async function OnThisPage({ locale, headings, className }: { locale: Locale; headings: PageHeading[]; className?: string }) {
  if (headings.length < 3) return null;
  const t = await getTranslations({ locale, namespace: 'Page' });
  return (
    <nav aria-label={t('onThisPage')} className={`no-print rounded-lg border-2 border-gray-200 p-4 ${className ?? ''}`}>
      <p className="text-lg font-bold">{t('onThisPage')}</p>
      <ul className="mt-2 space-y-1">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="inline-block py-1 text-base">
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export async function HelpCard({ locale, plan }: { locale: Locale; plan: Plan }) {
  const t = await getTranslations({ locale, namespace: 'Page' });
  const number = (name: string) => plan.phones[name]?.number ?? '';
  return (
    <section aria-labelledby="help-card-title" className="no-print rounded-lg bg-brand-50 p-4">
      <h2 id="help-card-title" className="text-lg font-bold text-brand-900">
        {t('helpTitle')}
      </h2>
      <p className="mt-1 text-base">{t('helpBody')}</p>
      <ul className="mt-3 space-y-1 text-lg">
        <li>
          <PhoneLink number={number('customerService')} />
        </li>
        <li>
          {t('tollFree')}: <PhoneLink number={number('customerServiceTollFree')} />
        </li>
        <li>
          TTY: <PhoneLink number={number('tty')} />
        </li>
      </ul>
      <p className="mt-2 text-base">{plan.hours[locale]}</p>
      <p className="mt-2 text-base">{t('interpreters')}</p>
    </section>
  );
}
