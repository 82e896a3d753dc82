import { expect, test } from '@playwright/test';
import { locales, plan, telHref } from './helpers';

/** The six things members come for, as the home page names them in each language. */
const tasks = {
  en: ['Find a provider', 'Get a ride', 'Medicines and pharmacies', 'Urgent care or the ER?', 'Call us', 'Make a complaint or appeal'],
  es: [
    'Buscar un proveedor',
    'Transporte a sus citas',
    'Medicamentos y farmacias',
    '¿Atención de urgencia o sala de emergencias?',
    'Llámenos',
    'Presentar una queja o apelación',
  ],
} as const;

for (const locale of locales) {
  test(`/${locale}: a member on a phone reaches each of the six tasks from the first screen in one tap`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('no viewport');
    const links = page.getByRole('navigation', { name: locale === 'en' ? 'What do you need today?' : '¿Qué necesita hoy?' }).getByRole('link');
    await expect(links).toHaveCount(6);
    for (const [index, label] of tasks[locale].entries()) {
      const link = links.nth(index);
      await expect(link).toContainText(label);
      const box = await link.boundingBox();
      expect(box, label).not.toBeNull();
      // Fully inside the first screen, and a target a thumb can hit.
      expect((box?.y ?? Infinity) + (box?.height ?? 0), `${label} is below the first screen`).toBeLessThanOrEqual(viewport.height);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      const href = await link.getAttribute('href');
      if (href?.startsWith('tel:')) {
        expect(href).toBe(telHref(plan.phones.customerService?.number ?? ''));
      } else {
        const [path = ''] = (href ?? '').split('#');
        expect(path.startsWith(`/${locale}/`), `${label} stays in ${locale}`).toBe(true);
        expect((await request.get(path)).status(), `${label} → ${path}`).toBe(200);
      }
    }
    // The header's phone link is a 44 px target too.
    const headerCall = page.locator('header a[href^="tel:"]').first();
    expect((await headerCall.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  });
}
