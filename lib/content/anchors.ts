import GithubSlugger from 'github-slugger';
import type { Nodes } from 'mdast';
import type { Locale } from '@/i18n/routing';
import { isJsxElement, parseMdxTree, walk } from './mdx-tree';
import { readPage } from './pages';

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}

/**
 * The anchor of the ## section that holds a component on a page, e.g. the care guide on
 * primary-care: "where-to-go-for-care" in English, "adónde-ir-para-recibir-atención" in Spanish.
 * Headings take their slugs in order, as rehype-slug gives them when the page renders, so a link
 * made here lands on the heading whatever staff call it. Undefined when the page or component is missing.
 */
export function sectionAnchorOf(locale: Locale, slug: string, component: string): string | undefined {
  const page = readPage(locale, slug);
  if (!page.frontmatter) return undefined;
  const slugger = new GithubSlugger();
  let section: string | undefined;
  let found: string | undefined;
  let seen = false;
  walk(parseMdxTree(page.source), (node) => {
    if (node.type === 'heading') {
      const anchor = slugger.slug(plainText(node));
      if (node.depth === 2 && !seen) section = anchor;
    } else if (isJsxElement(node) && node.name === component && !seen) {
      seen = true;
      found = section;
    }
  });
  return found;
}
