import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing, type Locale } from './i18n/routing';
import { directoryIsAvailable } from './lib/directory/health';
import { directoryUnavailableResponse } from './lib/directory/unavailable-response';
import { drugListUnavailableResponse } from './lib/formulary/drug-list-unavailable-response';
import { STAFF_PATH, staffUnavailableResponse } from './lib/staff/unavailable';

const handleLocale = createMiddleware(routing);

const directoryPath = /^\/(en|es)\/find-a-provider(?:\/|$)/;
const drugListPath = /^\/(en|es)\/drug-list(?:\/|$)/;

export default async function proxy(request: NextRequest) {
  // The staff area (English only, outside the language routes) needs the database on every page and
  // export; without it, a plain 503 instead of a page that fails while rendering.
  if (STAFF_PATH.test(request.nextUrl.pathname)) {
    return (await staffUnavailableResponse(request.nextUrl.pathname)) ?? NextResponse.next();
  }
  // The directory pages need the database. If it cannot answer, say so with 503 (so monitors and
  // caches see an outage, not a page) in the member's language; the next request checks again.
  const directory = directoryPath.exec(request.nextUrl.pathname);
  if (directory && !(await directoryIsAvailable())) {
    return directoryUnavailableResponse(directory[1] as Locale, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  }
  // The drug list lives in the same database: the same 503, with its own words and the same number.
  const drugList = drugListPath.exec(request.nextUrl.pathname);
  if (drugList && !(await directoryIsAvailable())) {
    return drugListUnavailableResponse(drugList[1] as Locale, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  }
  return handleLocale(request);
}

export const config = {
  // Everything except APIs, Next internals and files with an extension (icons, sitemap, PDFs).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
