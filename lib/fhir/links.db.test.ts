import { describe, expect, it } from 'vitest';
import { at, BASE, useImportedApi } from '@/tests/fhir/harness';
import { sampleDataset } from '@/tests/fixtures/sample-network';

/** Every header a client or a proxy in its control could use to name another host. */
const spoofed = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', forwarded: 'host=evil.example;proto=https' };

describe('FHIR API: links come from the configured base, never from the request', { timeout: 120_000 }, () => {
  const { request } = useImportedApi(sampleDataset);

  it('builds self, next and fullUrl links of a search from the base', async () => {
    const { status, headers, body } = await request('PractitionerRole?_count=1&_include=PractitionerRole:practitioner', spoofed);
    expect(status).toBe(200);
    expect(body.link.map((link) => link.relation)).toEqual(['self', 'next']);
    for (const link of body.link) expect(link.url.startsWith(`${BASE}/PractitionerRole?`), link.url).toBe(true);
    const fullUrls = (body.entry ?? []).map((entry) => entry.fullUrl);
    expect(fullUrls.length).toBe(2);
    for (const fullUrl of fullUrls) expect(fullUrl?.startsWith(`${BASE}/`), fullUrl).toBe(true);
    expect(JSON.stringify(body)).not.toContain('evil.example');
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(headers.get('vary')).toBe('Accept, Prefer');
  });

  it('builds the Content-Location of a read from the base, on 200 and 304 alike', async () => {
    const id = (await request('Practitioner?_count=1')).body.entry?.[0]?.resource.id;
    expect(id).toBeTruthy();
    const first = await request(`Practitioner/${id}`, spoofed);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-location')).toBe(`${BASE}/Practitioner/${id}`);
    expect(first.headers.get('vary')).toBe('Accept');
    expect(JSON.stringify(first.body)).not.toContain('evil.example');
    const again = await request(`Practitioner/${id}`, { ...spoofed, 'if-none-match': first.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-location')).toBe(`${BASE}/Practitioner/${id}`);
    expect(again.headers.get('vary')).toBe('Accept');
  });

  it('names the base as the CapabilityStatement url', async () => {
    const { body } = await request('metadata', spoofed);
    expect(body.resourceType).toBe('CapabilityStatement');
    expect(at(body, 'implementation', 'url')).toBe(BASE);
    expect(JSON.stringify(body)).not.toContain('evil.example');
  });
});
