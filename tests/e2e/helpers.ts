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

/**
 * Scans the page with axe for WCAG 2.2 AA. `sharedLayout: false` leaves out the site header and
 * footer, which are the same on every page and about half of a content page: accessibility.spec.ts
 * scans them whole on the home page and every page the app builds, so the other content pages need
 * only their own part (page-level rules such as the title, language and landmarks still run).
 */
export async function expectNoAxeViolations(page: Page, { sharedLayout = true } = {}) {
  // Next streams a server-rendered page's metadata after its first bytes: scan once the title is in,
  // as a member's screen reader hears it (a page that never gets one fails here).
  await expect(page).toHaveTitle(/\S/);
  // Only violations are reported in full: collecting every pass node costs a fifth of each scan.
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).options({ resultTypes: ['violations'] });
  if (!sharedLayout) builder.exclude('body > header').exclude('body > footer');
  const results = await builder.analyze();
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

/** Every e-mail address in the page's main text is a mailto: link showing that address. */
export async function expectEmailsAreLinks(page: Page) {
  const main = page.getByRole('main');
  const typed = (await main.innerText()).match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
  const links = await main.locator('a[href^="mailto:"]').evaluateAll((anchors) => anchors.map((a) => [a.getAttribute('href'), a.textContent]));
  expect(
    links.map(([href]) => href),
    `e-mail links on ${page.url()}`,
  ).toEqual(typed.map((address) => `mailto:${address}`));
  expect(links.map(([, text]) => text)).toEqual(typed);
}

/** Every plan phone number shown in the page's main text is a tel: link. */
export async function expectPhonesAreLinks(page: Page) {
  const main = page.getByRole('main');
  const text = await main.innerText();
  for (const { number } of Object.values(plan.phones).filter((phone) => phone.number.length > 3)) {
    const shown = text.split(number).length - 1;
    await expect(main.locator(`a[href="${telHref(number)}"]`), `${number} on ${page.url()}`).toHaveCount(shown);
  }
}
