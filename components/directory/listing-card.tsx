import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import type { ListingSummary } from '@/lib/directory/search/listing-types';
import { formatDay, formatList, formatMiles, languageName, specialtyLabel } from './labels';
import { NewPatientBadge } from './new-patient-badge';
import { byDataKey } from '@/i18n/translator';
import { localePath } from '@/i18n/alternates';
import { CallButton } from './call-button';
import { HoursList } from './hours-list';

type ListingCardProps = {
  locale: Locale;
  listing: ListingSummary;
  headingLevel: 'h2' | 'h3';
  /** The search that found this listing (`?care=…`), carried along so the listing's back link returns to it. */
  searchQueryString?: string;
};

/** One search result: who, what, where, whether they take new patients, and a number to call. */
export async function ListingCard({ locale, listing, headingLevel: Heading, searchQueryString = '' }: ListingCardProps) {
  const t = await getTranslations({ locale });
  const office = listing.office;
  const specialties = listing.specialties.slice(0, 2).map((specialty) => specialtyLabel(specialty, byDataKey(t)));
  const spoken = listing.languages.map((code) => languageName(code, locale, byDataKey(t), false));
  const place = listing.kind === 'place';
  return (
    <article className="rounded-lg border-2 border-gray-300 bg-white p-4 [overflow-wrap:anywhere] md:p-5">
      <Heading className="text-xl font-bold">
        <Link prefetch={false} href={localePath(locale, `/find-a-provider/${encodeURIComponent(listing.id)}${searchQueryString}`)} className="text-brand-800">
          {listing.name}
        </Link>
      </Heading>
      {place ? (
        <>
          {/* A place says what it is and whether the plan covers it; new patients and who it sees are about doctors. */}
          <p className="mt-1 text-lg">{listing.placeCategories.map((kind) => t(`ProviderSearch.care.${kind}`)).join(' · ')}</p>
          {listing.inNetwork !== null ? (
            <p className={`mt-2 text-lg font-semibold ${listing.inNetwork ? 'text-green-900' : 'text-amber-950'}`}>
              {listing.inNetwork ? '✓' : '⚠'} {t(`ProviderSearch.network.${listing.inNetwork ? 'in' : 'out'}`)}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="mt-1 text-lg">
            {specialties.map((label, index) => (
              <span key={label.text}>
                {index > 0 ? ' · ' : null}
                <span lang={label.lang}>{label.text}</span>
              </span>
            ))}
          </p>
          <div className="mt-2">
            <NewPatientBadge status={listing.newPatients} label={t(`Listing.newPatients.${listing.newPatients ?? 'unknown'}`)} />
          </div>
        </>
      )}
      {office ? (
        <div className="mt-3 text-lg">
          {listing.organizationName ? <p className="font-semibold">{listing.organizationName}</p> : null}
          <p>
            {office.addressLines.join(', ')}
            {office.addressLines.length > 0 ? ', ' : ''}
            {office.city}
            {office.state ? `, ${office.state}` : ''} {office.postalCode}
            {listing.otherOfficeCount > 0 ? ` ${t('Listing.moreOffices', { count: listing.otherOfficeCount })}` : ''}
          </p>
          {place ? (
            <div className="mt-1">
              <p className="font-semibold">{t('Listing.hours')}:</p>
              <HoursList locale={locale} hours={office.hours} className="text-lg" />
            </div>
          ) : null}
          {listing.distanceMiles !== null ? (
            <p className="font-semibold">{t('Listing.distance', { miles: formatMiles(listing.distanceMiles, locale) })}</p>
          ) : null}
        </div>
      ) : null}
      <ul className="mt-3 space-y-1 text-base">
        {/* Who a provider sees, from their specialty and the service's eligibility: a parent looking for a child's doctor reads this first. */}
        {!place ? <li>{t(`ProviderSearch.seesAges.${listing.ages}`)}</li> : null}
        {spoken.length > 0 ? (
          <li>
            <span className="font-semibold">{t('Listing.languages')}:</span> {formatList(spoken, locale)}
          </li>
        ) : null}
        {listing.interpreterLanguages.length > 0 ? (
          <li>
            <span className="font-semibold">{t('Listing.interpreters')}:</span>{' '}
            {formatList(
              listing.interpreterLanguages.map((code) => languageName(code, locale, byDataKey(t), false)),
              locale,
            )}
          </li>
        ) : null}
        {listing.telehealth ? <li>{t('Listing.telehealth')}</li> : null}
      </ul>
      {listing.phone ? (
        <p className="mt-3">
          <CallButton
            number={listing.phone}
            callLabel={t('Listing.callShort')}
            className="rounded-md border-2 border-brand-700 px-4 py-2 text-lg text-brand-800"
          />
        </p>
      ) : null}
      <p className="mt-3 text-base text-muted">{t('Listing.verified', { date: formatDay(listing.verifiedOn, locale) })}</p>
      {listing.stale ? <p className="mt-1 text-base font-semibold text-amber-950">⚠ {t('Listing.stale')}</p> : null}
    </article>
  );
}
