import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { OREGON_TIME_ZONE } from '../lib/oregon-time';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // No fallback to English: a missing Spanish key is a test failure, not a silent swap.
  const messages = (await import(`../messages/${locale}.json`)).default;
  // Dates are the members' (Oregon's), not the server's, should a message ever format one.
  return { locale, messages, timeZone: OREGON_TIME_ZONE };
});
