import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The same syntax compileMdx accepts: Markdown + MDX + a YAML frontmatter block. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** Parses an MDX file to mdast (lines match the file). Throws on MDX that does not compile. */
export function parseMdxTree(source: string): Root {
  return parser.parse(source);
}

export type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
export type JsxAttribute = JsxElement['attributes'][number];

export function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function lineOf(node: { position?: { start: { line: number } } | undefined }): number | undefined {
  return node.position?.start.line;
}

/** Visits every node depth-first, with the chain of ancestors (nearest last). */
export function walk(node: Nodes, visit: (node: Nodes, ancestors: readonly Nodes[]) => void, ancestors: Nodes[] = []): void {
  visit(node, ancestors);
  if ('children' in node) {
    ancestors.push(node);
    for (const child of node.children) walk(child, visit, ancestors);
    ancestors.pop();
  }
}

/** A string attribute's value; undefined when absent, null when written as a bare name or an {expression}. */
export function attributeValue(element: JsxElement, name: string): string | null | undefined {
  const attribute = element.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}
