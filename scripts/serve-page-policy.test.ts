import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, takePageEncoding, withPagePolicy } from './serve-page-policy';

describe('chooseEncoding', () => {
  it('picks brotli when the browser takes it, else gzip, else nothing, and respects q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, deflate')).toBe('');
    expect(chooseEncoding('identity')).toBe('');
    expect(chooseEncoding(undefined)).toBe('');
    expect(chooseEncoding('*')).toBe('br');
  });
});

describe('takePageEncoding', () => {
  const request = (method: string, url: string, headers: Record<string, string>) =>
    Object.assign(Object.create(http.IncomingMessage.prototype) as http.IncomingMessage, { method, url, headers: { ...headers } });

  it('takes Accept-Encoding from member pages only, so Next.js leaves their compression to the edge', () => {
    for (const url of ['/en', '/es/', '/en/find-a-provider?near=97501', '/es/primary-care']) {
      const page = request('GET', url, { 'accept-encoding': 'gzip, br' });
      expect(takePageEncoding(page), url).toBe('br');
      expect(page.headers['accept-encoding'], url).toBeUndefined();
    }
    for (const [method, url, extra] of [
      ['GET', '/api/fhir/Practitioner', {}],
      ['GET', '/_next/static/chunks/app.css', {}],
      ['GET', '/enhance.js', {}],
      ['GET', '/enroll', {}],
      ['POST', '/en/feedback', {}],
      ['GET', '/en/feedback', { rsc: '1' }],
    ] as const) {
      const other = request(method, url, { 'accept-encoding': 'gzip', ...extra });
      expect(takePageEncoding(other), `${method} ${url}`).toBeUndefined();
      expect(other.headers['accept-encoding'], url).toBe('gzip');
    }
  });
});

describe('withPagePolicy with the compression it was given', () => {
  const html = '<!DOCTYPE html><html><head></head><body><p>Hola</p><script>document.title="x"</script></body></html>';
  let server: http.Server;
  let origin = '';
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      withPagePolicy(response, chooseEncoding(request.headers['x-test-encoding']?.toString()));
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Vary', 'RSC');
      response.write(html.slice(0, 40));
      response.end(html.slice(40));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (encoding: string) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${origin}/en`, { headers: { 'x-test-encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  it('sends the page compressed once, as asked, with its script policy, and says it varies by Accept-Encoding', async () => {
    const br = await get('br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(html);
    expect(br.headers['vary']).toBe('RSC, Accept-Encoding');
    expect(br.headers['content-security-policy']).toMatch(/script-src[^;]*'sha256-/);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);

    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(html);

    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
  });
});
