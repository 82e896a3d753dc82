/**
 * Synonym expansion: the words members use ("meds", "ER", "medicinas") bring in the words our
 * pages use (medicines, emergency room, medicamentos) before searching. A member word matches
 * whole words of the query, accents and case aside, and also in the plural ("pills" for "pill").
 * Longer phrases win: in "switch doctor" the entry for "switch doctor" applies, not the one for
 * "doctor", so the search is about switching, not about doctors in general.
 */
import { foldedWords, phraseAt } from './normalize';
import type { SearchWords } from './synonyms';

/** The phrases to search for besides the query itself (each at most once). */
export function synonymsFor(query: string, words: SearchWords): string[] {
  const queryWords = foldedWords(query);
  const phrases = words.synonyms
    .flatMap((entry) => entry.words.map((phrase) => ({ words: foldedWords(phrase), entry })))
    .sort((a, b) => b.words.length - a.words.length);
  const used = new Set<number>();
  const extra = new Set<string>();
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.words.length <= queryWords.length; start += 1) {
      const positions = phrase.words.map((_, offset) => start + offset);
      if (positions.some((position) => used.has(position)) || !phraseAt(queryWords, phrase.words, start)) continue;
      positions.forEach((position) => used.add(position));
      phrase.entry.alsoSearch.forEach((text) => extra.add(text));
    }
  }
  return [...extra];
}
