import type { Metadata } from 'next';
import { localeParam } from '@/i18n/locale-param';
import { setRequestLocale } from 'next-intl/server';
import { ContentPage, contentPageMetadata } from '@/components/layout/content-page';
import { HomeTasks } from '@/components/home/home-tasks';
import { HOME_SLUG } from '@/lib/content/pages';
import { loadPlan } from '@/lib/content/plan';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeParam(params);
  return contentPageMetadata(locale, HOME_SLUG);
}

/** Task first: the six things members come for fill a phone's first screen, then the welcome. */
export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return <ContentPage locale={locale} slug={HOME_SLUG} actions={<HomeTasks locale={locale} plan={loadPlan()} />} />;
}
