import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ContentPage, contentPageMetadata } from '@/components/layout/content-page';
import { localeParam } from '@/i18n/locale-param';
import { PROVIDERS_SECTION } from './[slug]/section';

export async function generateMetadata({ params }: PageProps<'/[locale]/providers'>): Promise<Metadata> {
  const locale = await localeParam(params);
  return contentPageMetadata(locale, PROVIDERS_SECTION);
}

/** The index of the section for clinics and practitioners: content/{locale}/providers.mdx. */
export default async function ProvidersPage({ params }: PageProps<'/[locale]/providers'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return <ContentPage locale={locale} slug={PROVIDERS_SECTION} />;
}
