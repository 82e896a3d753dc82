/** A short extract of a section around the first matched word, as plain segments the page wraps in <mark>. */

export type SnippetSegment = { text: string; match: boolean };

/** Words of context kept before the first match, and the snippet's length in words. */
const WORDS_BEFORE = 8;
const SNIPPET_WORDS = 32;

export function snippet(text: string, isMatch: (word: string) => boolean): SnippetSegment[] {
  // Alternating separators and words: ["", "Call", " ", "us", "."]; words sit at odd positions.
  const parts = text.split(/([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/u);
  const wordPositions = parts.flatMap((_, index) => (index % 2 === 1 ? [index] : []));
  const firstMatch = wordPositions.findIndex((position) => isMatch(parts[position] ?? ''));
  const startWord = Math.max(0, firstMatch - WORDS_BEFORE);
  const endWord = Math.min(wordPositions.length, startWord + SNIPPET_WORDS);
  if (wordPositions.length === 0) return text.trim() ? [{ text: text.trim(), match: false }] : [];

  const from = wordPositions[startWord] ?? 0;
  const to = wordPositions[endWord - 1] ?? parts.length - 1;
  const segments: SnippetSegment[] = [];
  const push = (value: string, match: boolean) => {
    const last = segments.at(-1);
    if (last && last.match === match) last.text += value;
    else if (value) segments.push({ text: value, match });
  };
  if (startWord > 0) push('… ', false);
  for (let index = from; index <= to; index += 1) {
    const part = parts[index] ?? '';
    push(part, index % 2 === 1 && isMatch(part));
  }
  // Keep a closing full stop or question mark; anything cut off is marked with an ellipsis.
  const after = parts[to + 1] ?? '';
  if (endWord < wordPositions.length) push(' …', false);
  else push(after.trimEnd(), false);
  return segments;
}
