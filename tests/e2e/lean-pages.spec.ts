import { expect, test, type Page } from '@playwright/test';

/** Every script file a page loads while it opens, by path. */
async function scriptsLoaded(page: Page, path: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(path);
  await page.waitForLoadState('load');
  return scripts;
}

test.describe('pages as light as their HTML', () => {
  for (const path of [
    '/en',
    '/es/primary-care',
    '/en/getting-started',
    '/en/search?q=dentist',
    '/es/drug-list?q=metformina',
    '/en/find-a-provider?near=97501&miles=10',
  ]) {
    test(`${path} loads one small script and no framework`, async ({ page }) => {
      const scripts = await scriptsLoaded(page, path);
      expect(scripts).toEqual(['/enhance.js']);
      const html = await (await page.request.get(path)).text();
      expect(html).not.toContain('__next_f');
      expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('the survey keeps the runtime its form needs', async ({ page }) => {
    const scripts = await scriptsLoaded(page, '/en/feedback');
    expect(scripts.some((script) => script.startsWith('/_next/static/chunks/'))).toBe(true);
  });

  test('the pages that keep the runtime break no rule of the Content-Security-Policy', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Audits.enable');
    const violations: string[] = [];
    cdp.on('Audits.issueAdded', ({ issue }) => {
      if (issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(issue.details.contentSecurityPolicyIssueDetails));
    });
    for (const path of ['/en/feedback', '/es/providers/join']) {
      await page.goto(path);
      await page.waitForLoadState('load');
      await page.getByRole('textbox').first().fill('x');
    }
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
  });

  test('a print button on a handout opens the print dialog', async ({ page }) => {
    await page.goto('/en/handouts');
    const handout = page.getByRole('main').locator('a[href^="/en/handouts/"]').first();
    await handout.click();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: /print/i }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  });

  test('a checklist reached by a client-side navigation from a page with the runtime still works', async ({ page }) => {
    await page.goto('/en/feedback');
    await page.evaluate(() => localStorage.setItem('checklist:new-member', JSON.stringify(['wellness-visit'])));
    // Links inside the app navigate without a page load while the runtime is there.
    await page.getByRole('banner').locator('a[href="/en"]').first().click();
    await page.waitForURL('**/en');
    await page.getByRole('main').getByRole('link', { name: 'Getting started', exact: true }).first().click();
    await page.waitForURL('**/en/getting-started');
    await expect(page.getByText('1 of 6 steps done')).toBeVisible();
    await page.getByRole('checkbox', { name: /Done.*wellness visit/i }).uncheck();
    await expect(page.getByText('0 of 6 steps done')).toBeVisible();
  });
});
