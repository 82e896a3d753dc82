import { evaluate } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import { ContentError } from './issues';

type CompileFailure = { line?: number; reason?: string; message?: string };

export type PageHeading = { id: string; text: string };

type HastNode = { type: string; tagName?: string; value?: string; properties?: { id?: unknown }; children?: HastNode[] };

function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/** A rehype plugin (run after rehype-slug) that records each h2, for the "On this page" list. */
function collectHeadings(headings: PageHeading[]) {
  return () => (tree: HastNode) => {
    const walk = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'h2' && typeof node.properties?.id === 'string') {
        headings.push({ id: node.properties.id, text: textOf(node).trim() });
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

/**
 * Compiles a whole MDX file (frontmatter included, so reported lines match the file) into a
 * component. Components are supplied at render time, so the same code serves pages and checks.
 */
export async function compileMdx(source: string, file: string): Promise<MDXContent> {
  return (await compileMdxWithOutline(source, file)).Content;
}

/** Like compileMdx, and also returns the page's h2 headings with their ids. */
export async function compileMdxWithOutline(source: string, file: string): Promise<{ Content: MDXContent; headings: PageHeading[] }> {
  const headings: PageHeading[] = [];
  try {
    const { default: Content } = await evaluate(source, {
      ...runtime,
      remarkPlugins: [[remarkFrontmatter, ['yaml']]],
      rehypePlugins: [rehypeSlug, collectHeadings(headings)],
    });
    return { Content, headings };
  } catch (error) {
    const failure = error as CompileFailure;
    throw new ContentError([
      {
        file,
        // An unclosed tag at the end of the file has no position, only "(7:1-7:22)" in its text.
        line: failure.line ?? lineInText(failure.reason ?? failure.message),
        message: `the MDX does not compile: ${failure.reason ?? failure.message ?? 'unknown error'}. Check that every <Component> is closed and that a { or < in text is written out in words.`,
      },
    ]);
  }
}

function lineInText(text: string | undefined): number | undefined {
  const line = text ? /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(text)?.[1] : undefined;
  return line ? Number(line) : undefined;
}
