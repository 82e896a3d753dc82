import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/translations';
import type { ReactNode } from 'react';
import { localeAlternates, localePath } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import { compileMdxWithOutline } from '@/lib/content/mdx';
import { HOME_SLUG, loadPage } from '@/lib/content/pages';
import { loadPlan } from '@/lib/content/plan';
import { mdxComponents } from '../mdx/mdx-components';
import { callValues } from '../mdx/phone-link';
import { HelpCard, OnThisPage } from './page-aside';
import { WithoutRuntime } from './without-runtime';

/** "/en/primary-care" for slug "primary-care"; the home page is "/en". */
export function pagePath(locale: Locale, slug: string): string {
  return localePath(locale, slugPath(slug));
}

const slugPath = (slug: string) => (slug === HOME_SLUG ? '/' : `/${slug}`);

export function contentPageMetadata(locale: Locale, slug: string): Metadata {
  const { frontmatter } = loadPage(locale, slug);
  return {
    title: slug === HOME_SLUG ? { absolute: `${frontmatter.title} | ${loadPlan().name}` } : frontmatter.title,
    description: frontmatter.description,
    alternates: localeAlternates(locale, slugPath(slug)),
    openGraph: {
      type: 'website',
      siteName: loadPlan().name,
      locale: locale === 'es' ? 'es_US' : 'en_US',
      title: frontmatter.title,
      description: frontmatter.description,
      url: pagePath(locale, slug),
      images: [{ url: '/opengraph-image.png', width: 512, height: 512 }],
    },
  };
}

export function formatReviewDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

type ContentPageProps = { locale: Locale; slug: string; before?: ReactNode; actions?: ReactNode };

/** An MDX page: title, body, when it was last reviewed and who to call. */
export async function ContentPage({ locale, slug, before, actions }: ContentPageProps) {
  const page = loadPage(locale, slug);
  const { Content, headings } = await compileMdxWithOutline(page.source, page.file);
  const plan = loadPlan();
  const t = await getTranslations({ locale, namespace: 'Page' });

  return (
    <article className="mx-auto max-w-6xl px-4 py-8">
      <WithoutRuntime />
      {before}
      <h1 className="max-w-3xl text-3xl font-extrabold text-brand-900 md:text-4xl">{page.frontmatter.title}</h1>
      {actions}
      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-12">
        <div>
          <OnThisPage locale={locale} headings={headings} className="mb-6 lg:hidden" />
          <div className="prose">
            <Content components={mdxComponents(locale, plan)} />
          </div>
          <div className="mt-12 max-w-2xl space-y-2 border-t-2 border-gray-200 pt-4 text-base text-muted">
            <p className="text-lg text-ink">{t.rich('needHelp', callValues(plan))}</p>
            <p>{t('lastReviewed', { date: formatReviewDate(page.frontmatter.lastReviewed, locale) })}</p>
          </div>
        </div>
        <aside className="mt-10 space-y-6 lg:sticky lg:top-4 lg:mt-0 lg:self-start">
          <OnThisPage locale={locale} headings={headings} className="hidden lg:block" />
          <HelpCard locale={locale} plan={plan} />
        </aside>
      </div>
    </article>
  );
}
