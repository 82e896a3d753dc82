import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oneYearBefore, reviewContent } from './review';
import { formatContentReview } from './review-format';

/* What staff see in content:review for a small content folder: per page, then the totals. */

const plan = fs.readFileSync(path.join(process.cwd(), 'content', 'plan.yaml'), 'utf8');
const source = (title: string) => `  - title: ${title}\n    url: https://example.org/${title.toLowerCase().replace(/\W+/g, '-')}\n    read: 2026-12-01\n`;
const page = (title: string, lastReviewed: string, extra: string, body: string) =>
  `---\ntitle: ${title}\ndescription: A test page with enough words in its description for the site to accept it.\nlastReviewed: ${lastReviewed}\n${extra}---\n\n${body}\n`;

let root = '';
let saved: string | undefined;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-review-'));
  saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = root;
  fs.writeFileSync(path.join(root, 'plan.yaml'), plan);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('en/rides.mdx', page('Rides', '2026-11-30', `sources:\n${source('Rides page')}toConfirm:\n  - The ride line's Saturday hours differ between two copies.\n  - Whether meals are paid back on trips under 100 miles.\n`, 'Call us. We can help you get a ride to your visit.'));
  write('es/rides.mdx', page('Transporte', '2025-06-01', `sources:\n${source('Rides page')}`, 'Llámenos. Le ayudamos a conseguir transporte.'));
  write('en/home.mdx', page('Welcome', '2026-11-30', '', 'Welcome. We are your health plan.'));
});
afterEach(() => {
  if (saved === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = saved;
  fs.rmSync(root, { recursive: true, force: true });
});

describe('reviewContent', () => {
  it('lists each page file with its review date, sources, English grade and open items', () => {
    const review = reviewContent('2026-12-04');
    const rides = review.pages.find((entry) => entry.file.endsWith(path.join('en', 'rides.mdx')));
    expect(rides).toMatchObject({ locale: 'en', slug: 'rides', title: 'Rides', lastReviewed: '2026-11-30', problems: [] });
    expect(rides?.sources).toEqual([{ title: 'Rides page', url: 'https://example.org/rides-page', read: '2026-12-01' }]);
    expect(rides?.toConfirm).toHaveLength(2);
    const spanish = review.pages.find((entry) => entry.file.endsWith(path.join('es', 'rides.mdx')));
    // The Spanish page shows its English page's grade: grades are measured in English only.
    expect(spanish?.englishGrade).toBe(rides?.englishGrade);
    expect(rides?.englishGrade).toEqual(expect.any(Number));
  });

  it('counts pages, open items, reviews more than a year old, and pages content:check would refuse', () => {
    const { summary, reviewDueBefore } = reviewContent('2026-12-04');
    expect(reviewDueBefore).toBe('2025-12-04');
    expect(summary).toEqual({ pages: 2, files: 3, openItems: 2, filesWithOpenItems: 1, reviewsDue: 1, filesWithProblems: 1 });
  });

  it('names the problem of a page without sources instead of stopping', () => {
    const home = reviewContent('2026-12-04').pages.find((entry) => entry.slug === 'home');
    expect(home?.problems).toEqual([expect.stringContaining('home.mdx:2: sources: list where the page\'s facts come from')]);
  });
});

describe('formatContentReview', () => {
  it('prints every open item, every source address and the totals', () => {
    const text = formatContentReview(reviewContent('2026-12-04'));
    expect(text).toContain("    - The ride line's Saturday hours differ between two copies.");
    expect(text).toContain('      https://example.org/rides-page (read 2026-12-01)');
    expect(text).toMatch(/es\/rides\.mdx {2}Transporte\n {2}last reviewed 2025-06-01 {2}\(due for review\)/);
    expect(text).toContain('2 open items to confirm, in 1 file.');
    expect(text).toContain('1 file last reviewed before 2025-12-04 (more than a year ago).');
    expect(text).toContain('1 file has problems: run npm run content:check.');
  });
});

describe('oneYearBefore', () => {
  it('goes back one calendar year, and from 29 February to 28 February', () => {
    expect(oneYearBefore('2026-12-04')).toBe('2025-12-04');
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28');
    expect(oneYearBefore('2026-01-01')).toBe('2025-01-01');
  });
});
