import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentReview } from '@/lib/content/review';

/** What staff and their tools get from `npm run content:review` on the shipped content. */
const root = process.cwd();
const run = (...args: string[]) =>
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/content-review.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run content:review', { timeout: 60_000 }, () => {
  it('--json lists every page file with its sources, and totals that add up', () => {
    const result = run('--json');
    expect(result.status, result.stderr).toBe(0);
    const review = JSON.parse(result.stdout) as ContentReview;
    expect(review.pages.length).toBe(review.summary.files);
    expect(review.pages.filter((page) => page.sources.length === 0).map((page) => page.file)).toEqual([]);
    expect(review.pages.filter((page) => page.problems.length > 0).map((page) => page.file)).toEqual([]);
    expect(review.summary.openItems).toBe(review.pages.reduce((total, page) => total + page.toConfirm.length, 0));
    const contact = review.pages.find((page) => page.file === path.join('content', 'en', 'contact.mdx'));
    expect(contact?.sources.map((source) => new URL(source.url).protocol)).toEqual(contact?.sources.map(() => 'https:'));
  });

  it('prints each page, then the totals for staff', () => {
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^content\/en\/contact\.mdx {2}Contact us\n {2}last reviewed \d{4}-\d{2}-\d{2} · English reading grade \d+\.\d$/m);
    expect(result.stdout).toMatch(/\d+ open items? to confirm, in \d+ files?\.\n/);
  });
});
