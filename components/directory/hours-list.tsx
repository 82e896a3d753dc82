import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import type { OpeningHours } from '@/lib/directory/search/listing-types';
import { byDataKey } from '@/i18n/translator';
import { formatList, formatTime } from './labels';

const dayOrder = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** An office's opening hours, one line per group of days ("Monday and Tuesday: 8:00 AM – 5:00 PM", "Open 24 hours"). */
export async function HoursList({ locale, hours, className = 'mt-1 space-y-1 text-lg' }: { locale: Locale; hours: OpeningHours[]; className?: string }) {
  const t = await getTranslations({ locale });
  const sorted = hours
    .map((entry) => ({ ...entry, days: [...entry.days].sort((a, b) => dayOrder.indexOf(a) - dayOrder.indexOf(b)) }))
    .filter((entry) => entry.days.length > 0);
  if (sorted.length === 0) return <p className={className}>{t('Listing.hoursUnknown')}</p>;
  return (
    <ul className={className}>
      {sorted.map((entry) => (
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
  );
}
