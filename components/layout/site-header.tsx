import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import { routing, type Locale } from '@/i18n/routing';
import type { Plan } from '@/lib/content/schemas';
import { localizeHref } from '../mdx/content-link';
import { PhoneLink } from '../mdx/phone-link';
import { SiteSearchForm } from '../search/site-search-form';
import { LanguageSwitcher } from './language-switcher';
import { navItems } from './nav-items';
import { TextSizeControl } from './text-size-control';
import { localePath } from '@/i18n/alternates';

export async function SiteHeader({ locale, plan }: { locale: Locale; plan: Plan }) {
  const t = await getTranslations({ locale });
  const otherLocale = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  const links = navItems.map((item) => ({ href: localizeHref(item.href, locale), label: t(`Nav.${item.label}`) }));
  const customerService = plan.phones.customerService?.number ?? '';

  return (
    <header>
      <div className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-1">
          <LanguageSwitcher targetLocale={otherLocale} label={t('LanguageSwitcher.switchTo')} />
          <TextSizeControl label={t('TextSize.label')} names={{ small: t('TextSize.smaller'), default: t('TextSize.default'), large: t('TextSize.larger') }} />
        </div>
      </div>
      <div className="border-b-4 border-brand-600 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link
            prefetch={false}
            href={localePath(locale, '/')}
            className="text-2xl font-extrabold text-brand-800 no-underline hover:text-brand-900"
            aria-label={t('Header.homeLink', { planName: plan.name })}
          >
            {plan.name}
          </Link>
          <p className="text-lg">
            <span className="font-semibold">{t('Header.callUs')}: </span>
            {/* A 44 px tall target, as WCAG 2.5.5 asks, without making the header taller than the link. */}
            <PhoneLink number={customerService} className="inline-flex min-h-11 items-center" />
          </p>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-3">
          <SiteSearchForm locale={locale} />
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2 lg:hidden">
          <details className="group">
            <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border-2 border-brand-700 px-3 text-lg font-bold text-brand-800 [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="text-xl leading-none group-open:hidden">
                ☰
              </span>
              <span aria-hidden="true" className="hidden text-xl leading-none group-open:inline">
                ✕
              </span>
              {t('Header.menu')}
            </summary>
            <nav aria-label={t('Header.primaryNav')} className="mt-2">
              <ul className="divide-y divide-gray-200 border-y border-gray-200">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link prefetch={false} href={link.href} className="flex min-h-12 items-center px-2 text-lg font-semibold">
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </details>
        </div>
        <nav aria-label={t('Header.primaryNav')} className="mx-auto hidden max-w-6xl px-2 pb-2 lg:block">
          <ul className="flex flex-wrap">
            {links.slice(1).map((link) => (
              <li key={link.href}>
                <Link prefetch={false} href={link.href} className="inline-flex min-h-11 items-center rounded px-2 font-semibold">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
