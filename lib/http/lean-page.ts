/**
 * Pages that work without the framework's runtime are sent without it (docs/decisions/0008). A page
 * says so with a marker (components/layout/without-runtime.tsx); the production server then removes
 * Next.js's scripts, their preloads and the inline copy of the page (the RSC payload, about as large
 * as the page itself) from the finished HTML. What stays: the page, its CSS, the site's own inline
 * scripts (before-paint text size and alerts), React's streaming instructions for any late-arriving
 * part, and public/enhance.js, which runs the page's few controls.
 *
 * Kept in plain text processing on purpose: the HTML is Next.js's own, in a shape this project's tests
 * pin (lean-page.test.ts and the e2e "content pages carry no framework script").
 */
export const WITHOUT_RUNTIME_MARKER = { name: 'page-runtime', content: 'none' } as const;

const marker = new RegExp(`<meta name="${WITHOUT_RUNTIME_MARKER.name}" content="${WITHOUT_RUNTIME_MARKER.content}"\\s*/?>`);
const frameworkScriptFile = /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const scriptPreload = /<link\b(?=[^>]*\bas="script")(?=[^>]*\bhref="\/_next\/)[^>]*>/g;
const inlineScript = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script>/g;
/** The page payload (`self.__next_f.push`) and the bundler's bootstrap: runtime, not page. */
const frameworkInline = (body: string) => body.includes('self.__next_f') || body.includes('globalThis["TURBOPACK"]');

export function isWithoutRuntime(html: string): boolean {
  return marker.test(html);
}

/** The page without the framework's scripts; the page unchanged when it does not carry the marker. */
export function withoutFrameworkRuntime(html: string): string {
  if (!isWithoutRuntime(html)) return html;
  return html
    .replace(frameworkScriptFile, '')
    .replace(scriptPreload, '')
    .replace(inlineScript, (whole: string, body: string) => (frameworkInline(body) ? '' : whole));
}
