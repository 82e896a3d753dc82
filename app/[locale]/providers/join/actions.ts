'use server';

import { hasLocale } from 'next-intl';
import { headers } from 'next/headers';
import { routing } from '@/i18n/routing';
import { submitJoinRequest, type JoinFormState } from '@/lib/join-requests/submit';
import { requestClientAddress } from '@/lib/rate-limit/client-address';

export async function sendJoinRequest(locale: string, _previous: JoinFormState, form: FormData): Promise<JoinFormState> {
  // The bound locale comes back from the browser: keep only one of ours.
  const checkedLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  return submitJoinRequest(form, { locale: checkedLocale, clientAddress: requestClientAddress(await headers()) });
}
