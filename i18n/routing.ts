import { defineRouting } from 'next-intl/routing';

// The one list of languages: read by the proxy, navigation, static params and content checks.
export const routing = defineRouting({
  locales: ['en', 'es'],
  defaultLocale: 'en',
  localePrefix: 'always',
  // Pages declare their own hreflang alternates (with the public SITE_URL); the proxy's Link
  // header would repeat them with the request host and a redirecting x-default.
  alternateLinks: false,
  // No cookie: public pages are cached by browsers and proxies, and a response that sets a cookie
  // must not be. The language is in every address; `/` picks one from the browser's languages.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
