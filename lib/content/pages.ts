import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { ContentError, type ContentIssue } from './issues';
import { contentDir, displayPath } from './paths';
import { pageFrontmatterSchema, type PageFrontmatter } from './schemas';
import { parseYaml } from './yaml-source';

/** The welcome page's file; every other file's slug is its address. */
export const HOME_SLUG = 'home';
export const HANDOUTS_DIR = 'handouts';
/** The section for clinics and practitioners: providers.mdx is its index, providers/*.mdx its pages. */
export const PROVIDERS_DIR = 'providers';

export type PageSource = {
  locale: Locale;
  slug: string;
  file: string;
  source: string;
  frontmatter?: PageFrontmatter;
  issues: ContentIssue[];
};

export function pageFilePath(locale: Locale, slug: string): string {
  return path.join(contentDir(), locale, `${slug}.mdx`);
}

/** Every page slug in a language, e.g. "home", "primary-care", "handouts/medical-equipment". */
export function listPageSlugs(locale: Locale): string[] {
  const root = path.join(contentDir(), locale);
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length).split(path.sep).join('/'))
    .sort();
}

export function listHandoutSlugs(locale: Locale): string[] {
  return listPageSlugs(locale)
    .filter((slug) => slug.startsWith(`${HANDOUTS_DIR}/`))
    .map((slug) => slug.slice(HANDOUTS_DIR.length + 1));
}

/** Top-level pages served by the [slug] route (not the home page, not handouts). */
export function listTopLevelSlugs(locale: Locale): string[] {
  return listPageSlugs(locale).filter((slug) => !slug.includes('/') && slug !== HOME_SLUG);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readPage(locale: Locale, slug: string): PageSource {
  const absolute = pageFilePath(locale, slug);
  const file = displayPath(absolute);
  if (!fs.existsSync(absolute)) {
    return { locale, slug, file, source: '', issues: [{ file, message: 'this page is missing' }] };
  }
  const source = fs.readFileSync(absolute, 'utf8');
  const match = FRONTMATTER.exec(source);
  if (!match?.[1]) {
    return {
      locale,
      slug,
      file,
      source,
      issues: [{ file, line: 1, message: 'the page must start with a frontmatter block between two "---" lines (title, description, lastReviewed, sources)' }],
    };
  }
  const { data, issues } = parseYaml(match[1], pageFrontmatterSchema, file, 2);
  return { locale, slug, file, source, frontmatter: data, issues };
}

export function loadPage(locale: Locale, slug: string): PageSource & { frontmatter: PageFrontmatter } {
  const page = readPage(locale, slug);
  if (!page.frontmatter || page.issues.length > 0) throw new ContentError(page.issues);
  return page as PageSource & { frontmatter: PageFrontmatter };
}

export function pageExists(locale: Locale, slug: string): boolean {
  return fs.existsSync(pageFilePath(locale, slug));
}
