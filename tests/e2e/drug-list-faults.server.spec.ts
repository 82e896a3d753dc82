import { expect, test } from '@playwright/test';

/**
 * Query strings as they arrive on the wire, with what only the real server does to them (decoding,
 * repeated keys, array syntax, the search against the database). The parser's behaviour over any
 * input is a property test in lib/formulary/drug-list-params.test.ts; these must also survive the server.
 */
const nastyQueries = [
  'q=%27%3B%20DROP%20TABLE%20%22FormularyItem%22%3B%20--',
  'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'q=%25',
  'q=_',
  'q=%5C%5C',
  'q=%00',
  'q=met%00formin',
  'q=%',
  'q=%ZZ',
  'q=%C0%AF%ED%A0%80',
  'q=%F0%9F%99%82%E6%97%A5%E6%9C%AC',
  'q=%E2%80%AEevil%E2%80%AC',
  `q=${'m'.repeat(5000)}`,
  'q=',
  'q=+++',
  'q=metformin&q=aspirin&q[]=x',
  'q[]=metformin',
  '=&&&=x&%3D=%3D',
  'q=a',
  'q=acetaminof%C3%A9n',
];

test('query strings built to break the drug list all get a page with the form, never a server error', async ({ request }) => {
  for (const [index, query] of nastyQueries.entries()) {
    const locale = index % 2 === 0 ? 'en' : 'es';
    const response = await request.get(`/${locale}/drug-list?${query}`);
    expect(response.status(), query).toBe(200);
    const html = await response.text();
    expect(html, query).toContain('<h1');
    expect(html, query).toContain('id="drug-query"');
    expect(html, query).not.toContain('<script>alert(1)');
  }
});

test('the sitemap lists the drug list in both languages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const locale of ['en', 'es']) expect(sitemap).toContain(`/${locale}/drug-list</loc>`);
});

test('the whole drug list downloads as US Drug Formulary NDJSON, and an unknown file is a plain 404', async ({ request }) => {
  const items = await request.get('/api/drug-list/Basic.ndjson');
  expect(items.status()).toBe(200);
  expect(items.headers()['content-type']).toContain('application/fhir+ndjson');
  const lines = (await items.text()).trim().split('\n');
  expect(lines.length).toBeGreaterThan(100);
  for (const line of lines) expect(JSON.parse(line)).toMatchObject({ resourceType: 'Basic' });
  const drugs = await request.get('/api/drug-list/MedicationKnowledge.ndjson');
  expect((await drugs.text()).trim().split('\n').length).toBe(lines.length);
  expect((await request.get('/api/drug-list/secrets.txt')).status()).toBe(404);
});
