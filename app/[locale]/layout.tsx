import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import { notFound } from 'next/navigation';
import { AlertBanner } from '@/components/layout/alert-banner';
import { HeadScript } from '@/components/layout/head-script';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { routing } from '@/i18n/routing';
import { loadPlan } from '@/lib/content/plan';
import { siteUrl } from '@/lib/content/site-url';
import '../globals.css';

// Pages are static, refreshed in the background at most every 5 minutes so alerts
// start and end without a redeploy.
export const revalidate = 300;

// Only /en and /es exist; anything else (like /favicon.ico) is a 404, never a page.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = { themeColor: '#042a33', width: 'device-width', initialScale: 1 };

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const plan = loadPlan();
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: siteUrl(),
    title: { default: plan.name, template: t('titleTemplate', { title: '%s', planName: plan.name }) },
    description: t('siteDescription', { planName: plan.name, serviceArea: plan.serviceArea[locale] }),
    applicationName: plan.name,
    openGraph: { siteName: plan.name, locale: locale === 'es' ? 'es_US' : 'en_US', type: 'website' },
    formatDetection: { telephone: false },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const plan = loadPlan();
  const t = await getTranslations({ locale, namespace: 'SkipLink' });

  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <HeadScript />
        {/* The page's few controls (text size, notices, checklists, print, focus after a search), on every page: docs/decisions/0008. */}
        <script src="/enhance.js" async />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main-content" className="sr-only z-50 bg-white p-3 text-lg font-bold focus:not-sr-only focus:absolute focus:top-2 focus:left-2">
          {t('label')}
        </a>
        <AlertBanner locale={locale} />
        <SiteHeader locale={locale} plan={plan} />
        <main id="main-content" tabIndex={-1} className="grow outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} plan={plan} />
      </body>
    </html>
  );
}
