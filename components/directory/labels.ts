/**
 * Names of languages, specialties and days in the member's language. Languages come from
 * Intl.DisplayNames where it knows them (it does not name ASL in Spanish, so messages do);
 * specialties come from messages, and a code we have no words for shows the data's own text,
 * marked as English so screen readers pronounce it right.
 */
import type { Locale } from '@/i18n/routing';
import type { Specialty } from '@/lib/directory/search/listing-types';
import type { DataKeyTranslator } from '@/i18n/translator';

/**
 * Intl formatters, made once per process and language: constructing one loads ICU data and costs far
 * more than formatting with it, and a results page formats for every card (docs/decisions/0007).
 */
function memoized<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    const known = made.get(locale);
    if (known !== undefined) return known;
    const formatter = make(locale);
    made.set(locale, formatter);
    return formatter;
  };
}

const regionalTag = (locale: Locale) => (locale === 'es' ? 'es-US' : 'en-US');
const languageNames = memoized((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
const lists = memoized((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const times = memoized((locale) => new Intl.DateTimeFormat(regionalTag(locale), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
const days = memoized((locale) => new Intl.DateTimeFormat(regionalTag(locale), { dateStyle: 'long', timeZone: 'UTC' }));
const wholeMiles = memoized((locale) => new Intl.NumberFormat(regionalTag(locale), { maximumFractionDigits: 0 }));
const tenthsOfMiles = memoized((locale) => new Intl.NumberFormat(regionalTag(locale), { maximumFractionDigits: 1 }));

/** Names already worked out, by language, code and case: the form's menu names every language on every page. */
const namedLanguages = new Map<string, string>();

/**
 * `standalone` capitalizes (a menu option); Spanish keeps language names lowercase inside a sentence.
 * `t` is the member's language's messages, which do not change while the server runs.
 */
export function languageName(code: string, locale: Locale, t: DataKeyTranslator, standalone = true): string {
  const key = `${locale}\0${code}\0${standalone}`;
  const known = namedLanguages.get(key);
  if (known !== undefined) return known;
  const name = nameLanguage(code, locale, t, standalone);
  // Codes come from the data (and the address), so only a bounded number of names is kept.
  if (namedLanguages.size < 2_000) namedLanguages.set(key, name);
  return name;
}

function nameLanguage(code: string, locale: Locale, t: DataKeyTranslator, standalone: boolean): string {
  if (t.has(`LanguageNames.${code}`)) return t(`LanguageNames.${code}`);
  try {
    const name = languageNames(locale).of(code);
    if (name && name.toLowerCase() !== code.toLowerCase()) return standalone ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : name;
  } catch {
    // Not a valid language tag: show the code as the data gave it.
  }
  return code;
}

/** "English, Spanish, and Russian" / "inglés, español y ruso". */
export function formatList(items: readonly string[], locale: Locale): string {
  return lists(locale).format(items);
}

export type SpecialtyLabel = { text: string; lang?: 'en' };

export function specialtyLabel(specialty: Specialty, t: DataKeyTranslator): SpecialtyLabel {
  if (t.has(`Specialty.${specialty.code}`)) return { text: t(`Specialty.${specialty.code}`) };
  return { text: specialty.display ?? specialty.code, lang: 'en' };
}

/** "8:00 AM" / "8:00" from FHIR "08:00:00", in the member's conventions. */
export function formatTime(time: string, locale: Locale): string {
  const [hours = '0', minutes = '0'] = time.split(':');
  return times(locale).format(new Date(Date.UTC(2000, 0, 1, Number(hours), Number(minutes))));
}

export function formatDay(date: string, locale: Locale): string {
  return days(locale).format(new Date(`${date}T00:00:00Z`));
}

export function formatMiles(miles: number, locale: Locale): string {
  return (miles < 10 ? tenthsOfMiles : wholeMiles)(locale).format(miles);
}
