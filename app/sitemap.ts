import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { HOME_SLUG, listPageSlugs, readPage } from '@/lib/content/pages';
import { siteUrl } from '@/lib/content/site-url';

const pathFor = (locale: string, slug: string) => (slug === HOME_SLUG ? `/${locale}` : `/${locale}/${slug}`);

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  // The provider search is an app route, not a content page; its result pages are not listed.
  const appPages = [{ path: 'find-a-provider' }, { path: 'developers' }];
  const searchEntries = routing.locales.flatMap((locale) =>
    appPages.map(({ path }) => ({
      url: new URL(`/${locale}/${path}`, base).toString(),
      alternates: { languages: Object.fromEntries(routing.locales.map((other) => [other, new URL(`/${other}/${path}`, base).toString()])) },
    })),
  );
  return searchEntries.concat(routing.locales.flatMap((locale) =>
    listPageSlugs(locale).map((slug) => ({
      url: new URL(pathFor(locale, slug), base).toString(),
      lastModified: readPage(locale, slug).frontmatter?.lastReviewed,
      alternates: {
        languages: Object.fromEntries(routing.locales.map((other) => [other, new URL(pathFor(other, slug), base).toString()])),
      },
    })),
  ));
}
