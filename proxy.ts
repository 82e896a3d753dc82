import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything except APIs, Next internals and files with an extension (icons, sitemap, PDFs).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
