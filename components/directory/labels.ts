/**
 * Names of languages, specialties and days in the member's language. Languages come from
 * Intl.DisplayNames where it knows them (it does not name ASL in Spanish, so messages do);
 * specialties come from messages, and a code we have no words for shows the data's own text,
 * marked as English so screen readers pronounce it right.
 */
import type { Locale } from '@/i18n/routing';
import type { Specialty } from '@/lib/directory/search/listing-types';
import type { DataKeyTranslator } from '@/i18n/translator';

/** `standalone` capitalizes (a menu option); Spanish keeps language names lowercase inside a sentence. */
export function languageName(code: string, locale: Locale, t: DataKeyTranslator, standalone = true): string {
  if (t.has(`LanguageNames.${code}`)) return t(`LanguageNames.${code}`);
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    if (name && name.toLowerCase() !== code.toLowerCase()) return standalone ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : name;
  } catch {
    // Not a valid language tag: show the code as the data gave it.
  }
  return code;
}

export type SpecialtyLabel = { text: string; lang?: 'en' };

export function specialtyLabel(specialty: Specialty, t: DataKeyTranslator): SpecialtyLabel {
  if (t.has(`Specialty.${specialty.code}`)) return { text: t(`Specialty.${specialty.code}`) };
  return { text: specialty.display ?? specialty.code, lang: 'en' };
}

/** "8:00 AM" / "8:00" from FHIR "08:00:00", in the member's conventions. */
export function formatTime(time: string, locale: Locale): string {
  const [hours = '0', minutes = '0'] = time.split(':');
  const date = new Date(Date.UTC(2000, 0, 1, Number(hours), Number(minutes)));
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date);
}

export function formatDay(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function formatMiles(miles: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: miles < 10 ? 1 : 0 }).format(miles);
}
