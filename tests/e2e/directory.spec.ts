import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, locales, plan, telHref } from './helpers';

const words = {
  en: {
    search: 'Search',
    change: 'Change search',
    found: /providers? found/,
    taking: 'Taking new patients',
    speaks: /Speaks:.*Spanish/,
    report: 'Report a problem with this listing',
    send: 'Send report',
    thanks: 'Thank you. We received your report.',
    backToResults: 'Back to your search results',
    errors: 'There is a problem with your report',
    chooseProblem: 'Choose what is wrong.',
    none: 'No providers found',
    sample: 'sample data',
    phoneProblem: 'The phone number is wrong',
    moreFilters: 'More filters',
  },
  es: {
    search: 'Buscar',
    change: 'Cambiar búsqueda',
    found: /Se encontr/,
    taking: 'Acepta pacientes nuevos',
    speaks: /Habla:.*español/,
    report: 'Reportar un problema con esta información',
    send: 'Enviar reporte',
    thanks: 'Gracias. Recibimos su reporte.',
    backToResults: 'Volver a los resultados de su búsqueda',
    errors: 'Hay un problema con su reporte',
    chooseProblem: 'Elija qué está mal.',
    none: 'No se encontraron proveedores',
    sample: 'datos de ejemplo',
    phoneProblem: 'El número de teléfono está mal',
    moreFilters: 'Más filtros',
  },
} as const;

async function searchForSpanishSpeakingPcp(page: Page, locale: (typeof locales)[number]) {
  await page.goto(`/${locale}/find-a-provider`);
  await page.locator('#search-care').selectOption('primary-care');
  await page.locator('#search-near').fill('97501');
  await page.getByText(words[locale].moreFilters, { exact: true }).click();
  await page.locator('#search-lang').selectOption('es');
  await page.getByRole('button', { name: words[locale].search, exact: true }).click();
  await expect(page).toHaveURL(/care=primary-care/);
}

