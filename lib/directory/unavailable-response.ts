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

export function directoryUnavailableResponse(locale: Locale, retryPath: string): Response {
  const t = messages[locale].ProviderSearch;
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
    title: t.unavailableTitle,
    titleSuffix: planName,
    aboveHeadingHtml: planName ? `<a href="/${locale}">${escapeHtml(planName)}</a>` : undefined,
    paragraphsHtml: [
      escapeHtml(t.unavailableBody),
      ...(number ? [callSentence(t.unavailableCall, number, tty)] : []),
      `<a href="${escapeHtml(retryPath)}">${escapeHtml(t.tryAgain)}</a>`,
    ],
  });
}
