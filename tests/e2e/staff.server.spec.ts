import { expect, test } from '@playwright/test';

/**
 * Every staff page and API refuses anyone not signed in: no cookie, a forged one (right shape, never
 * issued), and a real one that has expired (made by scripts/e2e.mjs). Pages send them to sign in;
 * the CSV export answers 401. Nothing of the page's data is in either answer.
 */
const pages = [
  '/staff',
  '/staff/feedback',
  '/staff/feedback?from=2026-01-01&to=2026-12-31',
  '/staff/reports',
  '/staff/reports?show=all',
  '/staff/join-requests',
  '/staff/join-requests?status=new',
  '/staff/searches',
  '/staff/searches?language=es',
];
const apis = ['/staff/feedback/export', '/staff/feedback/export?from=2000-01-01&to=2100-01-01', '/staff/join-requests/export'];

const cookies: Record<string, string | undefined> = {
  'no cookie': undefined,
  'a forged cookie': `__Host-staff-session=${'x'.repeat(43)}`,
  'a malformed cookie': "__Host-staff-session=' OR 1=1 --",
  'an expired cookie': `__Host-staff-session=${process.env.E2E_EXPIRED_STAFF_TOKEN ?? ''}`,
};

test.beforeAll(() => {
  expect(process.env.E2E_EXPIRED_STAFF_TOKEN, 'scripts/e2e.mjs makes an expired session').toMatch(/^[\w-]{43}$/);
});

for (const [name, cookie] of Object.entries(cookies)) {
  test(`with ${name}, every staff page sends the visitor to sign in and the export answers 401`, async ({ request }) => {
    const headers = cookie ? { cookie } : undefined;
    for (const path of pages) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toMatch(/\/staff\/sign-in$/);
      expect(await response.text(), path).not.toMatch(/Signed in as|Latest comments|Mark fixed|Save status/);
    }
    for (const path of apis) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), path).toBe(401);
      expect(response.headers()['content-type']).toMatch(/^text\/plain/);
      expect(await response.text(), path).not.toMatch(/reference,|NPI/);
    }
  });
}

test('the staff area is English, outside the language routes, and never indexed', async ({ request }) => {
  const response = await request.get('/staff/sign-in', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<html lang="en"/);
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  expect((await request.get('/en/staff', { maxRedirects: 0 })).status()).toBe(404);
});
