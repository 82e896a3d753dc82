/**
 * content:check for the search words files (lib/content/check.ts calls checkSearchWords): the
 * schema problems readSearchWords finds, and a member word listed in two entries.
 */
import fs from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { routing } from '@/i18n/routing';
import type { ContentIssue } from '@/lib/content/issues';
import { displayPath } from '@/lib/content/paths';
import { foldedWords } from './normalize';
import { readSearchWords, synonymsFilePath, type SearchWords } from './synonyms';

/** For content:check: both languages' files. */
export function checkSearchWords(): ContentIssue[] {
  return routing.locales.flatMap((locale) => {
    const { words, issues } = readSearchWords(locale);
    if (issues.length > 0) return issues;
    const absolute = synonymsFilePath(locale);
    return fs.existsSync(absolute) ? duplicateWords(words, fs.readFileSync(absolute, 'utf8'), displayPath(absolute)) : [];
  });
}

const key = (text: string) => foldedWords(text).join(' ');

/** A member word listed twice would expand to whichever entry came first: say so, with both lines. */
function duplicateWords(data: SearchWords, text: string, file: string): ContentIssue[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineOf = (field: string) => {
    const node: unknown = document.getIn(
      field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      true,
    );
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const seen = new Map<string, string>();
  const issues: ContentIssue[] = [];
  data.synonyms.forEach((entry, entryIndex) => {
    entry.words.forEach((word, wordIndex) => {
      const field = `synonyms.${entryIndex}.words.${wordIndex}`;
      const first = seen.get(key(word));
      if (first === undefined) {
        seen.set(key(word), field);
        return;
      }
      const firstLine = lineOf(first);
      issues.push({
        file,
        line: lineOf(field),
        field,
        message: `"${word}" is already listed${firstLine ? ` on line ${firstLine}` : ''}: keep each word in one entry only (move this entry's other words there)`,
      });
    });
  });
  return issues;
}
