/**
 * About 1,000 hostile requests for bench:abuse: malformed addresses, unknown methods, oversized and
 * unmeasured bodies, cross-site and broken form posts, control characters in every kind of parameter,
 * raw bytes, huge headers. Deterministic: the same list every run.
 */
const pages = ['/en', '/es', '/en/primary-care', '/es/find-a-provider', '/en/search', '/en/feedback', '/staff/sign-in', '/api/fhir/Practitioner'];
const parameters = [
  ['/en/find-a-provider', 'name'],
  ['/es/find-a-provider', 'near'],
  ['/en/find-a-provider', 'care'],
  ['/en/find-a-provider', 'language'],
  ['/en/search', 'q'],
  ['/es/search', 'q'],
  ['/api/fhir/PractitionerRole', 'specialty'],
  ['/api/fhir/Practitioner', 'name'],
] as const;
const nasty = ['a%00b', '%ff', '%', '%2', 'a%0d%0aSet-Cookie:x=1', '%c0%80', `${'a'.repeat(5000)}`, '<script>alert(1)</script>', "' OR 1=1--", '%E2%80%AE'];

export function hostileRequests(origin: string): (string | Buffer)[] {
  const host = new URL(origin).host;
  const head = (method: string, target: string, extra = '') => `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`;
  const requests: (string | Buffer)[] = [];
  for (const page of pages) {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'CONNECT']) requests.push(head(method, page, 'Content-Length: 0\r\n'));
    for (const suffix of ['/%ff', '/%', '/%zz', '/a%00b', '/%0a', '/..%2f..%2fetc%2fpasswd', `/${'x'.repeat(3000)}`])
      requests.push(head('GET', `${page}${suffix}`));
    requests.push(head('POST', page, 'Content-Length: 5000000\r\n'));
    requests.push(`POST ${page} HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n`);
    const body = '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunfinished';
    requests.push(
      `POST ${page} HTTP/1.1\r\nHost: ${host}\r\nOrigin: https://evil.example\r\nNext-Action: 7f00\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    requests.push(
      `POST ${page} HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\nNext-Action: 7f00\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    requests.push(
      `POST ${page} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    requests.push(Buffer.concat([Buffer.from(`GET ${page}/caf`), Buffer.from([0xe9]), Buffer.from(` HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)]));
    requests.push(head('GET', page, `X-Big: ${'b'.repeat(20_000)}\r\n`));
    requests.push(head('GET', page, 'Host: evil.example\r\nX-Forwarded-Host: evil.example\r\n'));
  }
  for (let round = 0; requests.length < 1000; round += 1) {
    for (const [page, name] of parameters) {
      const value = nasty[(round + name.length) % nasty.length] ?? '';
      requests.push(
        head(round % 5 === 0 ? 'HEAD' : 'GET', `${page}?${name}=${value}&page=${round % 3 === 0 ? '-1' : round}&miles=${round % 2 ? 'abc' : '1e9'}`),
      );
    }
  }
  return requests.slice(0, 1000);
}
