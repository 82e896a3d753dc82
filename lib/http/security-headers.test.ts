import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from './security-headers';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('security headers', () => {
  it('lists the hash of each inline script once and skips scripts loaded from a file', () => {
    const html = `<html><script src="/_next/a.js" async></script><script>self.__next_f.push([1,"é"])</script>
      <script id="x" type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"é"])</script><script></script></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"é"])'), sha('{"a":1}')]);
  });

  it('builds a policy with no inline script but the listed ones, no plugins, no base, no frames', () => {
    const policy = contentSecurityPolicy(['sha256-abc']);
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) expect(policy).toContain(directive);
    expect(policy).not.toContain("unsafe-inline'; script");
    expect(contentSecurityPolicy('none')).toContain("script-src 'none'");
  });

  it('lets other sites read the FHIR API but not the pages, and sends HSTS unless turned off', () => {
    const value = (path: string, hstsMaxAge = 31_536_000) => Object.fromEntries(securityHeaders({ hstsMaxAge, path }).map(({ key, value }) => [key, value]));
    expect(value('/en')['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(value('/api/fhir/Practitioner')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(value('/en')['Strict-Transport-Security']).toBe('max-age=31536000');
    expect(value('/en', 0)['Strict-Transport-Security']).toBeUndefined();
  });
});
