import type { Metadata } from 'next';
import { routing, type Locale } from './routing';

/** A site path in one language: "/" is "/es", "/feedback" is "/es/feedback". */
export function localePath(locale: Locale, path: string): string {
  const rest = path.replace(/^\/+/, '');
  return rest ? `/${locale}/${rest}` : `/${locale}`;
}

/** The same path in every language, plus x-default (the default language): for hreflang links. */
export function languageAlternates(path: string, toUrl: (localized: string) => string = (localized) => localized): Record<string, string> {
  return {
    ...Object.fromEntries(routing.locales.map((other) => [other, toUrl(localePath(other, path))])),
    'x-default': toUrl(localePath(routing.defaultLocale, path)),
  };
}

/**
 * Canonical and hreflang links of a page that exists in every language. Paths are relative:
 * the root layout's metadataBase (SITE_URL) makes them absolute, never the request's host.
 */
export function localeAlternates(locale: Locale, path: string): NonNullable<Metadata['alternates']> {
  return { canonical: localePath(locale, path), languages: languageAlternates(path) };
}
