/**
 * The site's own words in one language: every word of its pages and handouts (titles, descriptions,
 * sections) and of its search words file (synonyms and suggestions), as search tokens. A search made
 * only of these words says nothing about who typed it, so it may be counted and shown to staff at once;
 * any other word (a name, a diagnosis the site never mentions) may be something personal.
 */
import type { SearchPage } from './documents';
import type { SearchWords } from './synonyms';
import type { TokenMaker } from './tokenizer';

export type SiteVocabulary = {
  /** Whether every word of the query is one of the site's (little words like "the" always are). */
  covers(query: string): boolean;
};

export function buildVocabulary(pages: readonly SearchPage[], words: SearchWords, tokens: TokenMaker): SiteVocabulary {
  const known = new Set<string>();
  const add = (text: string) => {
    for (const token of tokens.tokensOf(text, true)) known.add(token);
  };
  for (const page of pages) {
    add(page.title);
    add(page.description);
    for (const section of page.sections) add(`${section.heading ?? ''} ${section.text}`);
  }
  for (const synonym of words.synonyms) add([...synonym.words, ...synonym.alsoSearch].join(' '));
  add(words.suggestions.join(' '));
  return {
    covers(query) {
      const queryWords = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (queryWords.length === 0) return false;
      // A word the tokenizer drops (a little word like "to", or one letter) names no one. A kept word
      // is the site's when one of its forms is: "doctors" shares its stem with a page's "doctor".
      return queryWords.every((word) => {
        const forms = tokens.tokensOf(word, true);
        return forms.length === 0 || forms.some((form) => known.has(form));
      });
    },
  };
}
