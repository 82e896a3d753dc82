import { expect, test } from '@playwright/test';

test.describe('language', () => {
  test('the root address sends a Spanish-preferring browser to Spanish', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-MX', extraHTTPHeaders: { 'Accept-Language': 'es-MX,es;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await context.close();
  });

  test('the root address sends an English browser to English', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test('switching language keeps the member on the same page, and back', async ({ page }) => {
    await page.goto('/en/pregnancy');
    await page.getByRole('link', { name: 'Leer en español' }).click();
    await expect(page).toHaveURL(/\/es\/pregnancy$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/pregnan/i);
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL(/\/en\/pregnancy$/);
  });

  test('switching language on a handout keeps the handout', async ({ page }) => {
    await page.goto('/es/handouts/medical-equipment');
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL(/\/en\/handouts\/medical-equipment$/);
  });
});

test.describe('keyboard and menus', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
    await page.goto('/en/contact');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
  });

  test('the phone menu opens with the keyboard and lists every section', async ({ page }) => {
    await page.goto('/es');
    const menu = page.locator('summary', { hasText: 'Menú' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: 'Principal' });
    await expect(nav.getByRole('link', { name: 'Atención primaria' })).toBeVisible();
    await nav.getByRole('link', { name: 'Primeros pasos' }).click();
    await expect(page).toHaveURL(/\/es\/getting-started$/);
  });
});

test.describe('not found', () => {
  for (const [locale, heading, home] of [
    ['en', 'We could not find that page', 'Go to the welcome page'],
    ['es', 'No encontramos esa página', 'Ir a la página de bienvenida'],
  ] as const) {
    test(`an unknown ${locale} address is a localized, helpful 404`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await page.getByRole('link', { name: home }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    });
  }

  test('a deep unknown address is also a 404 with a phone number', async ({ page }) => {
    const response = await page.goto('/es/a/b/c');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('main').locator('a[href^="tel:"]').first()).toBeVisible();
  });
});
