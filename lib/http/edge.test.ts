import { describe, expect, it } from 'vitest';
import { clientAddress, isReadableForm, MAX_BODY_BYTES, needsBodyCheck, refuseRequest, unparsedRequestPath, type EdgeRequest } from './edge';

const siteOrigin = 'https://members.example.org';
const request = (overrides: Partial<EdgeRequest>): EdgeRequest => ({ method: 'GET', url: '/en', headers: {}, siteOrigin, ...overrides });
const status = (overrides: Partial<EdgeRequest>) => refuseRequest(request(overrides))?.status ?? 'passes';

describe('the edge refuses what no well-formed client sends, with the status that says why', () => {
  it('lets pages, forms, FHIR searches and preflights through', () => {
    expect(status({})).toBe('passes');
    expect(status({ method: 'HEAD', url: '/es/find-a-provider?near=97501' })).toBe('passes');
    expect(status({ method: 'OPTIONS', url: '/api/fhir/Practitioner' })).toBe('passes');
    expect(
      status({ method: 'POST', url: '/en/feedback', headers: { 'content-length': '2048', origin: siteOrigin, 'next-action': '7f'.padEnd(42, '0') } }),
    ).toBe('passes');
    expect(status({ url: '/en/search?q=%E2%82%AC%20dental' })).toBe('passes');
  });

  it('answers 405 to methods the site does not use', () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'CONNECT', 'PROPFIND']) expect(status({ method })).toBe(405);
  });

  it('answers 400 to a malformed or control-character path', () => {
    expect(status({ url: '/en/%ff' })).toBe(400);
    expect(status({ url: '/api/fhir/Practitioner/%ff' })).toBe(400);
    expect(status({ url: '/en/%zz' })).toBe(400);
    expect(status({ url: '/en/a%00b' })).toBe(400);
    expect(status({ url: '/en/a%0Ab' })).toBe(400);
  });

  it('answers 413 over the body limit, 411 to a body of unknown length, 400 to a length that is not a number', () => {
    expect(status({ method: 'POST', headers: { 'content-length': String(MAX_BODY_BYTES) } })).toBe('passes');
    expect(status({ method: 'POST', headers: { 'content-length': String(MAX_BODY_BYTES + 1) } })).toBe(413);
    expect(status({ method: 'POST', headers: { 'transfer-encoding': 'chunked' } })).toBe(411);
    expect(status({ method: 'POST', headers: { 'content-length': '12abc' } })).toBe(400);
  });

  it('answers 403 to a form action posted from another site, but not from the host the browser used', () => {
    const action = { 'next-action': '7f'.padEnd(42, 'a'), 'content-length': '10' };
    expect(status({ method: 'POST', headers: { ...action, origin: 'https://evil.example' } })).toBe(403);
    expect(status({ method: 'POST', headers: { ...action, origin: 'null' } })).toBe(403);
    expect(status({ method: 'POST', headers: { ...action, origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' } })).toBe('passes');
    expect(status({ method: 'POST', headers: { ...action } })).toBe('passes');
  });
});

describe('form bodies Next.js would fail to read', () => {
  it('answers 400 to an action id in a shape Next.js never makes', () => {
    expect(status({ method: 'POST', headers: { 'next-action': '7f00', origin: siteOrigin } })).toBe(400);
  });

  it('checks multipart bodies only, and tells a broken one from a whole one', async () => {
    expect(needsBodyCheck('POST', 'multipart/form-data; boundary=x')).toBe(true);
    expect(needsBodyCheck('POST', 'application/x-www-form-urlencoded')).toBe(false);
    expect(needsBodyCheck('GET', 'multipart/form-data; boundary=x')).toBe(false);
    const whole = new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue\r\n--x--\r\n');
    const broken = new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunfinished');
    expect(await isReadableForm(whole, 'multipart/form-data; boundary=x')).toBe(true);
    expect(await isReadableForm(broken, 'multipart/form-data; boundary=x')).toBe(false);
  });
});

describe('client addresses trust X-Forwarded-For only through the configured proxies', () => {
  it('uses the connection and ignores the header when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, 0)).toBe('203.0.113.9');
  });

  it('takes the address the nearest trusted proxy saw, whatever the client wrote to the left of it', () => {
    expect(clientAddress('10.0.0.2', 'spoofed, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7, 10.0.0.1', 2)).toBe('198.51.100.7');
  });

  it('gives a rotating header the same address every time', () => {
    const seen = new Set(Array.from({ length: 20 }, (_, i) => clientAddress('10.0.0.2', `192.0.2.${i}, 198.51.100.7`, 1)));
    expect([...seen]).toEqual(['198.51.100.7']);
    const direct = new Set(Array.from({ length: 20 }, (_, i) => clientAddress('203.0.113.9', `192.0.2.${i}`, 0)));
    expect([...direct]).toEqual(['203.0.113.9']);
  });

  it('falls back to the connection when a trusted proxy was bypassed, and refuses what is not an address', () => {
    expect(clientAddress('203.0.113.9', undefined, 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', 'not-an-address', 1)).toBeNull();
    expect(clientAddress(undefined, undefined, 0)).toBeNull();
  });
});

describe('requests Node could not parse are answered in the form their part of the site speaks', () => {
  it('reads the address from the first line, raw bytes and all', () => {
    expect(unparsedRequestPath(Buffer.from('GET /api/fhir/Practitioner?name=Jos\xe9 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1'))).toBe(
      '/api/fhir/Practitioner?name=Jos\xe9',
    );
    expect(unparsedRequestPath(Buffer.from('GET /en/caf\xe9 HTTP/1.1\r\n', 'latin1'))).toBe('/en/caf\xe9');
  });

  it('has no address for what is not a request line', () => {
    expect(unparsedRequestPath(undefined)).toBeNull();
    expect(unparsedRequestPath(Buffer.from('\x16\x03\x01 TLS hello', 'latin1'))).toBeNull();
    expect(unparsedRequestPath(Buffer.from('GET http://elsewhere/ HTTP/1.1\r\n'))).toBeNull();
  });
});
