import { routing, type Locale } from '@/i18n/routing';
import { formatIssue } from './issues';
import { parseMdxTree } from './mdx-tree';
import { pageReadingGrade } from './page-grade';
import { listPageSlugs, readPage } from './pages';
import { readPlan } from './plan';
import type { PageSourceReference } from './schemas';

/** What the plan's compliance review needs to know about one page file. */
export type PageReview = {
  file: string;
  locale: Locale;
  slug: string;
  title?: string;
  lastReviewed?: string;
  /** The English page's reading grade (the same for both languages of a page). */
  englishGrade?: number;
  sources: PageSourceReference[];
  toConfirm: string[];
  /** The page's frontmatter does not pass content:check: these say what to fix. */
  problems: string[];
};

export type ContentReview = {
  today: string;
  /** Pages last reviewed before this day (a year before today) are due for review. */
  reviewDueBefore: string;
  pages: PageReview[];
  summary: { pages: number; files: number; openItems: number; filesWithOpenItems: number; reviewsDue: number; filesWithProblems: number };
};

/** The same day one year earlier (29 February becomes 28 February). */
export function oneYearBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(Math.min(date, lastDay)).padStart(2, '0')}`;
}

function gradeOf(source: string): number | undefined {
  try {
    return pageReadingGrade(parseMdxTree(source), readPlan().plan);
  } catch {
    return undefined; // MDX that does not parse: content:check reports it
  }
}

/**
 * Every page in every language: when it was last reviewed, where its facts come from, its English
 * reading grade and what staff must still confirm. Reads the files as they are: a page with a broken
 * frontmatter is listed with its problems instead of stopping the review.
 */
export function reviewContent(today: string): ContentReview {
  const reviewDueBefore = oneYearBefore(today);
  const englishGrades = new Map<string, number | undefined>();
  for (const slug of listPageSlugs(routing.defaultLocale)) englishGrades.set(slug, gradeOf(readPage(routing.defaultLocale, slug).source));

  const pages: PageReview[] = routing.locales.flatMap((locale) =>
    listPageSlugs(locale).map((slug) => {
      const page = readPage(locale, slug);
      const frontmatter = page.frontmatter;
      return {
        file: page.file,
        locale,
        slug,
        title: frontmatter?.title,
        lastReviewed: frontmatter?.lastReviewed,
        englishGrade: englishGrades.get(slug),
        sources: frontmatter?.sources ?? [],
        toConfirm: frontmatter?.toConfirm ?? [],
        problems: page.issues.map(formatIssue),
      };
    }),
  );
  const isDue = (page: PageReview) => page.lastReviewed !== undefined && page.lastReviewed < reviewDueBefore;
  return {
    today,
    reviewDueBefore,
    pages,
    summary: {
      pages: new Set(pages.map((page) => page.slug)).size,
      files: pages.length,
      openItems: pages.reduce((total, page) => total + page.toConfirm.length, 0),
      filesWithOpenItems: pages.filter((page) => page.toConfirm.length > 0).length,
      reviewsDue: pages.filter(isDue).length,
      filesWithProblems: pages.filter((page) => page.problems.length > 0).length,
    },
  };
}
