'use server';

import { hasLocale } from 'next-intl';
import { headers } from 'next/headers';
import { routing } from '@/i18n/routing';
import { submitFeedback, type FeedbackFormState } from '@/lib/feedback/submit';

/** The first address a proxy in front of us saw; only used (hashed) to rate-limit, never stored. */
function clientAddress(requestHeaders: Headers): string | null {
  return requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim() || requestHeaders.get('x-real-ip') || null;
}

export async function sendFeedback(locale: string, _previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  // The bound locale comes back from the browser: keep only one of ours.
  const checkedLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  return submitFeedback(form, { locale: checkedLocale, clientAddress: clientAddress(await headers()) });
}
