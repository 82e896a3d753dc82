import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, locales } from './helpers';

const headings = { en: 'Provider directory API for developers', es: 'API del directorio de proveedores para desarrolladores' };
const footerLinks = { en: 'For developers: provider directory API', es: 'Para desarrolladores: API del directorio de proveedores' };

for (const locale of locales) {
  test(`the developers page explains the public API in ${locale}, links to a working CapabilityStatement and passes axe`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    await page.getByRole('contentinfo').getByRole('link', { name: footerLinks[locale] }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/developers$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[locale]);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const examples = page.locator('pre code');
    await expect(examples.first()).toContainText('/api/fhir');
    await expect(examples.filter({ hasText: 'GET ' })).toHaveCount(7);

    const capability = page.getByRole('main').locator('a[href$="/api/fhir/metadata"]');
    await expect(capability).toHaveCount(1);
    const metadata = await request.get(new URL(String(await capability.getAttribute('href'))).pathname);
    expect((await metadata.json()).resourceType).toBe('CapabilityStatement');

    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });
}
