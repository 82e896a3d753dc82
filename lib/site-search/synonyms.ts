/**
 * The staff-edited search words of each language (content/{locale}/search-synonyms.yaml): the
 * words members use mapped to the words our pages use, and the searches to suggest when one finds
 * nothing. Read and validated with a strict schema; every problem names the file, line and field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { ContentError, type ContentIssue } from '@/lib/content/issues';
import { contentDir, displayPath } from '@/lib/content/paths';
import { parseYaml } from '@/lib/content/yaml-source';
import { foldedWords } from './normalize';

export const SYNONYMS_FILE_NAME = 'search-synonyms.yaml';

const phrase = z
  .string({ error: 'write a word or a few words here, like "meds" (put it in quotes if it has a colon)' })
  .trim()
  .min(2, 'this is too short: write at least two letters')
  .max(60, 'keep each entry to 60 characters or fewer')
  .refine((text) => foldedWords(text).length > 0, 'write words with letters or digits in them');

const phraseList = (what: string) =>
  z.array(phrase, { error: `write ${what} as a list in square brackets, like [meds, pills]` }).min(1, `list at least one of ${what}`);

const synonymSchema = z.strictObject({
  words: phraseList('the words members type'),
  alsoSearch: phraseList('the words our pages use'),
});

export const searchWordsSchema = z.strictObject({
  suggestions: z.array(phrase, { error: 'list the suggested searches, one per line starting with "- "' }).max(8, 'suggest at most 8 searches').default([]),
  synonyms: z.array(synonymSchema, { error: 'list the synonyms, each starting with "- words:"' }).default([]),
});
export type SearchWords = z.infer<typeof searchWordsSchema>;

export function synonymsFilePath(locale: Locale): string {
  return path.join(contentDir(), locale, SYNONYMS_FILE_NAME);
}

/** The file's words and any problems; a missing file means no synonyms and no suggestions. */
export function readSearchWords(locale: Locale): { words: SearchWords; issues: ContentIssue[] } {
  const absolute = synonymsFilePath(locale);
  const empty: SearchWords = { suggestions: [], synonyms: [] };
  if (!fs.existsSync(absolute)) return { words: empty, issues: [] };
  const file = displayPath(absolute);
  const text = fs.readFileSync(absolute, 'utf8');
  const { data, issues } = parseYaml(text, searchWordsSchema, file);
  if (!data) return { words: empty, issues };
  return { words: data, issues };
}

export function loadSearchWords(locale: Locale): SearchWords {
  const { words, issues } = readSearchWords(locale);
  if (issues.length > 0) throw new ContentError(issues);
  return words;
}
