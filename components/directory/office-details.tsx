import { getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/mdx/phone-link';
import type { Locale } from '@/i18n/routing';
import type { Office } from '@/lib/directory/search/listing-types';
import { formatList, formatTime, languageName } from './labels';
import { byDataKey } from '@/i18n/translator';

const dayOrder = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function directionsHref(office: Office): string {
  const address = [...office.addressLines, office.city, office.state, office.postalCode].filter(Boolean).join(', ');
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(address)}`;
}

/** One office of a listing: address and directions, phone, hours, accessibility, transit, interpreters. */
export async function OfficeDetails({ locale, office, headingId }: { locale: Locale; office: Office; headingId: string }) {
  const t = await getTranslations({ locale });
  const title = office.name ?? [office.addressLines[0], office.city].filter(Boolean).join(', ');
  const hours = office.hours
    .map((entry) => ({ ...entry, days: [...entry.days].sort((a, b) => dayOrder.indexOf(a) - dayOrder.indexOf(b)) }))
    .filter((entry) => entry.days.length > 0);
  const features = office.accessibility.filter((code) => byDataKey(t).has(`Accessibility.${code}`));
  return (
    <section aria-labelledby={headingId} className="rounded-lg border-2 border-gray-300 bg-white p-4 md:p-5">
      <h3 id={headingId} className="text-xl font-bold text-brand-900">
        {title}
      </h3>
      <address className="mt-2 text-lg not-italic">
        {office.addressLines.map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
        <span className="block">
          {office.city}
          {office.state ? `, ${office.state}` : ''} {office.postalCode}
        </span>
      </address>
      <p className="mt-2 text-lg">
        <a href={directionsHref(office)} rel="noopener" target="_blank">
          {t('Listing.directions', { place: title })}
          <span className="sr-only"> ({t('Common.opensInNewTab')})</span>
        </a>
      </p>
      {office.phone ? (
        <p className="mt-2 text-lg">
          <span className="font-semibold">{t('Listing.phone')}:</span> <PhoneLink number={office.phone} />
        </p>
      ) : null}
      <h4 className="mt-4 text-lg font-bold">{t('Listing.hours')}</h4>
      {hours.length > 0 ? (
        <ul className="mt-1 space-y-1 text-lg">
          {hours.map((entry) => (
            <li key={`${entry.days.join()}-${entry.opens}`}>
              {formatList(
                entry.days.map((day) => (byDataKey(t).has(`Days.${day}`) ? byDataKey(t)(`Days.${day}`) : day)),
                locale,
              )}
              :{' '}
              {entry.allDay
                ? t('Listing.allDay')
                : entry.opens && entry.closes
                  ? `${formatTime(entry.opens, locale)} – ${formatTime(entry.closes, locale)}`
                  : t('Listing.hoursUnknown')}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-lg">{t('Listing.hoursUnknown')}</p>
      )}
      <h4 className="mt-4 text-lg font-bold">{t('Listing.accessibility')}</h4>
      {features.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 pl-6 text-lg">
          {features.map((code) => (
            <li key={code}>{byDataKey(t)(`Accessibility.${code}`)}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-lg">{t('Listing.accessUnknown')}</p>
      )}
      {office.publicTransit ? (
        <p className="mt-3 text-lg">
          <span className="font-semibold">{t('Listing.transit')}:</span> <span lang={locale === 'en' ? undefined : 'en'}>{office.publicTransit}</span>
        </p>
      ) : null}
      {office.interpreterLanguages.length > 0 ? (
        <p className="mt-3 text-lg">
          <span className="font-semibold">{t('Listing.interpreters')}:</span>{' '}
          {formatList(
            office.interpreterLanguages.map((code) => languageName(code, locale, byDataKey(t), false)),
            locale,
          )}
        </p>
      ) : null}
    </section>
  );
}
