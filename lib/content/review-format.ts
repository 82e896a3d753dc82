import type { ContentReview, PageReview } from './review';

function pageLines(page: PageReview, reviewDueBefore: string): string[] {
  const due = page.lastReviewed !== undefined && page.lastReviewed < reviewDueBefore ? '  (due for review)' : '';
  const grade = page.englishGrade === undefined ? 'no English version' : `English reading grade ${page.englishGrade.toFixed(1)}`;
  const lines = [`${page.file}  ${page.title ?? '(no title)'}`, `  last reviewed ${page.lastReviewed ?? '(not set)'}${due} · ${grade}`];
  lines.push(page.sources.length > 0 ? '  sources:' : '  sources: none listed');
  for (const source of page.sources) lines.push(`    - ${source.title}`, `      ${source.url} (read ${source.read})`);
  if (page.toConfirm.length > 0) {
    lines.push(`  to confirm (${page.toConfirm.length}):`);
    for (const item of page.toConfirm) lines.push(`    - ${item}`);
  }
  for (const problem of page.problems) lines.push(`  problem: ${problem}`);
  return lines;
}

/** The review as staff read it in a terminal: one block per page file, then the totals. */
export function formatContentReview(review: ContentReview): string {
  const { summary } = review;
  const blocks = review.pages.map((page) => pageLines(page, review.reviewDueBefore).join('\n'));
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const totals = [
    `${plural(summary.pages, 'page', 'pages')} (${plural(summary.files, 'file', 'files')} in all languages).`,
    `${plural(summary.openItems, 'open item', 'open items')} to confirm, in ${plural(summary.filesWithOpenItems, 'file', 'files')}.`,
    `${plural(summary.reviewsDue, 'file', 'files')} last reviewed before ${review.reviewDueBefore} (more than a year ago).`,
  ];
  if (summary.filesWithProblems > 0) totals.push(`${plural(summary.filesWithProblems, 'file has', 'files have')} problems: run npm run content:check.`);
  return `${blocks.join('\n\n')}\n\n${totals.join('\n')}\n`;
}
