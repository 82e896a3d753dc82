import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, locales } from './helpers';

const words = {
  en: {
    search: 'Search',
    results: 'Results',
    change: 'Change search',
    remove: /^Remove: taking new patients/,
    switchTo: 'Leer en español',
    other: 'es',
    back: /Back/,
    larger: 'Larger text',
    summary: 'Primary care (PCP) · near 97501',
  },
  es: {
    search: 'Buscar',
    results: 'Resultados',
    change: 'Cambiar búsqueda',
    remove: /^Quitar: aceptan pacientes nuevos/,
    switchTo: 'Read in English',
    other: 'en',
    back: /Volver/,
    larger: 'Texto más grande',
    summary: 'Atención primaria (PCP) · cerca de 97501',
  },
} as const;

async function search(page: Page, locale: (typeof locales)[number]) {
  await page.goto(`/${locale}/find-a-provider`);
  await page.locator('#search-care').selectOption('primary-care');
  await page.locator('#search-near').fill('97501');
  // The language filter is on the first screen: no "More filters" to open.
  await expect(page.locator('#search-lang')).toBeVisible();
  await page.locator('#search-lang').selectOption('es');
  await page.getByRole('button', { name: words[locale].search, exact: true }).click();
  await expect(page).toHaveURL(/care=primary-care/);
}

for (const locale of locales) {
  const w = words[locale];

  test(`${locale}: a search answers with results on the first screen, focus on the heading`, async ({ page }) => {
    await search(page, locale);
    const heading = page.getByRole('heading', { name: w.results, level: 2 });
    await expect(heading).toBeFocused();
    const box = await heading.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(page.viewportSize()?.height ?? 0);
    await expect(page.getByText(w.summary)).toBeVisible();
    await expect(page.locator('ol > li article').first()).toBeVisible();
    // The form is one tap away.
    await expect(page.locator('#search-near')).toBeHidden();
    await page.getByText(w.change, { exact: true }).click();
    await expect(page.locator('#search-near')).toHaveValue('97501');
    await expectNoAxeViolations(page);
  });

  test(`${locale}: a chip removes its filter and keeps the rest`, async ({ page }) => {
    await search(page, locale);
    await page.getByRole('link', { name: w.remove }).click();
    await expect(page).toHaveURL(/patients=any/);
    const url = new URL(page.url());
    expect(url.searchParams.get('near')).toBe('97501');
    expect(url.searchParams.get('lang')).toBe('es');
  });

  test(`${locale}: the listing's back link and the language switch keep the search`, async ({ page }) => {
    await search(page, locale);
    await page.locator('ol > li article h3 a').first().click();
    await expect(page).toHaveURL(/find-a-provider\/[^?]+\?.*near=97501/);
    await page.getByRole('link', { name: w.back }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/find-a-provider\\?.*care=primary-care`));
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    await page.getByRole('link', { name: w.switchTo }).click();
    await expect(page).toHaveURL(new RegExp(`/${w.other}/find-a-provider\\?.*near=97501`));
    expect(new URL(page.url()).searchParams.get('care')).toBe('primary-care');
  });

  test(`${locale}: results and listing reflow with larger text (A+) at 320 px, and at 200% text`, async ({ page }) => {
    await page.goto(`/${locale}/find-a-provider?care=primary-care&near=97501&lang=es`);
    await page.getByRole('button', { name: w.larger }).click();
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    // 200% text: the browser's text zoom on a 1280 px window lays out like 640 px with doubled text.
    await page.setViewportSize({ width: 640, height: 800 });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await expectNoHorizontalScroll(page);
    await page.locator('ol > li article h3 a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/find-a-provider/[^/?]+\\?`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await expectNoHorizontalScroll(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  });
}
