/**
 * The page a member gets, with status 503, when the drug list's database cannot be reached (sent by
 * the proxy, like the directory's): the member's language, what happened, and the number to call to
 * ask about a medicine instead.
 */
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { Locale } from '@/i18n/routing';
import { memberOutageResponse } from '@/lib/directory/unavailable-response';

const messages = { en, es } as const;

export function drugListUnavailableResponse(locale: Locale, retryPath: string): Response {
  return memberOutageResponse(locale, messages[locale].DrugList, retryPath);
}
