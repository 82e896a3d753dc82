import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, locales, plan, telHref, type TestLocale } from './helpers';

const words = {
  en: {
    box: 'Search this site',
    pageBox: 'What are you looking for?',
    query: 'meds',
    found: /^\d+ pages? found for “meds”$/,
    marked: /medicines/i,
    first: 'Medicines and pharmacies',
    nothing: 'qwxzk plorf',
    none: 'No pages found for “qwxzk plorf”',
    suggestionsTitle: 'Other searches you can try:',
    provider: 'dentist',
    providerLink: 'Find a provider: Dental care',
    providersFound: /providers? found/,
    cut: 'Your search was long, so we searched for the first 100 characters.',
  },
  es: {
    box: 'Buscar en este sitio',
    pageBox: '¿Qué está buscando?',
    query: 'medicinas',
    found: /^Encontramos \d+ páginas? para “medicinas”$/,
    marked: /medicamentos/i,
    first: 'Medicamentos y farmacias',
    nothing: 'qwxzk plorf',
    none: 'No encontramos páginas para “qwxzk plorf”',
    suggestionsTitle: 'Otras búsquedas que puede probar:',
    provider: 'pediatra',
    providerLink: 'Buscar un proveedor: Atención para niños (pediatría)',
    providersFound: /Se encontr/,
    cut: 'Su búsqueda era larga, así que buscamos los primeros 100 caracteres.',
  },
} as const;

/** Types in the header's search box and presses its button, as a member would. */
async function searchFromHeader(page: Page, locale: TestLocale, query: string) {
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: words[locale].box }).fill(query);
  await header.getByRole('button', { name: words[locale].box }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
}

async function expectHighlightedResults(page: Page, locale: TestLocale) {
  const w = words[locale];
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(w.found);
  // The count leads the title, so a screen reader hears it first.
  await expect(page).toHaveTitle(new RegExp(`^${w.found.source.slice(1, -1)} – `));
  const results = page.locator('main ol > li');
  await expect(results.first().getByRole('link')).toHaveText(w.first);
  await expect(results.first().locator('mark').first()).toHaveText(w.marked);
  // The box on the results page shows what was searched, to change it.
  await expect(page.getByRole('searchbox', { name: w.pageBox })).toHaveValue(w.query);
}

for (const locale of locales) {
  const w = words[locale];

  test(`${locale}: search from the header, see the count and highlighted words, follow the first result`, async ({ page }) => {
    await page.goto(`/${locale}/contact`);
    await searchFromHeader(page, locale, w.query);
    await expectHighlightedResults(page, locale);
    // (Results and no-results pages are scanned with axe and at 320px in accessibility.spec.ts.)

    await page.locator('main ol > li').first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/medicines#`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.first);
  });

  test(`${locale}: a search that finds nothing suggests other searches and gives the phone number`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await searchFromHeader(page, locale, w.nothing);
    await expect(page.getByRole('status')).toHaveText(w.none);
    await expect(page).toHaveTitle(new RegExp(`^${w.none} – `));
    await expect(page.getByText(w.suggestionsTitle)).toBeVisible();
    const number = plan.phones.customerService?.number ?? '';
    await expect(page.getByRole('main').getByRole('link', { name: number })).toHaveAttribute('href', telHref(number));

    // A suggestion is a search that finds pages.
    const suggestion = page.getByRole('main').getByRole('listitem').getByRole('link').first();
    const suggested = (await suggestion.textContent())?.trim() ?? '';
    await suggestion.click();
    await expect(page.getByRole('searchbox', { name: w.pageBox })).toHaveValue(suggested);
    await expect(page.locator('main ol > li').first()).toBeVisible();
  });

  test(`${locale}: a kind of provider leads into the provider search with that filter set`, async ({ page }) => {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(w.provider)}`);
    await page.getByRole('link', { name: w.providerLink }).click();
    // The directory's first search may open the embedded database (several seconds on a busy machine).
    await expect(page).toHaveURL(new RegExp(`/${locale}/find-a-provider\\?care=(dental|pediatrics)&patients=new$`), { timeout: 30_000 });
    await expect(page.getByRole('status')).toContainText(w.providersFound);
    // "Change search" opens the form with that filter chosen.
    await page.getByRole('link', { name: locale === 'en' ? 'Change search' : 'Cambiar búsqueda', exact: true }).click();
    await expect(page.locator('#search-care')).toHaveValue(locale === 'en' ? 'dental' : 'pediatrics');
  });

  test(`${locale}: a 1,000-character or garbage query still gets a page`, async ({ page }) => {
    const long = await page.goto(`/${locale}/search?q=${'medicine '.repeat(112)}`);
    expect(long?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(w.cut);
    for (const garbage of ['%ZZ%00%C3%28', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '&q=&q[]=1&q=%F0%9F%98%80', '%E2%80%AE%20%20%20']) {
      const response = await page.goto(`/${locale}/search?q=${garbage}`);
      expect(response?.status(), garbage).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`${locale}: the header search works and shows highlighted results`, async ({ page }) => {
      await page.goto(`/${locale}/pregnancy`);
      await searchFromHeader(page, locale, words[locale].query);
      await expectHighlightedResults(page, locale);
    });
  }
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of locales) {
    test(`${locale}: the header search box fits beside the other header controls`, async ({ page }) => {
      await page.goto(`/${locale}/primary-care`);
      await expectNoHorizontalScroll(page);
      const header = page.getByRole('banner');
      await expect(header.getByRole('searchbox', { name: words[locale].box })).toBeInViewport();
      await expect(header.getByRole('button', { name: words[locale].box })).toBeInViewport();
      // The menu still opens, and the language switcher still goes to the same page.
      await header.locator('summary').click();
      await expect(header.getByRole('navigation').first()).toBeVisible();
      await header.getByRole('link', { name: locale === 'en' ? 'Leer en español' : 'Read in English' }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale === 'en' ? 'es' : 'en'}/primary-care$`));
    });
  }
});
