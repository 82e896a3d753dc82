import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

/**
 * One page of each template at desktop size (1280px), where the header shows the full navigation and
 * wide layouts set text in columns. Every page is scanned at phone size in accessibility.spec.ts;
 * a page of a template differs from its siblings only in its text, so one per template is enough
 * here. The languages alternate, so both are scanned at this size.
 */
const templates = {
  'content page': '/en/primary-care',
  home: '/es',
  handout: '/en/handouts/pcp-urgent-care-er',
  'provider section page': '/es/providers',
  'finder results': '/en/find-a-provider?care=primary-care&near=97501',
  survey: '/es/feedback',
  'join request': '/en/providers/join',
  'search results': '/es/search?q=m%C3%A9dico',
  developers: '/en/developers',
  'staff sign-in': '/staff/sign-in',
};

/** Loads the page, listening for console errors, and checks what every template shares. */
async function expectSoundPage(page: Page, pagePath: string, status = 200) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && status === 200) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(pagePath);
  expect(response?.status()).toBe(status);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
}

for (const [template, pagePath] of Object.entries(templates)) {
  test(`${template} (${pagePath}): no axe violations or console errors at desktop size`, async ({ page }) => {
    await expectSoundPage(page, pagePath);
  });
}

test('not found page (/es/no-such-page): no axe violations at desktop size', async ({ page }) => {
  // The browser logs the 404 status itself as a console error, so only script errors count here.
  await expectSoundPage(page, '/es/no-such-page', 404);
});

test('a listing and its report form: no axe violations at desktop size', async ({ page }) => {
  await page.goto('/es/find-a-provider?care=dental');
  const first = page.locator('ol > li article h3 a').first();
  const name = (await first.textContent())?.trim() ?? '';
  await first.click();
  // Wait for the listing itself: the results page has an h1 too, and a scan mid-navigation sees no title.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Reportar un problema con esta información' }).click();
  await expect(page).toHaveURL(/\/report/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the staff overview, signed in: no axe violations at desktop size', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/staff/sign-in');
  await page.getByLabel('Work e-mail').fill(process.env.E2E_STAFF_EMAIL ?? '');
  await page.getByLabel('Password').fill(process.env.E2E_STAFF_PASSWORD ?? '');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Checking a password takes scrypt a few hundred milliseconds on purpose; more on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview', { timeout: 30_000 });
  await expectNoAxeViolations(page);
});

test('the full navigation shows in the header without opening a menu', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a provider' })).toBeVisible();
});
