import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';
import { fillJoinRequest, randomNpi } from './join-helpers';

const email = process.env.E2E_STAFF_EMAIL ?? '';
const password = process.env.E2E_STAFF_PASSWORD ?? '';

/** Checking a password takes scrypt a few hundred milliseconds on purpose; more on a busy CI machine. */
const passwordCheck = { timeout: 30_000 };

async function signIn(page: Page) {
  await page.goto('/staff/sign-in');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview', passwordCheck);
}

test.beforeAll(() => {
  expect(email, 'scripts/e2e.mjs sets E2E_STAFF_EMAIL').not.toBe('');
});

test.beforeEach(() => {
  test.setTimeout(120_000);
});

test('a wrong password is refused with the e-mail kept; the right one opens the staff area; sign out closes it', async ({ page }) => {
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);

  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'You are not signed in' });
  await expect(summary).toContainText('do not match an account', passwordCheck);
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Work e-mail')).toHaveValue(email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expectNoAxeViolations(page);

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview', passwordCheck);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  const cookie = (await page.context().cookies()).find((entry) => entry.name === '__Host-staff-session');
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/, { timeout: 30_000 });
  await page.goto('/staff/feedback');
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
});

test('an answer to the survey is counted on the dashboard, shown with its comment and exported as CSV', async ({ page }) => {
  const fromPage = `/en/e2e-${randomBytes(4).toString('hex')}`;
  const comment = `The bus schedule page was hard to find ${randomBytes(3).toString('hex')}`;
  await page.goto(`/en/feedback?from=${encodeURIComponent(fromPage)}`);
  await page.getByLabel('A ride to an appointment', { exact: true }).check();
  await page.getByLabel('No', { exact: true }).check();
  await page.getByLabel('2', { exact: true }).check();
  await page.locator('#feedback-comments').fill(comment);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const reference = (await page.getByRole('status').filter({ hasText: 'Your reference number' }).locator('strong').textContent())?.trim() ?? '';
  expect(reference).toMatch(/^[2-9A-Z]{8}$/);

  await signIn(page);
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Website feedback' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Website feedback');
  await expectNoAxeViolations(page);
  await page.getByLabel('Page', { exact: true }).selectOption(fromPage);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`page=${encodeURIComponent(fromPage).replaceAll('%2F', '(%2F|/)')}`));

  const answers = page
    .getByRole('term')
    .filter({ hasText: /^Answers$/ })
    .locator('xpath=following-sibling::dd[1]');
  await expect(answers).toHaveText('1');
  const pageRow = page.getByRole('table', { name: 'Found it, by page the member came from' }).getByRole('row', { name: new RegExp(fromPage) });
  await expect(pageRow.getByRole('cell')).toHaveText(['1', '0', '0', '1', '0%', '']);
  const lookingRow = page.getByRole('table', { name: 'Found it, by what members were looking for' }).getByRole('row', { name: /A ride to an appointment/ });
  await expect(lookingRow.getByRole('cell').nth(3)).toHaveText('1');
  await expect(page.getByRole('img', { name: /1 answers from/ })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest comments' }).getByRole('listitem').filter({ hasText: comment });
  await expect(latest).toContainText(`reference ${reference}`);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download these answers/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^feedback-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs
    .readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  // Every cell is quoted, so a spreadsheet that splits on ';' or ',' keeps each answer in its column.
  expect(csv[0]).toBe('"reference","received (Oregon time)","language","page","looking for","found it","ease (1-5)","comments","contact"');
  expect(csv).toHaveLength(2);
  expect(csv[1]).toMatch(new RegExp(`^"${reference}","\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}","en","${fromPage}","transportation","no","2","${comment}",""$`));
});

test('a listing report shows its age against the 30-day window and can be marked fixed', async ({ page }) => {
  const details = `Rings a closed office ${randomBytes(3).toString('hex')}`;
  await page.goto('/en/find-a-provider?care=primary-care&near=97501');
  const first = page.locator('ol > li article').first();
  const name = (await first.getByRole('heading').textContent())?.trim() ?? '';
  await first.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByRole('link', { name: 'Report a problem with this listing' }).click();
  await page.getByLabel('The phone number is wrong').check();
  await page.locator('#report-details').fill(details);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByText('Thank you. We received your report.')).toBeVisible();

  await signIn(page);
  await page.getByRole('link', { name: 'Listing reports' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Listing reports');
  const report = page.getByRole('listitem').filter({ hasText: details });
  await expect(report.getByRole('heading')).toContainText(name);
  await expect(report).toContainText(/Received today: due \w{3} \d{1,2}, \d{4} \(29 days left\)/);
  await expect(report).toContainText('The phone number is wrong');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await report.getByRole('button', { name: /Mark fixed/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: details })).toHaveCount(0);
  await page.getByRole('link', { name: 'Also show reports already fixed' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: details })).toContainText('Fixed on');
});

test('a join request appears for staff with its tax ID masked, moves to contacted, and downloads whole as CSV', async ({ page }) => {
  const npi = randomNpi();
  const name = `Table Rock Pediatrics ${randomBytes(2).toString('hex')}`;
  await page.goto('/en/providers/join');
  await fillJoinRequest(page, 'en', npi, name);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('status')).toContainText('Thank you. We received your request.');

  await signIn(page);
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Join requests' }).click();
  const request = page.getByRole('listitem').filter({ hasText: name });
  await expect(request).toContainText('New · received');
  await expect(request).toContainText('Family medicine (207Q00000X)');
  await expect(request).toContainText('••-•••4567');
  await expect(request).not.toContainText('93-1234567');
  await expect(request.getByRole('link', { name: new RegExp(npi) })).toHaveAttribute('href', `https://npiregistry.cms.hhs.gov/provider-view/${npi}`);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  await request.getByLabel(/Status/).selectOption('contacted');
  await request.getByRole('button', { name: /Save status/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: name })).toContainText('Contacted · received');
  await page.getByRole('link', { name: 'Contacted', exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download every request/ }).click()]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv).toMatch(
    new RegExp(
      `,"contacted","${name}","207Q00000X","541-555-0142","","contracts@clinic.example.org","221 W Main St","Medford","OR","97501","${npi}","93-1234567","","en"\\r\\n`,
    ),
  );
});

test('a site search that finds nothing reaches staff only once several visitors sent it, and never says who', async ({ page, request }) => {
  const words = `zzqx ${randomBytes(3).toString('hex')}`;
  const search = (visitor: string) => request.get(`/es/search?q=${encodeURIComponent(words)}`, { headers: { 'x-forwarded-for': visitor } });
  // One visitor's words could be a name or a diagnosis: kept unreadable.
  expect((await search('203.0.113.1')).status()).toBe(200);
  await signIn(page);
  await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Searches without results' }).click();
  await page.getByRole('link', { name: 'Spanish', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(words) })).toHaveCount(0);
  // Three different visitors searching the same words make it something members look for.
  for (const visitor of ['203.0.113.2', '203.0.113.3']) expect((await search(visitor)).status()).toBe(200);
  // Each search is counted after its answer is sent.
  const row = page.getByRole('row', { name: new RegExp(words) });
  await expect(async () => {
    await page.reload();
    await expect(row.getByRole('cell').nth(1)).toHaveText('3', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(row.getByRole('cell').first()).toHaveText('Spanish');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});
