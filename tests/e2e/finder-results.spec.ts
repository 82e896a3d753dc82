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
    byName: 'By last name',
    useLocation: 'Use my location',
    nearYou: /^Remove: near you/,
    fromYou: 'Closest first, from where you are (near Medford).',
    denied: 'did not share your location',
    adults: 'Adults',
    childrenOnly: 'Sees children and teens',
    pharmacy: 'Pharmacy',
    inNetwork: 'In network: your plan covers it',
    hours: 'Hours:',
    urgentCare: 'Urgent care (same day, no appointment)',
    newPatients: /new patients/i,
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
    byName: 'Por apellido',
    useLocation: 'Usar mi ubicación',
    nearYou: /^Quitar: cerca de usted/,
    fromYou: 'Los más cercanos primero, desde donde está usted (cerca de Medford).',
    denied: 'no compartió su ubicación',
    adults: 'Adultos',
    childrenOnly: 'Atiende a niños y adolescentes',
    pharmacy: 'Farmacia',
    inNetwork: 'En la red: su plan lo cubre',
    hours: 'Horario:',
    urgentCare: 'Atención de urgencia (el mismo día, sin cita)',
    newPatients: /pacientes nuevos/i,
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
    // The answer comes without the form; "Change search" opens it holding the search, and searching again shows results.
    await expect(page.locator('#search-near')).toHaveCount(0);
    await page.getByRole('link', { name: w.change, exact: true }).click();
    await expect(page.locator('#search-near')).toHaveValue('97501');
    await expect(page.locator('#search-care')).toHaveValue('primary-care');
    await expect(page.locator('ol > li article')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: w.search, exact: true }).click();
    await expect(page.getByRole('heading', { name: w.results, level: 2 })).toBeFocused();
    await expect(page.locator('ol > li article').first()).toBeVisible();
    expect(new URL(page.url()).searchParams.has('change')).toBe(false);
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

  test(`${locale}: results sort by last name and narrow to adults, and the change search form keeps both`, async ({ page }) => {
    await search(page, locale);
    await page.getByRole('link', { name: w.byName }).click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByText(w.byName, { exact: true })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('link', { name: w.change, exact: true }).click();
    await page.getByRole('radio', { name: w.adults, exact: true }).check();
    await page.getByRole('button', { name: w.search, exact: true }).click();
    await expect(page).toHaveURL(/ages=adults/);
    const url = new URL(page.url());
    expect(url.searchParams.get('sort')).toBe('name');
    expect(url.searchParams.get('lang')).toBe('es');
    await expect(page.getByRole('link', { name: new RegExp(`${w.adults}$`) })).toBeVisible();
    const cards = page.locator('ol > li article');
    await expect(cards.first()).toBeVisible();
    await expect(cards.filter({ hasText: w.childrenOnly })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test(`${locale}: a pharmacy and an urgent care clinic near a ZIP say what they are, whether the plan covers them and their hours`, async ({ page }) => {
    await page.goto(`/${locale}/find-a-provider?care=pharmacy&near=97501`);
    const pharmacies = page.locator('ol > li article');
    await expect(pharmacies.first()).toBeVisible();
    const first = pharmacies.first();
    await expect(first).toContainText(w.pharmacy);
    await expect(first).toContainText(w.hours);
    await expect(pharmacies.filter({ hasText: w.inNetwork }).first()).toBeVisible();
    // New patients are about doctors, not pharmacies.
    await expect(pharmacies.filter({ hasText: w.newPatients })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(`/${locale}/find-a-provider?care=urgent-care&near=97501`);
    const clinics = page.locator('ol > li article');
    await expect(clinics.first()).toBeVisible();
    await expect(clinics.first()).toContainText(w.urgentCare);
    await expect(clinics.first()).toContainText(w.hours);
  });

  test(`${locale}: "use my location" searches near where the phone is, and says so when it may not`, async ({ page, context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 42.3265, longitude: -122.8756 });
    await page.goto(`/${locale}/find-a-provider`);
    await page.locator('#search-care').selectOption('primary-care');
    await page.getByRole('button', { name: w.useLocation }).click();
    await expect(page).toHaveURL(/near=42\.33%2C-122\.88/);
    expect(new URL(page.url()).searchParams.get('care')).toBe('primary-care');
    await expect(page.getByRole('link', { name: w.nearYou })).toBeVisible();
    await expect(page.getByText(w.fromYou)).toBeVisible();
    await expect(page.locator('ol > li article').first()).toBeVisible();

    await context.clearPermissions();
    await page.goto(`/${locale}/find-a-provider`);
    await page.getByRole('button', { name: w.useLocation }).click();
    await expect(page.getByRole('status').filter({ hasText: w.denied })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${locale}/find-a-provider$`));
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
