import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerFhirRequest } from './service';

const spoofed = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

describe('the base URL in links', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the public address from SITE_URL, whatever Host and X-Forwarded-Host the client sends', async () => {
    vi.stubEnv('SITE_URL', 'https://members.example.org');
    const response = await answerFhirRequest(new Request('http://127.0.0.1:3000/api/fhir/metadata', { headers: spoofed }), { kind: 'metadata' });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect((JSON.parse(text) as { implementation: { url: string } }).implementation.url).toBe('https://members.example.org/api/fhir');
    expect(text).not.toContain('evil.example');
  });

  it('is the address npm start serves when SITE_URL is unset', async () => {
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PORT', '3241');
    const response = await answerFhirRequest(new Request('http://internal:3000/api/fhir/metadata', { headers: spoofed }), { kind: 'metadata' });
    expect(((await response.json()) as { implementation: { url: string } }).implementation.url).toBe('http://localhost:3241/api/fhir');
  });

  it('is cached publicly, varying by Accept (JSON or 406) and never by Host', async () => {
    const response = await answerFhirRequest(new Request('http://127.0.0.1:3000/api/fhir/metadata'), { kind: 'metadata' });
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('vary')).toBe('Accept');
    const refused = await answerFhirRequest(new Request('http://127.0.0.1:3000/api/fhir/metadata', { headers: { accept: 'text/html' } }), { kind: 'metadata' });
    expect(refused.status).toBe(406);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});
