import { defineRouting } from 'next-intl/routing';

// The one list of languages: read by the proxy, navigation, static params and content checks.
export const routing = defineRouting({
  locales: ['en', 'es'],
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
