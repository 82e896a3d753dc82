/**
 * The plan serves one Oregon county: its days (alert start and end dates, dashboard ranges, report
 * deadlines) and the times staff read are Oregon's, whatever time zone the server runs in.
 */
export const OREGON_TIME_ZONE = 'America/Los_Angeles';

const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: OREGON_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in Oregon at this moment, YYYY-MM-DD. */
export function oregonDate(moment: Date = new Date()): string {
  return isoDay.format(moment);
}

const styles = {
  /** "Nov 25, 2026" */
  date: { dateStyle: 'medium' },
  /** "Nov 25, 2026, 3:04 PM" */
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** "Nov 25, 2026, 3:04 PM PST": where the reader may not assume Oregon (a terminal, a file). */
  dateTimeWithZone: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  /** "2026-11-25 15:04": sortable, for spreadsheets. */
  sortable: { dateStyle: 'short', timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as staff in Oregon read it; `sortable` is always YYYY-MM-DD HH:MM. */
export function formatOregonTime(moment: Date, style: keyof typeof styles, locale = 'en-US'): string {
  const key = `${style}|${locale}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(style === 'sortable' ? 'sv-SE' : locale, { timeZone: OREGON_TIME_ZONE, ...styles[style] });
    formats.set(key, format);
  }
  return format.format(moment);
}
