/**
 * The security headers, decided in one place. next.config.ts sends them on what Next.js answers (so
 * `next dev` has them too); the production server (scripts/serve.ts) sends them on every response,
 * including the ones Next.js never sees (a malformed request, an unknown method) and its own errors,
 * and adds the script policy with the hashes of each page's inline scripts.
 *
 * No path alias: next.config.ts loads this module.
 */
import { createHash } from 'node:crypto';

export type Header = { key: string; value: string };

/** The FHIR API is read by other systems' browsers and apps: its answers may be embedded cross-origin. */
export const PUBLIC_API_PATH = /^\/api\/fhir(?:\/|$)/;

/**
 * Every directive but the scripts: nothing from other sites, no plugins, no <base> rewriting, never in
 * a frame, forms post only here. Styles allow inline attributes (React writes a few `style=""`).
 */
const documentPolicy = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"];
const basePolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  ...documentPolicy,
];

/**
 * The directives that restrict no script or fetch: what `next dev` can live with (its inline scripts and
 * eval would fail the full policy). next.config.ts sends this; the production server replaces it.
 */
export const DOCUMENT_ONLY_POLICY = documentPolicy.join('; ');

/**
 * The policy of one response. `scriptHashes` are the sha256 sources of the page's inline scripts
 * (from {@link inlineScriptHashes}); scripts otherwise come only from this site. A response that is
 * not a page (an API answer, an image) runs no script at all.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] | 'none'): string {
  const scripts = scriptHashes === 'none' ? "script-src 'none'" : ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' ');
  return [...basePolicy, scripts].join('; ');
}

/** `<script …>body</script>` without a src: Next.js's page payload, React's streaming helpers, JSON-LD. */
const inlineScript = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP hash source (`sha256-…`) of every distinct inline script in an HTML page, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(inlineScript)) {
    const body = match[1] ?? '';
    if (body.length === 0) continue;
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/**
 * The headers every response carries, whatever it is. `hstsMaxAge` 0 leaves out Strict-Transport-Security
 * (a site served over plain HTTP on a private network).
 */
export function securityHeaders({ hstsMaxAge, path }: { hstsMaxAge: number; path: string }): Header[] {
  const headers: Header[] = [
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Geolocation for this site only: the provider finder's "Use my location".
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self), payment=(), usb=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: PUBLIC_API_PATH.test(path) ? 'cross-origin' : 'same-origin' },
  ];
  if (hstsMaxAge > 0) headers.push({ key: 'Strict-Transport-Security', value: `max-age=${hstsMaxAge}` });
  return headers;
}
