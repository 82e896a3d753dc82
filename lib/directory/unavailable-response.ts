/**
 * The page a member gets, with status 503, when the directory database cannot be reached. The proxy
 * sends it before any page renders (a page cannot choose its own status code), so it is plain HTML
 * built here: the member's language, what happened, and the phone number to call instead.
 */
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { Locale } from '@/i18n/routing';
import { loadPlan } from '@/lib/content/plan';
import { telHref } from '@/lib/phone-numbers';

const messages = { en, es } as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

/** Fills "{number}" and turns <phone>…</phone> / <ttyLink>…</ttyLink> into tap-to-call links. */
function callSentence(template: string, number: string, tty: string): string {
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
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.unavailableTitle)}${planName ? ` | ${escapeHtml(planName)}` : ''}</title>
<style>
body{margin:0;font:1.125rem/1.6 system-ui,sans-serif;color:#1b1f23;background:#fff}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{color:#042a33;font-size:1.75rem;line-height:1.25}
a{color:#08505f;font-weight:600}
a:focus{outline:3px solid #1b1f23;box-shadow:0 0 0 6px #ffbf47}
</style>
</head>
<body>
<main>
${planName ? `<p><a href="/${locale}">${escapeHtml(planName)}</a></p>` : ''}
<h1>${escapeHtml(t.unavailableTitle)}</h1>
<p>${escapeHtml(t.unavailableBody)}</p>
${number ? `<p>${callSentence(t.unavailableCall, number, tty)}</p>` : ''}
<p><a href="${escapeHtml(retryPath)}">${escapeHtml(t.tryAgain)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '60', 'cache-control': 'no-store' },
  });
}
