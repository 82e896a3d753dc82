import type { Nodes, Root } from 'mdast';
import { syllable } from 'syllable';
import { isJsxElement, type JsxElement } from './mdx-tree';

/** Attributes whose values members read as headings (CareOption title/when, Step title, Callout title). */
const PROSE_ATTRIBUTES = new Set(['title', 'when']);

/** Blank lines separate blocks; each block is at least one sentence even without a full stop. */
const BLOCK_BREAK = /\n\s*\n/;
/** A full stop, ! or ? followed by a space and a word that does not start in lower case ("8 a.m. to 5" is one sentence). */
const SENTENCE_END = /(?<=[.!?])["'”’)\]]*\s+(?=[^\s\p{Ll}])/u;

export type TextStats = { words: number; sentences: number; syllables: number };

function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

export function textStats(text: string): TextStats {
  const stats: TextStats = { words: 0, sentences: 0, syllables: 0 };
  for (const block of text.split(BLOCK_BREAK)) {
    for (const sentence of block.split(SENTENCE_END)) {
      const words = wordsOf(sentence);
      if (words.length === 0) continue;
      stats.sentences += 1;
      stats.words += words.length;
      stats.syllables += words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
    }
  }
  return stats;
}

/**
 * Flesch-Kincaid grade level: 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
 * Sentences end with . ! or ?; blank lines also end one (headings and list items are separate).
 * Text without words scores 0.
 */
export function readingGrade(text: string): number {
  const { words, sentences, syllables } = textStats(text);
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * The prose of an MDX page as plain text for readingGrade: one block per paragraph, heading,
 * list-item paragraph, table cell and prose attribute (title, when), separated by blank lines so
 * each counts as at least one sentence. Frontmatter, code, imports and expressions are left out.
 * Components give their text children; `spoken` may supply what a self-closing one shows
 * (<PlanName /> → the plan's name) so the sentence is graded as members read it.
 */
export function extractProse(tree: Root, spoken: (element: JsxElement) => string | undefined = () => undefined): string {
  const blocks: string[] = [];
  /** The text of inline content; code and {expressions} are skipped. */
  const inlineText = (node: Nodes): string => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'inlineCode':
      case 'code':
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
      case 'yaml':
      case 'html':
        return '';
      case 'break':
        return ' ';
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        if (node.children.length === 0) return spoken(node) ?? '';
        return node.children.map(inlineText).join('');
      default:
        return 'children' in node ? node.children.map(inlineText).join('') : '';
    }
  };
  const add = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) blocks.push(clean);
  };
  const addAttributes = (node: Nodes): void => {
    if (!isJsxElement(node)) return;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && PROSE_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') {
        add(attribute.value);
      }
    }
  };
  const addNestedAttributes = (node: Nodes): void => {
    addAttributes(node);
    if ('children' in node) for (const child of node.children) addNestedAttributes(child);
  };
  const visit = (node: Nodes): void => {
    addAttributes(node);
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        add(inlineText(node));
        for (const child of node.children) addNestedAttributes(child);
        return;
      case 'code':
      case 'yaml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'html':
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child);
    }
  };
  visit(tree);
  return blocks.join('\n\n');
}
