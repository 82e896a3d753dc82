import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import { callValues } from '@/components/mdx/phone-link';
import type { Locale } from '@/i18n/routing';
import type { Plan } from '@/lib/content/schemas';
import { localePath } from '@/i18n/alternates';

/** Nothing found: spelling advice, searches staff chose to suggest, the provider search, and a number to call. */
export async function SearchNoResults({ locale, suggestions, plan }: { locale: Locale; suggestions: string[]; plan: Plan }) {
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  return (
    <div className="rounded-lg border-2 border-gray-300 bg-white p-4 text-lg md:p-6">
      <p className="font-bold">{t('noResultsTitle')}</p>
      <p className="mt-2">{t('noResultsTips')}</p>
      {suggestions.length > 0 ? (
        <>
          <p className="mt-4">{t('suggestionsTitle')}</p>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <Link prefetch={false} href={localePath(locale, `/search?${new URLSearchParams({ q: suggestion }).toString()}`)}>
                  {suggestion}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-4">
        {t.rich('findAProvider', {
          link: (chunks) => (
            <Link prefetch={false} href={localePath(locale, '/find-a-provider')}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="mt-4">{t.rich('noResultsCall', callValues(plan))}</p>
    </div>
  );
}
