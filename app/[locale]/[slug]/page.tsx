import type { Metadata } from 'next';
import { localeParam } from '@/i18n/locale-param';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ContentPage, contentPageMetadata } from '@/components/layout/content-page';
import { routing, type Locale } from '@/i18n/routing';
import { listTopLevelSlugs } from '@/lib/content/pages';
import { appRouteNames } from '@/lib/content/routes';

// Only pages that exist in content/ are served; anything else is the localized 404.
export const dynamicParams = false;

/** Content pages that no dedicated route (like handouts/) serves. */
function memberPageSlugs(locale: Locale): string[] {
  const appRoutes = new Set(appRouteNames());
  return listTopLevelSlugs(locale).filter((slug) => !appRoutes.has(slug));
}

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => memberPageSlugs(locale).map((slug) => ({ locale, slug })));
}

function isPage(locale: Locale, slug: string): boolean {
  return memberPageSlugs(locale).includes(slug);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[slug]'>): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([localeParam(params), params]);
  if (!isPage(locale, slug)) return {};
  return contentPageMetadata(locale, slug);
}

export default async function MemberPage({ params }: PageProps<'/[locale]/[slug]'>) {
  const [locale, { slug }] = await Promise.all([localeParam(params), params]);
  if (!isPage(locale, slug)) notFound();
  setRequestLocale(locale);
  return <ContentPage locale={locale} slug={slug} />;
}
