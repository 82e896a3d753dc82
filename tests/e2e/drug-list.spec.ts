import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, locales, plan, telHref, type TestLocale } from './helpers';

/**
 * The drug list at phone size, in both languages, against the sample list `npm start` loads on an
 * empty database (metformin is covered, adalimumab needs approval first, "zzyzxamab" is no drug).
 */
const words = {
  en: {
    search: 'Search',
    covered: 'Covered',
    results: 'Results for “metformin”',
    closest: 'This is the closest match to “metformn”.',
    approval: 'It needs approval first (prior authorization).',
    notFound: 'We did not find “zzyzxamab” on the drug list',
    notOnList: 'If your medicine is not on the list',
    sample: 'This drug list is showing sample data for testing.',
    updated: 'The drug list was last updated on',
    controlCharacters: 'The search had a character that cannot be typed on a keyboard',
    accent: 'acetaminofén',
    siteSearch: 'is my medicine covered',
  },
  es: {
    search: 'Buscar',
    covered: 'Cubierto',
    results: 'Resultados para «metformin»',
    closest: 'Este es el resultado más parecido a «metformn».',
    approval: 'Necesita aprobación antes (autorización previa).',
    notFound: 'No encontramos «zzyzxamab» en la lista de medicamentos',
    notOnList: 'Si su medicamento no está en la lista',
    sample: 'Esta lista de medicamentos muestra datos de prueba.',
    updated: 'La lista de medicamentos se actualizó por última vez el',
    controlCharacters: 'La búsqueda tenía un carácter que no se puede escribir con un teclado',
    accent: 'acetaminofén',
    siteSearch: 'está cubierto mi medicamento',
  },
} as const;

const customerService = plan.phones.customerService?.number ?? 'missing number';

async function searchFor(page: Page, locale: TestLocale, name: string) {
  await page.goto(`/${locale}/drug-list`);
  const form = page.locator(`form[action="/${locale}/drug-list"]`);
  await form.locator('#drug-query').fill(name);
  await form.getByRole('button', { name: words[locale].search, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/drug-list\\?q=${encodeURIComponent(name).replace(/%20/g, '\\+')}`));
}

for (const locale of locales) {
  const w = words[locale];

  test(`${locale}: a covered drug says so, with who to call, on a sample list that says it is a sample`, async ({ page }) => {
    await searchFor(page, locale, 'metformin');
    await expect(page.getByRole('heading', { level: 2, name: w.results })).toBeFocused();
    const card = page.locator('article').filter({ has: page.getByRole('heading', { level: 3, name: /metformin/i }) });
    await expect(card.getByTestId('coverage').first()).toHaveText(w.covered);
    await expect(card.locator(`a[href="${telHref(customerService)}"]`)).toBeVisible();
    await expect(page.getByTestId('sample-data-notice')).toContainText(w.sample);
    await expect(page.getByText(w.updated)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  });

  test(`${locale}: a drug that needs approval first says what the prescriber must do`, async ({ page }) => {
    await searchFor(page, locale, 'adalimumab');
    await expect(page.getByText(w.approval).first()).toBeVisible();
  });

  test(`${locale}: a misspelled name and a Spanish spelling still find the drug`, async ({ page }) => {
    await searchFor(page, locale, 'metformn');
    await expect(page.getByRole('heading', { level: 3, name: /metformin/i }).first()).toBeVisible();
    await expect(page.getByText(w.closest).first()).toBeVisible();
    await searchFor(page, locale, w.accent);
    await expect(page.getByRole('heading', { level: 3, name: /acetaminophen/i }).first()).toBeVisible();
  });

  test(`${locale}: a medicine not on the list explains exceptions and the right to appeal`, async ({ page }) => {
    await searchFor(page, locale, 'zzyzxamab');
    await expect(page.getByRole('heading', { level: 2, name: w.notFound })).toBeVisible();
    const options = page.getByRole('region', { name: w.notOnList });
    await expect(options.locator(`a[href="/${locale}/complaints-and-appeals"]`)).toBeVisible();
    await expect(options.locator(`a[href="/${locale}/medicines"]`)).toBeVisible();
    await expect(options.locator(`a[href="${telHref(customerService)}"]`)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`${locale}: a control character is refused in the member's language, keeping the rest`, async ({ page }) => {
    const response = await page.goto(`/${locale}/drug-list?q=metf%00ormin`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(w.controlCharacters)).toBeVisible();
    await expect(page.locator('#drug-query')).toHaveValue('metformin');
    await expect(page.locator('article')).toHaveCount(0);
  });

  test(`${locale}: the site search and the Medicines page lead to the drug list`, async ({ page }) => {
    // Site search indexes content pages: a member's words find the Medicines page's drug list section.
    await page.goto(`/${locale}/search?q=${encodeURIComponent(w.siteSearch)}`);
    await page.getByRole('main').locator(`a[href^="/${locale}/medicines#"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/medicines#`));
    await page.getByRole('main').locator(`a[href="/${locale}/drug-list"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/drug-list$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`${locale}: the search form works and the address holds the search`, async ({ page }) => {
      await searchFor(page, locale, 'metformin');
      await expect(page.getByRole('heading', { level: 3, name: /metformin/i }).first()).toBeVisible();
      await expect(page.locator('#drug-query')).toHaveValue('metformin');
    });
  }
});
