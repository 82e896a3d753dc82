import type { Metadata } from 'next';
import { localeParam } from '@/i18n/locale-param';
import { setRequestLocale } from 'next-intl/server';
import { ContentPage, contentPageMetadata } from '@/components/layout/content-page';

export async function generateMetadata({ params }: PageProps<'/[locale]/handouts'>): Promise<Metadata> {
  const locale = await localeParam(params);
  return contentPageMetadata(locale, 'handouts');
}

export default async function HandoutsPage({ params }: PageProps<'/[locale]/handouts'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return <ContentPage locale={locale} slug="handouts" />;
}
