import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import { MAX_PAGE, RESULTS_PER_PAGE } from '@/lib/directory/search/options';
import { searchHref, type SearchQuery } from '@/lib/directory/search/params';
import { localePath } from '@/i18n/alternates';

const button = 'inline-block rounded-md border-2 border-brand-700 px-4 py-2 text-lg font-bold text-brand-800 no-underline';

/** Previous / next with "Page 2 of 9": big targets, no row of tiny numbers to miss on a phone. */
type PaginationProps = { locale: Locale; query: SearchQuery; total: number; totalIsCapped: boolean };

export async function Pagination({ locale, query, total, totalIsCapped }: PaginationProps) {
  // Past the counting cap the last page is unknown: offer "next" up to the deepest page we serve.
  const pages = totalIsCapped ? MAX_PAGE : Math.min(MAX_PAGE, Math.ceil(total / RESULTS_PER_PAGE));
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'ProviderSearch' });
  const href = (page: number) => localePath(locale, `/find-a-provider${searchHref(query, { page })}`);
  return (
    <nav aria-label={t('pagination')} className="no-print mt-6 flex flex-wrap items-center justify-between gap-4">
      {query.page > 1 ? (
        <Link prefetch={false} href={href(query.page - 1)} className={button} rel="prev">
          ← {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-lg">{totalIsCapped ? t('pageOnly', { page: query.page }) : t('pageOf', { page: Math.min(query.page, pages), pages })}</p>
      {query.page < pages ? (
        <Link prefetch={false} href={href(query.page + 1)} className={button} rel="next">
          {t('next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
