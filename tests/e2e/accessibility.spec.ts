import { expect, test } from '@playwright/test';
import { expectEmailsAreLinks, expectNoAxeViolations, expectNoHorizontalScroll, expectPhonesAreLinks, locales, pagePaths } from './helpers';

/**
 * Every page at phone size (this file runs in the phone project only). One page of each template is
 * also scanned at desktop size, in accessibility.desktop.spec.ts. Pages the app builds itself, beside
 * the content pages; the directory, developers and staff pages are scanned in their own journeys.
 */
const appPagePaths = (locale: (typeof locales)[number]) => [
  `/${locale}/feedback`,
  `/${locale}/drug-list`,
  `/${locale}/drug-list?q=metformin`,
  `/${locale}/providers/join`,
  `/${locale}/search?q=${locale === 'en' ? 'doctor' : 'médico'}`,
  `/${locale}/search?q=qqzzxv`,
];

for (const locale of locales) {
  const contentPaths = pagePaths(locale);
  for (const pagePath of [...contentPaths, ...appPagePaths(locale)]) {
    // The shared header and footer are scanned whole on the home page and the app's own pages.
    const sharedLayout = pagePath === `/${locale}` || !contentPaths.includes(pagePath);
    test(`${pagePath}: no axe violations, no console errors, reflows at 320px, numbers and addresses are links`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));

      const response = await page.goto(pagePath);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page, { sharedLayout });
      // Members tap to call or write: every plan phone number and e-mail address shown is a link.
      // (Search results quote pages in snippets; each result links to the page with the live number.)
      if (!pagePath.includes('/search?')) {
        await expectPhonesAreLinks(page);
        await expectEmailsAreLinks(page);
      }

      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoHorizontalScroll(page);
      expect(errors).toEqual([]);
    });
  }
}

test('the 404 page has no axe violations in either language', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}/this-page-does-not-exist`);
    await expectNoAxeViolations(page);
  }
});

test('larger text (A+) and 200% zoom still reflow without sideways scrolling', async ({ page }) => {
  await page.goto('/en/primary-care');
  await page.getByRole('button', { name: 'Larger text' }).click();
  // 200% zoom of a 1280px window is a 640px layout viewport.
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
});
