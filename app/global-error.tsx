'use client';

import { ErrorHelpPanel } from '@/components/layout/error-help';
import { routing } from '@/i18n/routing';
import './globals.css';

/**
 * When even the page frame fails. The language is unknown here, so every language is shown, each
 * marked with its own lang, as the site-wide 404 does.
 */
export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main id="main-content">
          {routing.locales.map((locale, index) => (
            <ErrorHelpPanel key={locale} locale={locale} onRetry={retry} headingLevel={index === 0 ? 1 : 2} />
          ))}
        </main>
      </body>
    </html>
  );
}
