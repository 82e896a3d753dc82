import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // No fallback to English: a missing Spanish key is a test failure, not a silent swap.
  const messages = (await import(`../messages/${locale}.json`)).default;
  return { locale, messages };
});
