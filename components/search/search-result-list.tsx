import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import type { SiteSearchHit } from '@/lib/site-search/site-index';

/** The pages found, best first: title, what kind of page and which part of it, and the words in context. */
export async function SearchResultList({ locale, hits }: { locale: Locale; hits: SiteSearchHit[] }) {
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  return (
    <ol className="mt-4 space-y-4">
      {hits.map((hit) => (
        <li key={hit.href} className="rounded-lg border-2 border-gray-300 bg-white p-4">
          <h3 className="text-xl font-bold">
            <Link prefetch={false} href={hit.href}>
              {hit.title}
            </Link>
          </h3>
          {hit.kind === 'handout' || hit.section ? (
            <p className="mt-1 text-base text-gray-700">
              {hit.kind === 'handout' ? <span className="font-semibold">{t('handout')}</span> : null}
              {hit.kind === 'handout' && hit.section ? ' · ' : null}
              {hit.section ? t('section', { section: hit.section }) : null}
            </p>
          ) : null}
          {hit.snippet.length > 0 ? (
            <p className="mt-2 text-lg">
              {hit.snippet.map((segment, index) =>
                segment.match ? (
                  <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 font-semibold text-ink">
                    {segment.text}
                  </mark>
                ) : (
                  <span key={index}>{segment.text}</span>
                ),
              )}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
