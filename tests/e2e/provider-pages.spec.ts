import { expect, test } from '@playwright/test';
import { locales, pagePaths, plan, telHref } from './helpers';

/** The provider contacts in content/plan.yaml, which the pages must show (and never a typed copy). */
const providerPlan = plan as typeof plan & {
  emails: Record<string, string>;
  claims: { payerId: string; mailingAddress: string[] };
};

const footerLinks = { en: 'For providers', es: 'Para proveedores' };
const claimsLinks = { en: 'Claims', es: 'Reclamaciones' };
const backLinks = { en: 'All provider resources', es: 'Todos los recursos para proveedores' };

for (const locale of locales) {
  test(`clinics reach the provider pages from the footer and find how to send claims in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole('contentinfo').getByRole('link', { name: footerLinks[locale] }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/providers$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(footerLinks[locale]);
    const main = page.getByRole('main');
    const providerLine = providerPlan.phones.providerServices?.number ?? 'missing from plan.yaml';
    await expect(main.getByRole('link', { name: providerLine }).first()).toHaveAttribute('href', telHref(providerLine));

    await main.getByRole('link', { name: claimsLinks[locale], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/providers/claims$`));
    await expect(main.getByText(providerPlan.claims.payerId, { exact: true }).first()).toBeVisible();
    const address = main.locator('address');
    for (const line of providerPlan.claims.mailingAddress) await expect(address).toContainText(line);
    const claimsEmail = providerPlan.emails.claimsHelp ?? 'missing from plan.yaml';
    await expect(main.getByRole('link', { name: claimsEmail })).toHaveAttribute('href', `mailto:${claimsEmail}`);

    await page.getByRole('link', { name: backLinks[locale] }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/providers$`));
  });
}

test('the sitemap lists the provider pages in both languages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const locale of locales) {
    for (const path of pagePaths(locale).filter((pagePath) => pagePath.startsWith(`/${locale}/providers`))) {
      expect(sitemap, path).toContain(`${path}</loc>`);
    }
  }
});
