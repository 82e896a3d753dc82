import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DirectoryUnavailable, SampleDataNotice } from '@/components/directory/directory-notices';
import { formatDay, languageName, specialtyLabel } from '@/components/directory/labels';
import { NewPatientBadge } from '@/components/directory/new-patient-badge';
import { OfficeDetails } from '@/components/directory/office-details';
import { localeParam } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/alternates';
import { loadPlan } from '@/lib/content/plan';
import type { ListingDetail } from '@/lib/directory/search/listing-types';
import { DirectoryUnavailableError, getListing, showsSampleData } from '@/lib/directory/service';
import { byDataKey } from '@/i18n/translator';
import { localePath } from '@/i18n/alternates';
import { parseSearchParams, searchHref } from '@/lib/directory/search/params';
import { CallButton } from '@/components/directory/call-button';
import { WithoutRuntime } from '@/components/layout/without-runtime';

type Props = PageProps<'/[locale]/find-a-provider/[id]'>;

async function loadListing(id: string): Promise<ListingDetail | 'unavailable' | null> {
  try {
    return await getListing(id);
  } catch (error) {
    if (error instanceof DirectoryUnavailableError) return 'unavailable';
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { id }] = await Promise.all([localeParam(params), params]);
  const listing = await loadListing(id);
  const t = await getTranslations({ locale, namespace: 'ProviderSearch' });
  if (!listing || listing === 'unavailable') return { title: t('title') };
  return {
    title: `${listing.name} – ${t('title')}`,
    alternates: localeAlternates(locale, `/find-a-provider/${encodeURIComponent(id)}`),
  };
}

export default async function ListingPage({ params, searchParams }: Props) {
  const [locale, { id }] = await Promise.all([localeParam(params), params]);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const plan = loadPlan();
  const listing = await loadListing(id);
  if (listing === null) notFound();
  // The search that led here rides in the address, so "back to results" returns to it (page included).
  const search = parseSearchParams(await searchParams);
  const searchQuery = search.submitted ? searchHref(search.query, { page: search.query.page }) : '';
  const resultsPath = `/find-a-provider${searchQuery}`;
  const backLink = (
    <p className="no-print">
      <Link prefetch={false} href={localePath(locale, resultsPath)} className="text-lg">
        ← {t('Listing.back')}
      </Link>
    </p>
  );
  if (listing === 'unavailable') {
    return (
      <div className="mx-auto max-w-4xl px-4 py-8">
        <WithoutRuntime />
        {backLink}
        <h1 className="mt-4 text-3xl font-extrabold text-brand-900">{t('ProviderSearch.title')}</h1>
        <div className="mt-6">
          <DirectoryUnavailable locale={locale} plan={plan} retryHref={localePath(locale, `/find-a-provider/${encodeURIComponent(id)}`)} />
        </div>
      </div>
    );
  }
  const sample = await showsSampleData().catch(() => false);
  const list = (codes: string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map((code) => languageName(code, locale, byDataKey(t), false)));
  const gender = listing.gender && byDataKey(t).has(`Listing.genderValue.${listing.gender}`) ? byDataKey(t)(`Listing.genderValue.${listing.gender}`) : null;

  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <WithoutRuntime />
      {sample ? <SampleDataNotice locale={locale} /> : null}
      {backLink}
      <h1 className="mt-4 text-3xl font-extrabold text-brand-900 md:text-4xl">{listing.name}</h1>
      <ul className="mt-2 text-xl">
        {listing.specialties.map((specialty) => {
          const label = specialtyLabel(specialty, byDataKey(t));
          return (
            <li key={specialty.code} lang={label.lang}>
              {label.text}
            </li>
          );
        })}
      </ul>
      <div className="mt-4">
        <NewPatientBadge status={listing.newPatients} label={t(`Listing.newPatients.${listing.newPatients ?? 'unknown'}`)} />
      </div>
      {listing.phone ? (
        <p className="mt-4">
          <CallButton number={listing.phone} callLabel={t('Listing.callShort')} className="rounded-md bg-brand-700 px-5 py-3 text-lg text-white" />
        </p>
      ) : null}
      <p className="mt-4 text-base text-muted">{t('Listing.verified', { date: formatDay(listing.verifiedOn, locale) })}</p>
      {listing.stale ? <p className="mt-1 text-base font-semibold text-amber-950">⚠ {t('Listing.stale')}</p> : null}

      <section aria-labelledby="about-title" className="mt-8">
        <h2 id="about-title" className="text-2xl font-bold text-brand-900">
          {t('Listing.about')}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 text-lg md:grid-cols-[max-content_1fr]">
          {listing.organizationName ? (
            <>
              <dt className="font-semibold">{t('Listing.clinic')}</dt>
              <dd>{listing.organizationName}</dd>
            </>
          ) : null}
          {listing.isPrimaryCare ? (
            <>
              <dt className="font-semibold">PCP</dt>
              <dd>{t('Listing.primaryCare')}</dd>
            </>
          ) : null}
          {listing.languages.length > 0 ? (
            <>
              <dt className="font-semibold">{t('Listing.languages')}</dt>
              <dd>{list(listing.languages)}</dd>
            </>
          ) : null}
          {listing.interpreterLanguages.length > 0 ? (
            <>
              <dt className="font-semibold">{t('Listing.interpreters')}</dt>
              <dd>{list(listing.interpreterLanguages)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t('Listing.telehealth')}</dt>
          <dd>{listing.telehealth ? t('Common.yes') : t('Common.no')}</dd>
          {gender ? (
            <>
              <dt className="font-semibold">{t('Listing.gender')}</dt>
              <dd>{gender}</dd>
            </>
          ) : null}
          {listing.npi ? (
            <>
              <dt className="font-semibold">{t('Listing.npi')}</dt>
              <dd>{listing.npi}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="offices-title" className="mt-8">
        <h2 id="offices-title" className="text-2xl font-bold text-brand-900">
          {t('Listing.offices', { count: listing.offices.length })}
        </h2>
        <div className="mt-4 space-y-4">
          {listing.offices.map((office, index) => (
            <OfficeDetails key={office.id} locale={locale} office={office} headingId={`office-${index}`} />
          ))}
        </div>
      </section>

      <section aria-labelledby="report-title" className="no-print mt-10 rounded-lg bg-brand-50 p-4 md:p-6">
        <h2 id="report-title" className="text-xl font-bold text-brand-900">
          {t('Listing.reportTitle')}
        </h2>
        <p className="mt-2 text-lg">{t('Listing.reportIntro')}</p>
        <p className="mt-3 text-lg">
          <Link prefetch={false} href={localePath(locale, `/find-a-provider/${encodeURIComponent(listing.id)}/report${searchQuery}`)} className="font-bold">
            {t('Listing.reportLink')}
          </Link>
        </p>
      </section>
    </div>
  );
}
