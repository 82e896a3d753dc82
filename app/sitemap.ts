import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { HOME_SLUG, listPageSlugs, readPage } from '@/lib/content/pages';
import { siteUrl } from '@/lib/content/site-url';

const pathFor = (locale: string, slug: string) => (slug === HOME_SLUG ? `/${locale}` : `/${locale}/${slug}`);

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return routing.locales.flatMap((locale) =>
    listPageSlugs(locale).map((slug) => ({
      url: new URL(pathFor(locale, slug), base).toString(),
      lastModified: readPage(locale, slug).frontmatter?.lastReviewed,
      alternates: {
        languages: Object.fromEntries(routing.locales.map((other) => [other, new URL(pathFor(other, slug), base).toString()])),
      },
    })),
  );
}
