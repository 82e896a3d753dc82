import type { Metadata } from 'next';
import { localeParam } from '@/i18n/locale-param';
import { setRequestLocale } from 'next-intl/server';
import { ContentPage, contentPageMetadata } from '@/components/layout/content-page';
import { HOME_SLUG } from '@/lib/content/pages';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeParam(params);
  return contentPageMetadata(locale, HOME_SLUG);
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return <ContentPage locale={locale} slug={HOME_SLUG} />;
}
