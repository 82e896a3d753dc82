import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

export const locales = ['en', 'es'] as const;
export type TestLocale = (typeof locales)[number];

const contentRoot = path.resolve(process.env.CONTENT_DIR || path.join(process.cwd(), 'content'));

/** Every page address in a language, from the content folder the site was built from. */
export function pagePaths(locale: TestLocale): string[] {
  const root = path.join(contentRoot, locale);
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -4).split(path.sep).join('/'))
    .map((slug) => (slug === 'home' ? `/${locale}` : `/${locale}/${slug}`))
    .sort();
}

type PlanFile = { name: string; phones: Record<string, { number: string }>; hours: Record<TestLocale, string> };
export const plan = parse(fs.readFileSync(path.join(contentRoot, 'plan.yaml'), 'utf8')) as PlanFile;

export function telHref(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length === 10 ? `tel:+1${digits}` : `tel:${digits}`;
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** WCAG 1.4.10: content reflows at 320 CSS pixels wide without scrolling sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}
