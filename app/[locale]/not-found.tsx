import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import Link from 'next/link';
import { callValues } from '@/components/mdx/phone-link';
import { localizeHref } from '@/components/mdx/content-link';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { loadPlan } from '@/lib/content/plan';
import { localePath } from '@/i18n/alternates';
import { WithoutRuntime } from '@/components/layout/without-runtime';

const suggestions = [
  { href: '/find-a-provider', label: 'findAProvider' },
  { href: '/primary-care', label: 'primaryCare' },
  { href: '/getting-started', label: 'gettingStarted' },
  { href: '/contact', label: 'contact' },
] as const;

/** A 404 in the member's language that offers a way forward and a person to call. */
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale });
  const plan = loadPlan();
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <WithoutRuntime />
      <h1 className="text-3xl font-extrabold text-brand-900">{t('NotFound.title')}</h1>
      <p className="mt-4 text-lg">{t('NotFound.description')}</p>
      <p className="mt-6 text-lg font-semibold">{t('NotFound.tryThese')}</p>
      <ul className="mt-2 list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link prefetch={false} href={localePath(locale, '/')}>
            {t('NotFound.home')}
          </Link>
        </li>
        {suggestions.map((item) => (
          <li key={item.href}>
            <Link prefetch={false} href={localizeHref(item.href, locale)}>
              {t(`Nav.${item.label}`)}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-lg">{t.rich('NotFound.callUs', callValues(plan))}</p>
    </div>
  );
}
