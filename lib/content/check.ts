import { routing, type Locale } from '@/i18n/routing';
import { checkSearchWords } from '@/lib/site-search/check-synonyms';
import { synonymsFilePath } from '@/lib/site-search/synonyms';
import { checkAlerts } from './check-alerts';
import { checkPageEmails } from './check-emails';
import { checkContentFiles } from './check-files';
import { checkMdxTree, checkPagePhones } from './check-mdx';
import { checklistParity, pageParity, type CheckedPage } from './check-parity';
import { checkMessages, defaultMessagesDir } from './check-messages';
import { ContentError, type ContentIssue } from './issues';
import { compileMdx } from './mdx';
import { parseMdxTree } from './mdx-tree';
import { pageReadingGrade } from './page-grade';
import { listPageSlugs, pageFilePath, readPage } from './pages';
import { contentDir, displayPath } from './paths';
import { readPlan } from './plan';
import { knownPaths } from './routes';
import type { Plan } from './schemas';
import { readTaglines } from './taglines';

export type ReadingGrade = { file: string; grade: number };
export type CheckResult = { issues: ContentIssue[]; grades: ReadingGrade[] };
export type CheckOptions = { /** where en.json and es.json are; default messages/ in the project */ messagesDir?: string };

/** English pages should read at this grade or below (a warning, not an issue). */
export const MAX_READING_GRADE = 8;

/**
 * Checks every content file against docs/content-guide.md. Never throws on bad content: each
 * problem becomes an issue with the file, the line and field where known, and how to fix it.
 */
export async function checkContent(options: CheckOptions = {}): Promise<CheckResult> {
  const issues: ContentIssue[] = [];
  const grades: ReadingGrade[] = [];
  const guard = async (file: string, step: () => unknown) => {
    try {
      await step();
    } catch (error) {
      if (error instanceof ContentError) issues.push(...error.issues);
      else issues.push({ file, message: `could not be checked: ${(error as Error).message ?? String(error)}` });
    }
  };

  let plan: Plan | undefined;
  await guard(displayPath(contentDir()), () => {
    const result = readPlan();
    plan = result.plan;
    issues.push(...result.issues, ...readTaglines().issues);
  });
  await guard(displayPath(`${contentDir()}/alerts`), () => issues.push(...checkAlerts(plan)));

  const pages = new Map<Locale, Map<string, CheckedPage>>();
  for (const locale of routing.locales) {
    const checked = new Map<string, CheckedPage>();
    pages.set(locale, checked);
    let known: ReadonlySet<string> = new Set();
    await guard(displayPath(`${contentDir()}/${locale}`), () => (known = knownPaths(locale)));
    for (const slug of safeList(locale)) {
      const file = displayPath(pageFilePath(locale, slug));
      await guard(file, async () => {
        const page: CheckedPage = { file };
        checked.set(slug, page);
        issues.push(...(await checkPage(locale, slug, plan, known, page, grades)));
      });
    }
  }

  issues.push(...pageParity(pages), ...checklistParity(pages));
  await guard(displayPath(options.messagesDir ?? defaultMessagesDir()), () =>
    issues.push(...checkMessages(options.messagesDir ?? defaultMessagesDir())),
  );
  // The site search's words files sit beside the pages (content/{locale}/search-synonyms.yaml): not pages, checked on their own.
  const searchWordsFiles = new Set(routing.locales.map((locale) => displayPath(synonymsFilePath(locale))));
  await guard(displayPath(contentDir()), () => issues.push(...checkContentFiles().filter((issue) => !searchWordsFiles.has(issue.file))));
  await guard(displayPath(contentDir()), () => issues.push(...checkSearchWords()));
  // One file's issues together, top to bottom (the sort is stable, so same-line issues keep their order).
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { issues, grades };
}

function safeList(locale: Locale): string[] {
  try {
    return listPageSlugs(locale);
  } catch {
    return []; // checkContentFiles reports what is wrong with the folder
  }
}

async function checkPage(
  locale: Locale,
  slug: string,
  plan: Plan | undefined,
  known: ReadonlySet<string>,
  page: CheckedPage,
  grades: ReadingGrade[],
): Promise<ContentIssue[]> {
  const source = readPage(locale, slug);
  const issues = [...source.issues];
  let compiles = true;
  try {
    await compileMdx(source.source, source.file);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    issues.push(...error.issues);
    compiles = false;
  }
  issues.push(...checkPagePhones(source.source, source.file, plan), ...checkPageEmails(source.source, source.file, plan));
  let tree;
  try {
    tree = parseMdxTree(source.source);
  } catch (error) {
    const failure = error as { line?: number; reason?: string; message?: string };
    if (compiles) issues.push({ file: source.file, line: failure.line, message: `the MDX cannot be read: ${failure.reason ?? failure.message}` });
    return issues;
  }
  const structure = checkMdxTree(tree, { file: source.file, plan, known });
  issues.push(...structure.issues);
  page.checklists = structure.checklists;
  if (locale === 'en') {
    grades.push({ file: source.file, grade: pageReadingGrade(tree, plan) });
  }
  return issues;
}
