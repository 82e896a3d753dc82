/**
 * What a member typed into the site search, made safe to use: it arrives in the address (a GET
 * form), so it can be anything: empty, repeated, a thousand characters, control characters, an
 * emoji cut in half. Normalizing never throws.
 */
import { hasControlCharacters, withoutControlCharacters } from '@/lib/forms/control-characters';

/** Longer queries are cut to this many characters, never refused. */
export const MAX_QUERY_LENGTH = 100;

export type NormalizedQuery = {
  /** As typed (spaces collapsed, cut to MAX_QUERY_LENGTH): what the page shows back. */
  text: string;
  /** Lowercased `text`: how a search that found nothing is counted (SiteSearchMiss.query). */
  key: string;
  /** The query was longer than MAX_QUERY_LENGTH, and only its start is used. */
  cut: boolean;
  /** It held a control character (a NUL byte, say): nothing is searched or counted; `text` is the rest. */
  refused: boolean;
};

/** The `q` parameter of /{locale}/search, whatever shape it came in (the last value wins, as elsewhere). */
export function normalizeQuery(raw: string | readonly string[] | undefined | null): NormalizedQuery {
  const value = String(typeof raw === 'string' ? raw : Array.isArray(raw) ? (raw.at(-1) ?? '') : '');
  // Tab and line breaks are whitespace here (tidied below); other control characters refuse the query.
  const cleaned = withoutControlCharacters(value, { multiLine: true })
    .normalize('NFC')
    // Control and format characters (including lone surrogates' neighbours) are never words.
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // Cut by code points so an accented letter or emoji is never split in half.
  const characters = Array.from(cleaned);
  const text = characters.slice(0, MAX_QUERY_LENGTH).join('').trim();
  // Lowercasing can lengthen a few letters (İ → i̇), so the key is cut again.
  return {
    text,
    key: Array.from(text.toLocaleLowerCase()).slice(0, MAX_QUERY_LENGTH).join(''),
    cut: characters.length > MAX_QUERY_LENGTH,
    refused: hasControlCharacters(value, { multiLine: true }),
  };
}

/** "José" → "jose", "ñ" → "n": members on phones often leave accents out. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** The words of a text, lowercased and without accents, split on anything that is not a letter or digit. */
export function foldedWords(text: string): string[] {
  return foldDiacritics(text.toLocaleLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether the phrase's words (from foldedWords) start at `start` in the query's, each also in the plural: "pills" for "pill". */
export function phraseAt(queryWords: readonly string[], phraseWords: readonly string[], start: number): boolean {
  const matches = (typed: string, wanted: string) => typed === wanted || typed === `${wanted}s` || typed === `${wanted}es`;
  return phraseWords.length > 0 && phraseWords.every((word, offset) => matches(queryWords[start + offset] ?? '', word));
}

/** Whether the phrase appears anywhere in the query: "dentists near me" asks for a dentist. */
export function containsPhrase(queryWords: readonly string[], phraseWords: readonly string[]): boolean {
  for (let start = 0; start + phraseWords.length <= queryWords.length; start += 1) {
    if (phraseAt(queryWords, phraseWords, start)) return true;
  }
  return false;
}
