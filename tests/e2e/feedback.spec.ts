import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, locales } from './helpers';

const words = {
  en: {
    link: 'Help us improve our website',
    send: 'Send',
    errors: 'There is a problem with your answers',
    chooseLooking: 'Choose what you were looking for.',
    tellFound: 'Tell us if you found it.',
    chooseEase: 'Choose a number from 1 to 5.',
    pharmacy: 'Medicine or a pharmacy',
    partly: 'Partly',
    yes: 'Yes',
    thanks: 'Thank you! We got your answers.',
    reference: 'Your reference number',
    back: 'Go back to the page you were on',
    comment: 'The list of pharmacies was hard to find.',
  },
  es: {
    link: 'Ayúdenos a mejorar nuestro sitio web',
    send: 'Enviar',
    errors: 'Hay un problema con sus respuestas',
    chooseLooking: 'Elija lo que estaba buscando.',
    tellFound: 'Díganos si lo encontró.',
    chooseEase: 'Elija un número del 1 al 5.',
    pharmacy: 'Medicamentos o una farmacia',
    partly: 'En parte',
    yes: 'Sí',
    thanks: '¡Gracias! Recibimos sus respuestas.',
    reference: 'Su número de referencia',
    back: 'Volver a la página donde estaba',
    comment: 'Me costó encontrar la lista de farmacias.',
  },
} as const;

async function expectThanks(page: Page, locale: (typeof locales)[number], backTo: string) {
  const w = words[locale];
  const thanks = page.getByRole('status').filter({ hasText: w.thanks });
  await expect(thanks).toBeVisible();
  await expect(thanks).toContainText(new RegExp(`${w.reference}: [2-9A-Z]{8}`));
  await expect(thanks.getByRole('link', { name: w.back })).toHaveAttribute('href', backTo);
}

for (const locale of locales) {
  const w = words[locale];

  test(`${locale}: from a page, follow the footer link, fix what is missing and send the survey`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${locale}/primary-care`);
    await page.getByRole('contentinfo').getByRole('link', { name: w.link }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/feedback\\?from=%2F${locale}%2Fprimary-care$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.link);
    await expect(page).toHaveTitle(new RegExp(w.link));
    // (The empty survey is scanned with axe and at 320px in accessibility.spec.ts.)

    // Sending with nothing chosen says what to fix, next to each question, and keeps what was typed.
    await page.locator('#feedback-comments').fill(w.comment);
    await page.getByRole('button', { name: w.send, exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: w.errors });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    for (const message of [w.chooseLooking, w.tellFound, w.chooseEase]) await expect(summary.getByRole('link', { name: message })).toBeVisible();
    await expect(page.locator('#feedback-found-error')).toHaveText(w.tellFound);
    await expect(page.locator('fieldset', { has: page.locator('#feedback-found-0') })).toHaveAttribute('aria-describedby', 'feedback-found-error');
    await expect(page.locator('#feedback-comments')).toHaveValue(w.comment);
    await expectNoAxeViolations(page);

    await page.getByLabel(w.pharmacy, { exact: true }).check();
    await page.getByLabel(w.partly, { exact: true }).check();
    await page.getByLabel('4', { exact: true }).check();
    await page.getByRole('button', { name: w.send, exact: true }).click();
    await expectThanks(page, locale, `/${locale}/primary-care`);
    await expectNoAxeViolations(page);
  });

  test(`${locale}: the survey works without JavaScript`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/feedback?from=/${locale}/contact`);
    await page.locator('#feedback-contact').fill('not a way to reach me');
    await page.getByRole('button', { name: w.send, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: w.errors })).toContainText(w.chooseLooking);
    await expect(page.locator('#feedback-contact')).toHaveValue('not a way to reach me');
    await expect(page.locator('#feedback-contact')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel(w.pharmacy, { exact: true }).check();
    await page.getByLabel(w.yes, { exact: true }).check();
    await page.getByLabel(/^5 /).check();
    await page.locator('#feedback-contact').fill('');
    await page.getByRole('button', { name: w.send, exact: true }).click();
    await expectThanks(page, locale, `/${locale}/contact`);
    await context.close();
  });
}

test('a "from" that is not a path on this site is ignored', async ({ page }) => {
  await page.goto('/en/feedback?from=https://evil.example/x');
  await expect(page.locator('input[name="from"]')).toHaveCount(0);
});
