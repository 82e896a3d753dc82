import { expect, test } from '@playwright/test';

// The e2e server holds the invented sample network (scripts/e2e.mjs loads it).
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

test('the CapabilityStatement is public JSON, open to every origin, and instantiates Plan-Net and the US Drug Formulary', async ({ request, baseURL }) => {
  const response = await request.get('/api/fhir/metadata', { headers: { origin: 'https://app.example' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe(FHIR_JSON);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const body = await response.json();
  expect(body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', implementation: { url: `${baseURL}/api/fhir` } });
  expect(body.instantiates).toEqual([
    'http://hl7.org/fhir/us/davinci-pdex-plan-net/CapabilityStatement/plan-net',
    'http://hl7.org/fhir/us/davinci-drug-formulary/CapabilityStatement/usdf-server',
  ]);
});

test('a CORS preflight is answered without sign-in, and writes are refused with an OperationOutcome', async ({ request }) => {
  const preflight = await request.fetch('/api/fhir/PractitionerRole', {
    method: 'OPTIONS',
    headers: { origin: 'https://app.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  expect(preflight.headers()['access-control-allow-headers']).toContain('If-None-Match');
  const write = await request.post('/api/fhir/Practitioner', { data: { resourceType: 'Practitioner' } });
  expect(write.status()).toBe(405);
  expect((await write.json()).resourceType).toBe('OperationOutcome');
});

test('an unknown type and a missing id get a 404 OperationOutcome, not the site page', async ({ request }) => {
  for (const path of ['/api/fhir/Patient/1', '/api/fhir/Practitioner/no-such-id', '/api/fhir/Patient?name=smith']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type']).toBe(FHIR_JSON);
    expect((await response.json()).resourceType).toBe('OperationOutcome');
  }
  const bad = await request.get('/api/fhir/Practitioner?_lastUpdated=last-tuesday');
  expect(bad.status()).toBe(400);
});

test('a search pages through the sample network with absolute links, includes offices, and reads carry an ETag', async ({ request, baseURL }) => {
  const base = `${baseURL}/api/fhir`;
  const response = await request.get('/api/fhir/PractitionerRole?_count=5&_include=PractitionerRole:location');
  expect(response.status()).toBe(200);
  const bundle = await response.json();
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
  expect(bundle.total).toBeGreaterThan(5);
  expect(bundle.link[0]).toEqual({ relation: 'self', url: `${base}/PractitionerRole?_count=5&_include=PractitionerRole%3Alocation` });
  const matches = bundle.entry.filter((entry: { search: { mode: string } }) => entry.search.mode === 'match');
  expect(matches).toHaveLength(5);
  expect(
    bundle.entry.some(
      (entry: { search: { mode: string }; resource: { resourceType: string } }) =>
        entry.search.mode === 'include' && entry.resource.resourceType === 'Location',
    ),
  ).toBe(true);
  const role = matches[0].resource;
  expect(matches[0].fullUrl).toBe(`${base}/PractitionerRole/${role.id}`);
  expect(role.meta.profile).toContain('http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-PractitionerRole');

  const next = bundle.link.find((link: { relation: string }) => link.relation === 'next');
  const second = await (await request.get(next.url)).json();
  expect(second.entry[0].resource.id > matches[4].resource.id).toBe(true);

  const read = await request.get(`/api/fhir/PractitionerRole/${role.id}`);
  expect(read.status()).toBe(200);
  const etag = read.headers()['etag'] ?? '';
  expect(etag).toMatch(/^W\/"/);
  expect(read.headers()['last-modified']).toBe(new Date(role.meta.lastUpdated).toUTCString());
  expect((await request.get(`/api/fhir/PractitionerRole/${role.id}`, { headers: { 'if-none-match': etag } })).status()).toBe(304);
});
