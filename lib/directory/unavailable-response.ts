/**
 * The page a member gets, with status 503, when the directory database cannot be reached (sent by
 * the proxy): the member's language, what happened, and the phone number to call instead.
 */
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { Locale } from '@/i18n/routing';
import { loadPlan } from '@/lib/content/plan';
import { escapeHtml, unavailablePageResponse } from '@/lib/http/unavailable-page';
import { telHref } from '@/lib/phone-numbers';

const messages = { en, es } as const;

/** Fills "{number}" and turns <phone>…</phone> / <ttyLink>…</ttyLink> into tap-to-call links. */
export function callSentence(template: string, number: string, tty: string): string {
  return escapeHtml(template.replace('{number}', number).replace('{tty}', tty))
    .replace(/&lt;phone&gt;(.*?)&lt;\/phone&gt;/, `<a href="${telHref(number)}">$1</a>`)
    .replace(/&lt;ttyLink&gt;(.*?)&lt;\/ttyLink&gt;/, `<a href="${telHref(tty)}">$1</a>`);
}

/** The words of one outage page, from a messages namespace (ProviderSearch, DrugList). */
export type OutageWords = { unavailableTitle: string; unavailableBody: string; unavailableCall: string; tryAgain: string };

/** A 503 page in the member's language: what happened, the number to call instead, and a way to try again. */
export function memberOutageResponse(locale: Locale, words: OutageWords, retryPath: string): Response {
  let planName = '';
  let number = '';
  let tty = '';
  try {
    const plan = loadPlan();
    planName = plan.name;
    number = plan.phones.customerService?.number ?? '';
    tty = plan.phones.tty?.number ?? '';
  } catch {
    // A broken plan file fails the build; at run time say what we can without it.
  }
  return unavailablePageResponse({
    lang: locale,
    title: words.unavailableTitle,
    titleSuffix: planName,
    aboveHeadingHtml: planName ? `<a href="/${locale}">${escapeHtml(planName)}</a>` : undefined,
    paragraphsHtml: [
      escapeHtml(words.unavailableBody),
      ...(number ? [callSentence(words.unavailableCall, number, tty)] : []),
      `<a href="${escapeHtml(retryPath)}">${escapeHtml(words.tryAgain)}</a>`,
    ],
  });
}

export function directoryUnavailableResponse(locale: Locale, retryPath: string): Response {
  return memberOutageResponse(locale, messages[locale].ProviderSearch, retryPath);
}
