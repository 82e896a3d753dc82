/**
 * How a member's words meet a drug's names: exact, then the start of a name or of a word in it, then
 * a forgiving match for a misspelling (at most one letter wrong in a short word, two in a longer one).
 * Pure, so it is tested without a database; the database only narrows the candidates first.
 */
import { foldName } from './mapping';
import type { DrugMatchKind } from './types';

export type NameMatch = { name: string; kind: DrugMatchKind; rank: number };

/** Levenshtein distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Words this short must be typed right: one wrong letter in four is another word. */
export const EXACT_UP_TO = 4;
const allowedEdits = (query: string) => (query.length <= EXACT_UP_TO ? 0 : query.length <= 7 ? 1 : 2);

/**
 * The best way `query` matches one of the names (generic first, then brands, then other names), or
 * null. Lower ranks are better: exact 0, start of the name 1, start of a word 2, forgiving 3 + edits.
 */
export function matchNames(query: string, names: { generic: string; brands: string[]; others: string[] }): NameMatch | null {
  const folded = foldName(query);
  if (folded === '') return null;
  const candidates: [string, DrugMatchKind][] = [
    [names.generic, 'generic'],
    ...names.brands.map((name): [string, DrugMatchKind] => [name, 'brand']),
    ...names.others.map((name): [string, DrugMatchKind] => [name, 'other-name']),
  ];
  let best: NameMatch | null = null;
  const consider = (match: NameMatch) => {
    if (!best || match.rank < best.rank) best = match;
  };
  for (const [name, kind] of candidates) {
    const text = foldName(name);
    if (text === folded) consider({ name, kind, rank: 0 });
    else if (text.startsWith(folded)) consider({ name, kind, rank: 1 });
    else if (text.split(/[\s/-]+/).some((word) => word.startsWith(folded))) consider({ name, kind, rank: 2 });
    else {
      const edits = Math.min(
        ...text.split(/[\s/-]+/).map((word) => editDistance(folded, word, allowedEdits(folded))),
        editDistance(folded, text, allowedEdits(folded)),
      );
      if (edits <= allowedEdits(folded)) consider({ name, kind: 'forgiving', rank: 3 + edits });
    }
  }
  return best;
}
