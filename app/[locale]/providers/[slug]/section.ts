import type { Locale } from '@/i18n/routing';
import { listPageSlugs, PROVIDERS_DIR } from '@/lib/content/pages';

/** The index is content/{locale}/providers.mdx; its pages are the files in content/{locale}/providers/. */
export const PROVIDERS_SECTION = PROVIDERS_DIR;

/** "claims" for content/en/providers/claims.mdx. Static folders beside [slug] (the lead's join/) win over these. */
export function listProviderPageSlugs(locale: Locale): string[] {
  return listPageSlugs(locale)
    .filter((slug) => slug.startsWith(`${PROVIDERS_SECTION}/`))
    .map((slug) => slug.slice(PROVIDERS_SECTION.length + 1))
    .filter((slug) => !slug.includes('/'));
}
