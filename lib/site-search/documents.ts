/**
 * The pages and handouts of one language as search documents, read from content/ (CONTENT_DIR)
 * the same way the site renders them: one document per section, the part before the first h2
 * (with the page's title and description) and each h2 with what follows it, so a result can say
 * where on the page the words are and link straight to that heading.
 */
import type { Nodes, Root, RootContent } from 'mdast';
// rehype-slug gives the rendered headings their ids with this slugger; using it here keeps links in step.
import GithubSlugger from 'github-slugger';
import type { Locale } from '@/i18n/routing';
import { attributeValue, isJsxElement, parseMdxTree, type JsxElement } from '@/lib/content/mdx-tree';
import { HANDOUTS_DIR, HOME_SLUG, listPageSlugs, loadPage } from '@/lib/content/pages';
import { loadPlan } from '@/lib/content/plan';
import { extractProse } from '@/lib/content/readability';
import type { Plan } from '@/lib/content/schemas';
import { localePath } from '@/i18n/alternates';

export type PageKind = 'page' | 'handout';

export type SearchSection = {
  /** The heading's id on the rendered page; undefined for the part before the first h2. */
  anchor?: string;
  heading?: string;
  text: string;
};

export type SearchPage = {
  slug: string;
  kind: PageKind;
  /** The page's address with its language, e.g. /es/handouts/medical-equipment. */
  href: string;
  title: string;
  description: string;
  sections: SearchSection[];
};

export function pageHref(locale: Locale, slug: string): string {
  return localePath(locale, slug === HOME_SLUG ? '/' : slug);
}

/** What a self-closing component shows on the page, so snippets read as the page does and "OHP" finds <Program />. */
function spokenText(element: JsxElement, plan: Plan, locale: Locale): string | undefined {
  switch (element.name) {
    case 'PlanName':
      return plan.name;
    case 'Program':
      return plan.program[locale];
    case 'ServiceArea':
      return plan.serviceArea[locale];
    case 'Hours':
      return plan.hours[locale];
    case 'Phone':
      return plan.phones[attributeValue(element, 'name') ?? '']?.number;
    case 'Tty':
      return `TTY ${plan.phones.tty?.number ?? ''}`.trim();
    default:
      return undefined;
  }
}

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}

/** Components whose children each have a title members read as a heading (<Step>, <CareOption>). */
const TITLED_LISTS = new Set(['Checklist', 'CareGuide']);

/**
 * Splits a page's tree at each h2 and h3, and gives each <Step> and <CareOption> a section of its
 * own (linked to the heading above it, as they have no id). Every heading takes a slug in order, as
 * rehype-slug does when the page renders, so the anchors match.
 */
export function pageSections(tree: Root, spoken: (element: JsxElement) => string | undefined): SearchSection[] {
  const slugger = new GithubSlugger();
  const groups: { anchor?: string; heading?: string; nodes: RootContent[] }[] = [{ nodes: [] }];
  let current: { anchor?: string; heading?: string } = {};
  const slugHeadings = (node: Nodes) => {
    if (node.type === 'heading') slugger.slug(plainText(node));
    else if ('children' in node && isJsxElement(node)) node.children.forEach(slugHeadings);
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && node.depth <= 3) {
      current = { anchor: slugger.slug(plainText(node)), heading: plainText(node).trim() };
      groups.push({ ...current, nodes: [] });
    } else if (isJsxElement(node) && TITLED_LISTS.has(node.name ?? '')) {
      slugHeadings(node);
      for (const child of node.children) {
        const title = isJsxElement(child) ? attributeValue(child, 'title') : undefined;
        if (title) groups.push({ anchor: current.anchor, heading: title, nodes: [child as RootContent] });
        else groups.at(-1)?.nodes.push(child as RootContent);
      }
      // What follows the list belongs to the heading above it again.
      groups.push({ ...current, nodes: [] });
    } else {
      slugHeadings(node);
      groups.at(-1)?.nodes.push(node);
    }
  }
  return groups.map(({ anchor, heading, nodes }) => {
    const text = extractProse({ type: 'root', children: nodes }, spoken).replace(/\s*\n\s*\n\s*/g, ' · ');
    // A <Step>'s title opens its text too; the heading already says it.
    return { anchor, heading, text: heading && text.startsWith(`${heading} · `) ? text.slice(heading.length + 3) : text };
  });
}

export function readSearchPages(locale: Locale): SearchPage[] {
  const plan = loadPlan();
  return listPageSlugs(locale).map((slug) => {
    const { frontmatter, source } = loadPage(locale, slug);
    const sections = pageSections(parseMdxTree(source), (element) => spokenText(element, plan, locale));
    return {
      slug,
      kind: slug.startsWith(`${HANDOUTS_DIR}/`) ? 'handout' : 'page',
      href: pageHref(locale, slug),
      title: frontmatter.title,
      description: frontmatter.description,
      sections: sections.filter((section, index) => index === 0 || section.text),
    };
  });
}
