import type { Metadata } from 'next';
import Link from 'next/link';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import { notFound } from 'next/navigation';
import { ContentPage, contentPageMetadata } from '@/components/layout/content-page';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { listProviderPageSlugs, PROVIDERS_SECTION } from './section';
import { localePath } from '@/i18n/alternates';

// Only pages that exist in content/{locale}/providers/ are served; anything else is the localized 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => listProviderPageSlugs(locale).map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/providers/[slug]'>): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([localeParam(params), params]);
  if (!listProviderPageSlugs(locale).includes(slug)) return {};
  return contentPageMetadata(locale, `${PROVIDERS_SECTION}/${slug}`);
}

export default async function ProviderResourcePage({ params }: PageProps<'/[locale]/providers/[slug]'>) {
  const [locale, { slug }] = await Promise.all([localeParam(params), params]);
  if (!listProviderPageSlugs(locale).includes(slug)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Providers' });
  return (
    <ContentPage
      locale={locale}
      slug={`${PROVIDERS_SECTION}/${slug}`}
      before={
        <p className="no-print mb-4">
          <Link prefetch={false} href={localePath(locale, `/${PROVIDERS_SECTION}`)} className="text-lg">
            ← {t('backToIndex')}
          </Link>
        </p>
      }
    />
  );
}
