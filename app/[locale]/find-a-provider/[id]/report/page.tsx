import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { DirectoryUnavailable } from '@/components/directory/directory-notices';
import { callValues } from '@/components/mdx/phone-link';
import { localeParam } from '@/i18n/locale-param';
import { loadPlan } from '@/lib/content/plan';
import { detailsMaxLength, listingProblemCodes, listingReportErrorCodes, listingReportFields } from '@/lib/directory/reports/schema';
import { DirectoryUnavailableError, getListing } from '@/lib/directory/service';
import { issuePageFormToken } from '@/lib/forms/page-form-token';
import { submitReport } from './actions';
import { ReportForm, type ReportFormText } from './_components/report-form';
import { byDataKey } from '@/i18n/translator';
import { localePath } from '@/i18n/alternates';
import { parseSearchParams, searchHref } from '@/lib/directory/search/params';

type Props = PageProps<'/[locale]/find-a-provider/[id]/report'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'ListingReport' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function ReportListingPage({ params, searchParams }: Props) {
  // Rendered per request, never cached: each visitor needs a token of their own (its time and key).
  await connection();
  const [locale, { id }] = await Promise.all([localeParam(params), params]);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'ListingReport' });
  const plan = loadPlan();
  // The member's search rides along (listing → report → confirmation → listing or results), so no way back loses it.
  const search = parseSearchParams(await searchParams);
  const searchQuery = search.submitted ? searchHref(search.query, { page: search.query.page }) : '';
  const listingHref = localePath(locale, `/find-a-provider/${encodeURIComponent(id)}${searchQuery}`);
  const resultsHref = localePath(locale, `/find-a-provider${searchQuery}`);
  const listing = await getListing(id).catch((error: unknown) => {
    if (error instanceof DirectoryUnavailableError) return 'unavailable' as const;
    throw error;
  });
  if (listing === null) notFound();

  const call = callValues(plan);
  const errors = Object.fromEntries(
    listingReportFields.map((field) => [
      field,
      Object.fromEntries(listingReportErrorCodes[field].map((code) => [code, byDataKey(t)(`errors.${field}.${code}`, { max: detailsMaxLength })])),
    ]),
  ) as ReportFormText['errors'];
  const text: ReportFormText = {
    problemLabel: t('problemLabel'),
    problems: Object.fromEntries(listingProblemCodes.map((code) => [code, t(`problem.${code}`)])) as ReportFormText['problems'],
    detailsLabel: t('detailsLabel'),
    detailsHint: t('detailsHint', { max: detailsMaxLength }),
    contactLabel: t('contactLabel'),
    contactHint: t('contactHint'),
    submit: t('submit'),
    errorSummary: t('errorSummary'),
    errors,
    sentTitle: t('sentTitle'),
    sentBody: t.rich('sentBody', call),
    backToListing: t('backToListing'),
    backToResults: t('backToResults'),
    honeypotLabel: t('honeypotLabel'),
    formProblems: {
      'rate-limited': t.rich('rateLimited', call),
      unavailable: t.rich('unavailable', call),
      'unknown-listing': t('unknownListing'),
      'too-large': t('tooLarge'),
      expired: t('expired'),
      refused: t('refused'),
      'control-characters': t('controlCharacters'),
    },
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="no-print">
        <Link prefetch={false} href={listingHref} className="text-lg">
          ← {t('backToListing')}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-extrabold text-brand-900">{t('title')}</h1>
      {listing === 'unavailable' ? (
        <div className="mt-6">
          <DirectoryUnavailable locale={locale} plan={plan} retryHref={localePath(locale, `/find-a-provider/${encodeURIComponent(id)}/report${searchQuery}`)} />
        </div>
      ) : (
        <>
          <p className="mt-3 text-xl font-semibold">{t('about', { name: listing.name })}</p>
          <p className="mt-3 text-lg">{t('intro')}</p>
          <div className="mt-6">
            <ReportForm
              action={submitReport.bind(null, listing.id)}
              text={text}
              token={await issuePageFormToken()}
              listingHref={listingHref}
              resultsHref={resultsHref}
            />
          </div>
        </>
      )}
    </div>
  );
}
