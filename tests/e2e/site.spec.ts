import { expect, test } from '@playwright/test';
import { pagePaths, plan, telHref } from './helpers';

test.describe('search engines and sharing', () => {
  test('each page has its own title, description, canonical and hreflang alternates', async ({ page }) => {
    await page.goto('/es/primary-care');
    await expect(page).toHaveTitle(new RegExp(`\\| ${plan.name}$`));
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThanOrEqual(50);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/es\/primary-care$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/primary-care$/);
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute('href', /\/es\/primary-care$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /opengraph-image/);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_US');
  });

  test('the sitemap lists every page in both languages; robots points to it', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const locale of ['en', 'es'] as const) {
      for (const path of pagePaths(locale)) expect(sitemap, path).toContain(`${path}</loc>`);
    }
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });

  test('favicon, app icons and manifest are served', async ({ request }) => {
    for (const asset of ['/favicon.ico', '/icon.svg', '/apple-icon.png', '/manifest.webmanifest', '/opengraph-image.png']) {
      expect((await request.get(asset)).status(), asset).toBe(200);
    }
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.name).toBe(plan.name);
  });
});

test('every response carries the baseline security headers', async ({ request }) => {
  for (const path of ['/en', '/es/contact', '/en/no-such-page', '/sitemap.xml']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pages render, the phone menu opens and language switching works', async ({ page }) => {
    await page.goto('/en/getting-started');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await page.locator('summary', { hasText: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact us' })).toBeVisible();
    await page.getByRole('link', { name: 'Leer en español' }).click();
    await expect(page).toHaveURL(/\/es\/getting-started$/);
    // Controls that need JavaScript are not offered when it is off.
    await expect(page.getByRole('button', { name: 'Texto más grande' })).toBeHidden();
  });
});

test('each language-help tagline is marked with its own language and direction', async ({ page }) => {
  await page.goto('/es/language-assistance');
  const taglines = page.locator('#taglines > li');
  expect(await taglines.count()).toBeGreaterThanOrEqual(15);
  const langs = await taglines.evaluateAll((items) => items.map((item) => [item.getAttribute('lang'), item.getAttribute('dir')]));
  expect(new Set(langs.map(([lang]) => lang)).size).toBe(langs.length);
  expect(langs).toContainEqual(['vi', 'ltr']);
  expect(langs).toContainEqual(['ar', 'rtl']);
  expect(langs).toContainEqual(['fa', 'rtl']);
  // Each tagline gives the plan's number as a tap-to-call link.
  await expect(taglines.first().locator(`a[href="${telHref(plan.phones.customerService?.number ?? '')}"]`)).toHaveCount(1);
  // Inside right-to-left text the number must still read left to right.
  await expect(page.locator('#taglines > li[lang="ar"] a[href^="tel:"]').first()).toHaveAttribute('dir', 'ltr');
});
