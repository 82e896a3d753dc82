import { expect, test } from '@playwright/test';
import { e2eAlerts, e2ePdf } from './fixtures/content-fixtures.mjs';
import { plan, telHref } from './helpers';

test.describe('text size', () => {
  test('A+ persists across pages and reloads, and A returns to normal', async ({ page }) => {
    await page.goto('/en');
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect(page.getByRole('button', { name: 'Larger text' })).toHaveAttribute('aria-pressed', 'true');
    expect(await rootSize()).toBeGreaterThan(normal);

    await page.goto('/es/contact');
    expect(await rootSize()).toBeGreaterThan(normal);
    await expect(page.getByRole('button', { name: 'Texto más grande' })).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    expect(await rootSize()).toBeGreaterThan(normal);
    await page.getByRole('button', { name: 'Texto normal' }).click();
    expect(await rootSize()).toBe(normal);
  });
});

test.describe('getting-started checklist', () => {
  test('a ticked step survives a reload and counts toward progress', async ({ page }) => {
    await page.goto('/en/getting-started');
    await expect(page.getByText('0 of 6 steps done')).toBeVisible();
    const step = page.getByRole('checkbox', { name: /Done.*wellness visit/i });
    await step.check();
    await expect(page.getByText('1 of 6 steps done')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Done.*wellness visit/i })).toBeChecked();
    await expect(page.getByText('1 of 6 steps done')).toBeVisible();
    // The same steps in Spanish share the tick: the ids are the same.
    await page.goto('/es/getting-started');
    await expect(page.getByText('1 de 6 pasos completados')).toBeVisible();
    await page.getByRole('checkbox').first().uncheck();
    await expect(page.getByText('0 de 6 pasos completados')).toBeVisible();
  });
});

test.describe('tap to call', () => {
  test('the header and footer call links dial the numbers in the plan file', async ({ page }) => {
    await page.goto('/en');
    const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const name of ['customerService', 'customerServiceTollFree', 'tty']) {
      const phone = plan.phones[name];
      expect(phone, name).toBeDefined();
      expect(hrefs).toContain(telHref(phone?.number ?? ''));
    }
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: plan.phones.customerService?.number })).toHaveAttribute(
      'href',
      telHref(plan.phones.customerService?.number ?? ''),
    );
    await expect(footer.getByRole('link', { name: plan.phones.tty?.number, exact: true })).toHaveAttribute('href', 'tel:711');
  });

  test('every tel: link on the contact page is one of the plan numbers', async ({ page }) => {
    const allowed = new Set(Object.values(plan.phones).map((phone) => telHref(phone.number)));
    for (const locale of ['en', 'es']) {
      await page.goto(`/${locale}/contact`);
      const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs) expect(allowed.has(href), href).toBe(true);
    }
  });
});

test.describe('alerts', () => {
  test('a current alert shows in each language; expired and upcoming ones do not', async ({ page }) => {
    for (const locale of ['en', 'es'] as const) {
      await page.goto(`/${locale}/primary-care`);
      const region = page.getByRole('region', { name: locale === 'en' ? 'Important notices' : 'Avisos importantes' });
      await expect(region.getByRole('link', { name: e2eAlerts.current[locale] })).toBeVisible();
      await expect(page.getByText(e2eAlerts.expired[locale])).toHaveCount(0);
      await expect(page.getByRole('link', { name: e2eAlerts.upcoming[locale] })).toBeHidden();
    }
  });

  test('a member can dismiss an alert and it stays dismissed', async ({ page }) => {
    await page.goto('/en/contact');
    const alertLink = page.getByRole('link', { name: e2eAlerts.current.en });
    await expect(alertLink).toBeVisible();
    await page.getByRole('button', { name: `Hide this notice: ${e2eAlerts.current.en}` }).click();
    await expect(alertLink).toBeHidden();
    await expect(page.locator('#main-content')).toBeFocused();
    await page.goto('/en/pregnancy');
    await expect(page.getByRole('link', { name: e2eAlerts.current.en })).toBeHidden();
    await page.reload();
    await expect(page.getByRole('link', { name: e2eAlerts.current.en })).toBeHidden();
  });
});

test.describe('handouts', () => {
  test('a PDF beside a handout is linked with its language and size, and downloads', async ({ page, request }) => {
    await page.goto('/es/handouts');
    const link = page.getByRole('link', { name: /PDF, español/ });
    await expect(link).toHaveCount(1);
    await expect(link).toContainText(/\d+\s?kB/);
    const href = await link.getAttribute('href');
    expect(href).toBe(`/files/handouts/${e2ePdf.locale}/${e2ePdf.slug}.pdf`);
    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    // The English page links the Spanish PDF too, labelled as Spanish.
    await page.goto('/en/handouts');
    await expect(page.getByRole('link', { name: /PDF, Spanish/ })).toHaveCount(1);
  });

  test('a PDF path outside the handouts folder is refused', async ({ request }) => {
    for (const bad of ['/files/handouts/es/..%2F..%2Fplan.yaml', '/files/handouts/fr/medical-equipment.pdf', '/files/handouts/es/nope.pdf']) {
      expect((await request.get(bad)).status(), bad).toBe(404);
    }
  });

  test('a handout prints on its own: no header, footer or buttons', async ({ page }) => {
    await page.goto('/en/handouts/pcp-urgent-care-er');
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
