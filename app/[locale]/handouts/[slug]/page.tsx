import type { Metadata } from 'next';
import { localeParam } from '@/i18n/locale-param';
import Link from 'next/link';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import { notFound } from 'next/navigation';
import { ContentPage, contentPageMetadata } from '@/components/layout/content-page';
import { PrintButton } from '@/components/ui/print-button';
import { routing } from '@/i18n/routing';
import { HANDOUTS_DIR, listHandoutSlugs } from '@/lib/content/pages';
import { localePath } from '@/i18n/alternates';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => listHandoutSlugs(locale).map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/handouts/[slug]'>): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([localeParam(params), params]);
  if (!listHandoutSlugs(locale).includes(slug)) return {};
  return contentPageMetadata(locale, `${HANDOUTS_DIR}/${slug}`);
}

export default async function HandoutPage({ params }: PageProps<'/[locale]/handouts/[slug]'>) {
  const [locale, { slug }] = await Promise.all([localeParam(params), params]);
  if (!listHandoutSlugs(locale).includes(slug)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Handouts' });
  return (
    <ContentPage
      locale={locale}
      slug={`${HANDOUTS_DIR}/${slug}`}
      before={
        <p className="no-print mb-4">
          <Link prefetch={false} href={localePath(locale, '/handouts')} className="text-lg">
            ← {t('backToList')}
          </Link>
        </p>
      }
      actions={<PrintButton label={t('print')} />}
    />
  );
}
