import { getTranslations } from '@/i18n/translations';
import { PhoneLink } from '@/components/mdx/phone-link';
import type { Locale } from '@/i18n/routing';
import type { Office } from '@/lib/directory/search/listing-types';
import { noteInLanguage } from '@/lib/directory/search/notes';
import { HoursList } from './hours-list';
import { languageName } from './labels';
import { byDataKey } from '@/i18n/translator';

function directionsHref(office: Office): string {
  const address = [...office.addressLines, office.city, office.state, office.postalCode].filter(Boolean).join(', ');
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(address)}`;
}

/** One office of a listing: address and directions, phone, hours, accessibility, transit, interpreters. */
export async function OfficeDetails({ locale, office, headingId }: { locale: Locale; office: Office; headingId: string }) {
  const t = await getTranslations({ locale });
  const title = office.name ?? [office.addressLines[0], office.city].filter(Boolean).join(', ');
  // Transit, hours and accessibility notes in the member's language where the directory has it; an
  // office with no transit note falls back to the Plan-Net transit text, which is English.
  const notes = office.notes.map((note) => ({ topic: note.topic, ...noteInLanguage(note, locale) }));
  if (office.publicTransit && !notes.some((note) => note.topic === 'transit')) notes.unshift({ topic: 'transit', text: office.publicTransit, lang: 'en' });
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
      <HoursList locale={locale} hours={office.hours} />
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
      {notes.map((note) => (
        <p key={`${note.topic}-${note.text.slice(0, 20)}`} className="mt-3 text-lg">
          <span className="font-semibold">{note.topic === 'transit' ? t('Listing.transit') : t(`ProviderSearch.noteTopic.${note.topic}`)}:</span>{' '}
          {/* Marked when the directory has the note only in another language, so a screen reader reads it in that language. */}
          <span lang={note.lang === locale ? undefined : note.lang}>{note.text}</span>
        </p>
      ))}
      {office.interpreterLanguages.length > 0 ? (
        <p className="mt-3 text-lg">
          <span className="font-semibold">{t('Listing.interpreters')}:</span>{' '}
          {new Intl.ListFormat(locale, { type: 'conjunction' }).format(
            office.interpreterLanguages.map((code) => languageName(code, locale, byDataKey(t), false)),
          )}
        </p>
      ) : null}
    </section>
  );
}
