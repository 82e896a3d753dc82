/**
 * The page a member gets, with status 503, when the drug list's database cannot be reached (sent by
 * the proxy, like the directory's): the member's language, what happened, and the number to call to
 * ask about a medicine instead.
 */
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { Locale } from '@/i18n/routing';
import { loadPlan } from '@/lib/content/plan';
import { callSentence } from '@/lib/directory/unavailable-response';
import { escapeHtml, unavailablePageResponse } from '@/lib/http/unavailable-page';

const messages = { en, es } as const;

export function drugListUnavailableResponse(locale: Locale, retryPath: string): Response {
  const t = messages[locale].DrugList;
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
