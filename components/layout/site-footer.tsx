import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import type { Plan } from '@/lib/content/schemas';
import { localizeHref } from '../mdx/content-link';
import { PhoneLink } from '../mdx/phone-link';
import { FeedbackLink } from './feedback-link';
import { footerPlanItems } from './nav-items';

export async function SiteFooter({ locale, plan }: { locale: Locale; plan: Plan }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  const phone = (name: string) => plan.phones[name]?.number ?? '';

  return (
    <footer className="mt-16 bg-brand-900 text-white [&_a]:text-white [&_a:hover]:text-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-2 lg:grid-cols-4">
        <section aria-labelledby="footer-call">
          <h2 id="footer-call" className="text-xl font-bold">
            {t('customerService')}
          </h2>
          <ul className="mt-3 space-y-2 text-lg">
            <li>
              <PhoneLink number={phone('customerService')} />
            </li>
            <li>
              {t('tollFree')}: <PhoneLink number={phone('customerServiceTollFree')} />
            </li>
            <li>
              {t('tty')}: <PhoneLink number={phone('tty')} />
            </li>
            <li>
              {t('hours')}: {plan.hours[locale]}
            </li>
          </ul>
        </section>
        <section aria-labelledby="footer-plan">
          <h2 id="footer-plan" className="text-xl font-bold">
            {t('yourPlan')}
          </h2>
          <ul className="mt-3 space-y-2 text-lg">
            {footerPlanItems.map((item) => (
              <li key={item.href}>
                <Link prefetch={false} href={localizeHref(item.href, locale)}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-help">
          <h2 id="footer-help" className="text-xl font-bold">
            {t('moreLinks')}
          </h2>
          <ul className="mt-3 space-y-2 text-lg">
            <li>
              <Link prefetch={false} href={localizeHref('/language-assistance#taglines', locale)}>
                {t('languageAssistance')}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={localizeHref('/language-assistance', locale)}>
                {t('nondiscrimination')}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={localizeHref('/contact', locale)}>
                {t('contact')}
              </Link>
            </li>
            <li>
              <FeedbackLink locale={locale} label={t('feedback')} />
            </li>
            <li>
              <Link prefetch={false} href={localizeHref('/developers', locale)}>
                {t('developers')}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={localizeHref('/providers', locale)}>
                {t('providers')}
              </Link>
            </li>
          </ul>
        </section>
        <div className="space-y-3 text-lg">
          <p>{t('aboutPlan', { planName: plan.name, program: plan.program[locale], serviceArea: plan.serviceArea[locale] })}</p>
          <p className="font-semibold">{t.rich('emergency', { number: phone('emergency'), phone: () => <PhoneLink number={phone('emergency')} /> })}</p>
        </div>
      </div>
    </footer>
  );
}
