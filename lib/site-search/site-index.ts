/**
 * The search index of one language, built with Orama from content/ (CONTENT_DIR): one document per
 * page (title, description) and one per section, with the language's stemmer and accent folding
 * (tokenizer.ts). A page ranks by its title and description, its best section and a quarter of its
 * other sections: a page about a topic beats one that mentions it once.
 */
import { create, insertMultiple, search } from '@orama/orama';
import type { Locale } from '@/i18n/routing';
import { readSearchPages, type PageKind, type SearchPage } from './documents';
import { synonymsFor } from './expand';
import { snippet, type SnippetSegment } from './snippet';
import { loadSearchWords, type SearchWords } from './synonyms';
import { oramaTokenizer, tokenMaker, type TokenMaker } from './tokenizer';
import { buildVocabulary, type SiteVocabulary } from './vocabulary';

const schema = { title: 'string', heading: 'string', description: 'string', body: 'string' } as const;
const searchedFields = ['title', 'heading', 'description', 'body'] as const;
/** A word in a page's title says more than one in its text. */
const boost = { title: 4, heading: 2, description: 1.5, body: 1 };
/** Handouts repeat their page in short; when both match alike, the page comes first. */
const HANDOUT_WEIGHT = 0.9;
const OTHER_SECTIONS_WEIGHT = 0.25;
/** Only words this long are retried with one typo allowed ("medicnes"). */
const TYPO_MIN_LENGTH = 5;

export type SiteIndex = {
  locale: Locale;
  pages: SearchPage[];
  words: SearchWords;
  tokens: TokenMaker;
  /** The words of the pages and the search words file: what a miss may be made of to be kept at once. */
  vocabulary: SiteVocabulary;
  database: ReturnType<typeof createDatabase>;
  documentCount: number;
};

export type SiteSearchHit = {
  href: string;
  title: string;
  kind: PageKind;
  /** The heading of the section the words were found in, when not the top of the page. */
  section?: string;
  snippet: SnippetSegment[];
};

function createDatabase(locale: Locale) {
  return create({ schema, components: { tokenizer: oramaTokenizer(locale) } });
}

export async function buildSiteIndex(locale: Locale): Promise<SiteIndex> {
  const pages = readSearchPages(locale);
  const database = createDatabase(locale);
  // A document for each page (its title and description) and one for each of its sections, so a
  // word in the title counts once for the page, not once for every section.
  const documents = pages.flatMap((page, pageIndex) => [
    { id: `${pageIndex}`, title: page.title, description: page.description },
    ...page.sections.map((section, sectionIndex) => ({ id: `${pageIndex}.${sectionIndex}`, heading: section.heading ?? '', body: section.text })),
  ]);
  await insertMultiple(database, documents);
  const words = loadSearchWords(locale);
  const tokens = tokenMaker(locale);
  return { locale, pages, words, tokens, vocabulary: buildVocabulary(pages, words, tokens), database, documentCount: documents.length };
}

/** The pages that match, best first, each with the section and words that matched. */
export async function searchSiteIndex(index: SiteIndex, query: string): Promise<SiteSearchHit[]> {
  const term = [query, ...synonymsFor(query, index.words)].join(' ');
  const queryTokens = index.tokens.tokensOf(term, false);
  if (queryTokens.length === 0) return [];
  const run = (tolerance: number) =>
    search(index.database, { term, properties: [...searchedFields], boost, tolerance, limit: index.documentCount, threshold: 1 });
  let result = await run(0);
  if (result.count === 0 && queryTokens.some((token) => token.length >= TYPO_MIN_LENGTH)) result = await run(1);

  const byPage = new Map<number, { pageScore: number; best: number; bestSection: number; total: number }>();
  for (const hit of result.hits) {
    const [pageIndex, sectionIndex] = hit.id.split('.').map(Number) as [number, number | undefined];
    const entry = byPage.get(pageIndex) ?? { pageScore: 0, best: 0, bestSection: 0, total: 0 };
    if (sectionIndex === undefined) entry.pageScore = hit.score;
    else {
      entry.total += hit.score;
      if (hit.score > entry.best) Object.assign(entry, { best: hit.score, bestSection: sectionIndex });
    }
    byPage.set(pageIndex, entry);
  }
  const isMatch = (word: string) => index.tokens.formsOf(word).some((form) => queryTokens.some((token) => form.startsWith(token)));
  return [...byPage.entries()]
    .map(([pageIndex, { pageScore, best, bestSection, total }]) => {
      const page = index.pages[pageIndex] as SearchPage;
      const weight = page.kind === 'handout' ? HANDOUT_WEIGHT : 1;
      const score = (pageScore + best + OTHER_SECTIONS_WEIGHT * (total - best)) * weight;
      return { pageIndex, score, page, section: page.sections[bestSection] };
    })
    .sort((a, b) => b.score - a.score || a.pageIndex - b.pageIndex)
    .map(({ page, section }) => ({
      href: section?.anchor ? `${page.href}#${section.anchor}` : page.href,
      title: page.title,
      kind: page.kind,
      section: section?.heading,
      snippet: bestSnippet([section?.text ?? '', page.description], isMatch),
    }));
}

/** The first text with a matched word in it; else the first that has any text (the words were in a title). */
function bestSnippet(texts: string[], isMatch: (word: string) => boolean): SnippetSegment[] {
  const candidates = texts.filter((text) => text.trim()).map((text) => snippet(text, isMatch));
  return candidates.find((segments) => segments.some((segment) => segment.match)) ?? candidates[0] ?? [];
}
