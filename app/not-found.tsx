import Link from 'next/link';
import { translatorFor } from '@/components/mdx/mdx-components';
import { loadPlan } from '@/lib/content/plan';
import { routing } from '@/i18n/routing';
import '@/app/globals.css';
import { localePath } from '@/i18n/alternates';

/**
 * Reached only for addresses the proxy does not send to a language. We cannot know which
 * language the visitor reads, so every language is shown, each marked with its own lang.
 */
export default function GlobalNotFound() {
  const plan = loadPlan();
  return (
    <html lang={routing.defaultLocale}>
      <body className="mx-auto max-w-3xl space-y-8 px-4 py-12">
        {routing.locales.map((locale) => {
          const t = translatorFor(locale);
          return (
            <section key={locale} lang={locale}>
              <h2 className="text-2xl font-extrabold">{t('NotFound.title')}</h2>
              <p className="mt-2 text-lg">{t('NotFound.description')}</p>
              <p className="mt-2 text-lg">
                <Link href={localePath(locale, '/')}>{t('NotFound.home')}</Link> ({plan.name})
              </p>
            </section>
          );
        })}
      </body>
    </html>
  );
}
