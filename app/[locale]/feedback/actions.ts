'use server';

import { hasLocale } from 'next-intl';
import { headers } from 'next/headers';
import { requestClientAddress } from '@/lib/rate-limit/client-address';
import { routing } from '@/i18n/routing';
import { submitFeedback, type FeedbackFormState } from '@/lib/feedback/submit';

export async function sendFeedback(locale: string, _previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  // The bound locale comes back from the browser: keep only one of ours.
  const checkedLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  return submitFeedback(form, { locale: checkedLocale, clientAddress: requestClientAddress(await headers()) });
}
