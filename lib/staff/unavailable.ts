/**
 * The staff area when its database cannot be reached: every staff page and export needs it (even
 * sign-in), so the proxy asks once per request and answers 503 itself, before a page renders and
 * fails into a screen that needs JavaScript. Pages get a plain HTML page, exports a line of text.
 * Only the failure's kind and the path are logged: never a query string, never member data.
 */
import { getDb } from '@/lib/db';
import { databaseFailure } from '@/lib/db/failures';
import { escapeHtml, unavailablePageResponse } from '@/lib/http/unavailable-page';

export const STAFF_PATH = /^\/staff(?:\/|$)/;
const EXPORT_PATH = /^\/staff\/.*\/export\/?$/;

export const STAFF_UNAVAILABLE_MESSAGE = 'The staff area cannot reach its database just now. Nothing saved is lost. Wait a minute, then try again.';

/** The 503 for a staff request, or null when the database answers. */
export async function staffUnavailableResponse(pathname: string): Promise<Response | null> {
  const failure = await databaseFailure(getDb);
  if (failure === null) return null;
  console.error(`staff area: database unavailable (${failure}) at ${pathname}`);
  return staffUnavailableAnswer(pathname);
}

export function staffUnavailableAnswer(pathname: string): Response {
  if (EXPORT_PATH.test(pathname)) {
    return new Response(`${STAFF_UNAVAILABLE_MESSAGE}\n`, {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60', 'cache-control': 'no-store' },
    });
  }
  return unavailablePageResponse({
    lang: 'en',
    title: 'The staff area is unavailable',
    paragraphsHtml: [escapeHtml(STAFF_UNAVAILABLE_MESSAGE), `<a href="${escapeHtml(pathname)}">Try again</a>`],
  });
}