for (const locale of locales) {
  const w = words[locale];

  test(`${locale}: find a Spanish-speaking PCP taking new patients near a ZIP, open it, call, report a problem`, async ({ page }) => {
    // A long journey with four axe scans: give it room on a busy CI machine.
    test.setTimeout(150_000);
    await searchForSpanishSpeakingPcp(page, locale);
    const url = new URL(page.url());
    expect(url.searchParams.get('near')).toBe('97501');
    expect(url.searchParams.get('lang')).toBe('es');
    // The search defaults to providers who take new patients.
    expect(url.searchParams.get('patients')).toBe('new');
    await expect(page.getByRole('status')).toContainText(w.found);
    await expect(page).toHaveTitle(w.found);

    const results = page.locator('ol > li article');
    await expect(results.first()).toBeVisible();
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(20);
    for (const card of await results.all()) {
      await expect(card).toContainText(w.taking);
      await expect(card).toContainText(w.speaks);
    }
    // Closest first: the distances never go down.
    const miles = (await results.locator('p', { hasText: /mi(les|llas)/ }).allTextContents()).map((text) => Number(/[\d.]+/.exec(text)?.[0]));
    expect(miles.length).toBe(count);
    expect([...miles].sort((a, b) => a - b)).toEqual(miles);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    const first = results.first();
    const name = (await first.getByRole('heading').textContent())?.trim() ?? '';
    await first.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const call = page.getByRole('link', { name: new RegExp(`^${locale === 'en' ? 'Call' : 'Llamar'} \\d{3}-\\d{3}-\\d{4}$`) });
    await expect(call).toHaveAttribute('href', /^tel:\+1\d{10}$/);
    await expectNoAxeViolations(page);

    // The back button restores the results, and "Change search" there opens the form holding the whole search.
    await page.goBack();
    await expect(results.first()).toBeVisible();
    const change = new URL((await page.getByRole('link', { name: w.change, exact: true }).getAttribute('href')) ?? '', page.url());
    expect(change.searchParams.get('near')).toBe('97501');
    expect(change.searchParams.get('lang')).toBe('es');
    expect(change.searchParams.get('change')).toBe('1');
    await page.goForward();

    await page.getByRole('link', { name: w.report }).click();
    // The report page carries the search, so its way back still knows it.
    await expect(page).toHaveURL(/\/report\?.*near=97501/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Sending nothing says what to fix and keeps what was typed.
    await page.locator('#report-contact').fill('member@example.org');
    await page.getByRole('button', { name: w.send }).click();
    // (Next.js keeps its own empty route announcer with role=alert too.)
    const summary = page.getByRole('alert').filter({ hasText: w.errors });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(w.chooseProblem);
    await expect(summary).toBeFocused();
    await expect(page.locator('#report-contact')).toHaveValue('member@example.org');
    await expectNoAxeViolations(page);
    await page.getByLabel(w.phoneProblem).check();
    await page.locator('#report-details').fill('The number rings a pharmacy.');
    await page.getByRole('button', { name: w.send }).click();
    await expect(page.getByText(w.thanks)).toBeVisible();
    await expectNoAxeViolations(page);
    // The confirmation leads back to the same results.
    await page.getByRole('link', { name: w.backToResults }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/find-a-provider\\?.*care=primary-care`));
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    expect(new URL(page.url()).searchParams.get('near')).toBe('97501');
  });

  test(`${locale}: the search works without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/find-a-provider`);
    await page.locator('#search-care').selectOption('pregnancy');
    await page.locator('#search-near').fill('Ashland');
    await page.getByRole('button', { name: w.search, exact: true }).click();
    await expect(page).toHaveURL(/care=pregnancy/);
    expect(new URL(page.url()).searchParams.get('near')).toBe('Ashland');
    await expect(page.getByRole('status')).toContainText(w.found);
    await expect(page.locator('ol > li article').first()).toBeVisible();
    await context.close();
  });

  test(`${locale}: no results say which filter to loosen and who to call`, async ({ page }) => {
    await page.goto(`/${locale}/find-a-provider?care=pregnancy&near=97501&miles=5&asl=1&gender=male&name=Zyxwq`);
    await expect(page.getByRole('status')).toContainText(w.none);
    // The suggestions are their own list, apart from the chips that remove one filter at a time.
    const loosen = page.getByRole('list', { name: locale === 'en' ? 'Try one of these:' : 'Pruebe una de estas opciones:' }).getByRole('link');
    expect(await loosen.count()).toBeGreaterThanOrEqual(3);
    // Each suggestion drops one filter: following the ASL one removes asl from the search.
    await expect(page.locator(`a[href="${telHref(plan.phones.customerService?.number ?? '')}"]`).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await loosen.filter({ hasText: 'ASL' }).click();
    await expect(page).not.toHaveURL(/asl=1/);
  });

  test(`${locale}: a first visit, an unknown place and a made-up address are explained, never an error`, async ({ page }) => {
    let response = await page.goto(`/${locale}/find-a-provider`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(new RegExp(w.sample))).toBeVisible();
    await expectNoAxeViolations(page);

    response = await page.goto(`/${locale}/find-a-provider?near=Atlantis&care=dental`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('#search-near')).toHaveValue('Atlantis');
    await expect(page.locator('#search-near')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    response = await page.goto(`/${locale}/find-a-provider?care=<script>&page=-4&miles=999999999999&access=moat`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    response = await page.goto(`/${locale}/find-a-provider/not-a-real-listing`);
    expect(response?.status()).toBe(404);
  });

  test(`${locale}: detail pages pass axe and reflow at 320px`, async ({ page }) => {
    await page.goto(`/${locale}/find-a-provider?care=behavioral-health&telehealth=1`);
    const first = page.locator('ol > li article h3 a').first();
    const name = (await first.textContent())?.trim() ?? '';
    await first.click();
    // Wait for the listing itself: the results page has an h1 too, and a scan mid-navigation sees no title.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  });
}
