import net from 'node:net';
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';

const { hostname, port } = new URL(baseURL);

/** Sends bytes exactly as written (fetch would refuse TRACE and re-encode the address) and reads the answer's head. */
function raw(request: string): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let received = '';
    socket.on('data', (data) => {
      received += data.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine = '', ...lines] = received.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      socket.destroy();
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    });
    socket.on('error', reject);
    socket.setTimeout(15_000, () => reject(new Error(`no answer to ${request.split('\r\n')[0]}`)));
  });
}

const get = (target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n${extra}Connection: close\r\n\r\n`;

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['cross-origin-resource-policy'], what).toBeTruthy();
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['strict-transport-security'], what).toMatch(/^max-age=\d+/);
}

test('malformed and hostile requests get the status that says why, with the security headers', async () => {
  const body = 'x'.repeat(64);
  const broken = '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunfinished';
  const cases: [string, string, number][] = [
    ['TRACE', `TRACE /en HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`, 405],
    ['PUT', `PUT /en HTTP/1.1\r\nHost: ${hostname}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`, 405],
    ['malformed page path', get('/en/%ff'), 400],
    ['malformed FHIR path', get('/api/fhir/Practitioner/%ff'), 400],
    ['NUL in the path', get('/en/a%00b'), 400],
    ['raw non-ASCII byte', `GET /en/caf\xe9 HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`, 400],
    ['oversized body', `POST /en/feedback HTTP/1.1\r\nHost: ${hostname}\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n`, 413],
    ['body of unknown length', `POST /en/feedback HTTP/1.1\r\nHost: ${hostname}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`, 411],
    [
      'cross-site form action',
      `POST /en/feedback HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOrigin: https://evil.example\r\nNext-Action: ${'7f'.padEnd(42, '0')}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      403,
    ],
    [
      'action id in a shape Next.js never makes',
      `POST /en/feedback HTTP/1.1\r\nHost: ${hostname}:${port}\r\nNext-Action: 7f00\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      400,
    ],
    [
      'broken multipart form',
      `POST /en/feedback HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${broken.length}\r\nConnection: close\r\n\r\n${broken}`,
      400,
    ],
    ['CONNECT', `CONNECT ${hostname}:${port} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`, 405],
    ['header over 16 KB', get('/en', `X-Big: ${'b'.repeat(20_000)}\r\n`), 400],
  ];
  for (const [what, request, status] of cases) {
    const answer = await raw(request);
    expect(answer.status, what).toBe(status);
    expectSecurityHeaders(answer.headers, what);
  }
});

test('a FHIR request Node cannot parse still gets an OperationOutcome', async () => {
  const answer = await raw(`GET /api/fhir/Practitioner?name=Jos\xe9 HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
  expect(answer.status).toBe(400);
  expect(answer.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
  expect(answer.headers['cross-origin-resource-policy']).toBe('cross-origin');
  expect((await raw(`GET /en/caf\xe9 HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`)).headers['content-type']).toBe('text/plain; charset=utf-8');
});

test('redirects, missing pages and API answers carry the security headers, and public pages set no cookie', async () => {
  for (const [target, status] of [
    ['/', 307],
    ['/en', 200],
    ['/en/no-such-page', 404],
    ['/api/fhir/metadata', 200],
    ['/es/find-a-provider?near=97501', 200],
  ] as const) {
    const answer = await raw(get(target, 'Accept-Language: es\r\n'));
    expect(answer.status, target).toBe(status);
    expectSecurityHeaders(answer.headers, target);
    expect(answer.headers['set-cookie'], target).toBeUndefined();
  }
  expect((await raw(get('/api/fhir/metadata'))).headers['cross-origin-resource-policy']).toBe('cross-origin');
});

test('pages keep working under the script policy: no violation on a static page, the finder, a form and the staff sign-in', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/en/primary-care', '/es/find-a-provider?near=97501&care=primary-care', '/en/feedback', '/staff/sign-in']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toMatch(/script-src 'self'( 'sha256-[^']+')+/);
  }
  // React took over the page (its scripts ran): the text-size control answers a click.
  await page.goto('/en/primary-care');
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.getByRole('button', { name: 'Larger text' })).toHaveAttribute('aria-pressed', 'true');
  expect(violations).toEqual([]);
});
