/**
 * How page text and queries become search tokens, the same way for both, per language:
 * lowercase, split on anything that is not a letter or digit, drop the little words, stem
 * ("medicamentos" → "medicament") and fold accents ("José" → "jose").
 *
 * Orama matches a query token against every page token it starts. So a page's word is indexed
 * three ways: its stem with the accents folded afterwards, the stem of the word without accents,
 * and the word itself without accents. A page's "medicación" then matches a member's "medicacion"
 * (which the Spanish stemmer treats differently). A query's short words are searched as typed, not
 * stemmed: "meds" stemmed is "med", which starts "medical" as well as "medicines".
 */
import type { Tokenizer } from '@orama/orama';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import type { Locale } from '@/i18n/routing';
import { foldDiacritics } from './normalize';

const languages = {
  en: {
    name: 'english',
    stem: englishStemmer,
    // Words that say nothing about what a member is looking for ("how do I get to the ER").
    stopWords: 'a an and are as at be by can do does for from get how i in is it me my of on or the to what when where who with you your',
  },
  es: {
    name: 'spanish',
    stem: spanishStemmer,
    stopWords: 'a al como con cual de del el en es la las lo los me mi mis o para por que se su sus un una unas unos y yo',
  },
} as const;

/** Shorter words are dropped: "s" from "PCP's" would otherwise match every word starting with s. */
const MIN_WORD_LENGTH = 2;
/** Query words shorter than this are not stemmed. */
const MIN_STEMMED_QUERY_WORD = 5;

export type TokenMaker = {
  language: string;
  /** Tokens of page text (`forIndex`) or of a query. */
  tokensOf: (text: string, forIndex?: boolean) => string[];
  /** The tokens of one word of page text. */
  formsOf: (word: string) => string[];
};

export function tokenMaker(locale: Locale): TokenMaker {
  const { name, stem, stopWords } = languages[locale];
  const ignored = new Set(stopWords.split(' '));
  const cache = new Map<string, string[]>();
  const forms = (word: string, forIndex: boolean): string[] => {
    const lower = word.toLocaleLowerCase();
    const cacheKey = `${forIndex ? 'i' : 'q'}:${lower}`;
    const known = cache.get(cacheKey);
    if (known) return known;
    const folded = foldDiacritics(lower);
    let result: string[];
    if (folded.length < MIN_WORD_LENGTH || ignored.has(folded)) result = [];
    else if (!forIndex && folded.length < MIN_STEMMED_QUERY_WORD) result = [folded];
    else result = [...new Set([foldDiacritics(stem(lower)), stem(folded), ...(forIndex ? [folded] : [])])];
    cache.set(cacheKey, result);
    return result;
  };
  const tokensOf = (text: string, forIndex = false) => [...new Set(text.split(/[^\p{L}\p{N}]+/u).flatMap((word) => (word ? forms(word, forIndex) : [])))];
  return { language: name, tokensOf, formsOf: (word) => forms(word, true) };
}

/** The same tokens as an Orama tokenizer. Orama names the field when it indexes a document, and none when it tokenizes a query. */
export function oramaTokenizer(locale: Locale): Tokenizer {
  const maker = tokenMaker(locale);
  return {
    language: maker.language,
    normalizationCache: new Map(),
    tokenize: (raw, _language, field) => maker.tokensOf(String(raw ?? ''), field !== undefined),
  };
}
