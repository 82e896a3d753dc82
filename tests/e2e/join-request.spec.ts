import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, locales } from './helpers';
import { fillJoinRequest, joinWords as words, randomNpi } from './join-helpers';

for (const locale of locales) {
  const w = words[locale];

  test(`${locale}: a request with a mistyped NPI, tax ID and phone is explained field by field, then sent`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${locale}/providers/join`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
    // (The empty form is scanned with axe and at 320px in accessibility.spec.ts.)

    const npi = randomNpi();
    const wrongCheckDigit = `${npi.slice(0, 9)}${(Number(npi[9]) + 1) % 10}`;
    await fillJoinRequest(page, locale, wrongCheckDigit, 'Bear Creek Family Clinic');
    await page.locator('#join-specialty').selectOption('');
    await page.locator('#join-tin').fill('07-1234567');
    await page.locator('#join-phone').fill('555-0142');
    await page.getByRole('button', { name: w.send }).click();

    const summary = page.getByRole('alert').filter({ hasText: w.errors });
    await expect(summary).toBeFocused();
    for (const message of [w.checkDigit, w.tin, w.phone, w.specialty]) await expect(summary).toContainText(message);
    await expect(page.locator('#join-npi-error')).toContainText(w.checkDigit);
    await expect(page.locator('#join-npi')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#join-npi')).toHaveAttribute('aria-describedby', 'join-npi-hint join-npi-error');
    // What was typed stays, mistakes included, so it can be corrected rather than retyped.
    await expect(page.locator('#join-npi')).toHaveValue(wrongCheckDigit);
    await expect(page.locator('#join-name')).toHaveValue('Bear Creek Family Clinic');
    await expect(page.locator('#join-city')).toHaveValue('Medford');
    await expectNoAxeViolations(page);

    await expect(summary.getByRole('link', { name: w.checkDigit })).toHaveAttribute('href', '#join-npi');
    await page.locator('#join-npi').fill('12345');
    await page.getByRole('button', { name: w.send }).click();
    await expect(page.locator('#join-npi-error')).toHaveText(w.npiLength);

    await fillJoinRequest(page, locale, npi, 'Bear Creek Family Clinic');
    await page.getByRole('button', { name: w.send }).click();
    const thanks = page.getByRole('status').filter({ hasText: w.thanks });
    await expect(thanks).toContainText(new RegExp(`${w.reference}: [2-9A-Z]{8}`));
    await expectNoAxeViolations(page);

    // The same NPI again the same day is recognized, not stored twice.
    const first = await thanks.locator('strong').textContent();
    await page.goto(`/${locale}/providers/join`);
    await fillJoinRequest(page, locale, npi, 'Bear Creek Family Clinic, again');
    await page.getByRole('button', { name: w.send }).click();
    await expect(page.getByRole('status')).toContainText(w.again);
    await expect(page.getByRole('status').locator('strong')).toHaveText(first ?? 'missing');
  });
}

test("every visitor gets a form token of their own, so one clinic's request never reads as a retry of another's", async ({ request }) => {
  const token = async () => /name="formToken" value="([^"]+)"/.exec(await (await request.get('/en/providers/join')).text())?.[1];
  const [first, second] = [await token(), await token()];
  expect(first).toMatch(/^\d+\./);
  expect(second).not.toBe(first);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('es: the request still reports errors and sends', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/es/providers/join');
    await fillJoinRequest(page, 'es', '1234567890', 'Clínica Familiar del Valle');
    await page.getByRole('button', { name: words.es.send }).click();
    await expect(page.locator('#join-npi-error')).toContainText(words.es.checkDigit);
    await expect(page.locator('#join-name')).toHaveValue('Clínica Familiar del Valle');
    await page.locator('#join-npi').fill(randomNpi());
    await page.getByRole('button', { name: words.es.send }).click();
    await expect(page.getByText(words.es.thanks)).toBeVisible();
  });
});
