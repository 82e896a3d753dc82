import type { MetadataRoute } from 'next';
import { languageAlternates, localePath } from '@/i18n/alternates';
import { routing } from '@/i18n/routing';
import { HOME_SLUG, listPageSlugs, readPage } from '@/lib/content/pages';
import { siteUrl } from '@/lib/content/site-url';

const slugPath = (slug: string) => (slug === HOME_SLUG ? '/' : `/${slug}`);

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const absolute = (path: string) => new URL(path, base).toString();
  // The provider search and the drug list are app routes, not content pages; their result pages are not listed.
  const appPages = [{ path: 'find-a-provider' }, { path: 'drug-list' }, { path: 'developers' }];
  const searchEntries = routing.locales.flatMap((locale) =>
    appPages.map(({ path }) => ({
      url: absolute(localePath(locale, path)),
      alternates: { languages: languageAlternates(path, absolute) },
    })),
  );
  return searchEntries.concat(
    routing.locales.flatMap((locale) =>
      listPageSlugs(locale).map((slug) => ({
        url: absolute(localePath(locale, slugPath(slug))),
        lastModified: readPage(locale, slug).frontmatter?.lastReviewed,
        alternates: { languages: languageAlternates(slugPath(slug), absolute) },
      })),
    ),
  );
}
