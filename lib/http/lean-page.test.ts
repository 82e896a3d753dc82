import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './security-headers';
import { isWithoutRuntime, withoutFrameworkRuntime } from './lean-page';

// The shape of a page Next.js 16 prerenders (turbopack build), cut down: script files and their
// preload, the bundler's bootstrap, the payload pushes, the site's own before-paint script, JSON-LD.
const page = (marker: boolean) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/0_a5f06ia311p.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0o67_m74_czgt.js"/>
<script src="/_next/static/chunks/00npdm7cl-f0g.js" async=""></script>
<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>
<script>(function(){var d=document.documentElement;d.classList.add('js');})();</script>
<script src="/enhance.js" async=""></script>
${marker ? '<meta name="page-runtime" content="none"/>' : ''}
<link rel="icon" href="/icon.svg"/></head><body><main><h1>Primary care</h1><p>Call 541-555-0100.</p>
<script type="application/ld+json">{"@type":"Organization"}</script></main>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>
</body></html>`;

describe('pages sent without the framework runtime', () => {
  it('leaves a page without the marker exactly as it came', () => {
    expect(isWithoutRuntime(page(false))).toBe(false);
    expect(withoutFrameworkRuntime(page(false))).toBe(page(false));
  });

  it("removes Next.js's script files, their preloads, its bootstrap and the page payload", () => {
    const lean = withoutFrameworkRuntime(page(true));
    expect(lean).not.toContain('/_next/static/chunks/00npdm7cl-f0g.js');
    expect(lean).not.toContain('noModule');
    expect(lean).not.toContain('as="script"');
    expect(lean).not.toContain('TURBOPACK');
    expect(lean).not.toContain('__next_f');
  });

  it("keeps the page, its CSS, the site's own scripts and structured data", () => {
    const lean = withoutFrameworkRuntime(page(true));
    for (const kept of [
      '<h1>Primary care</h1>',
      '0_a5f06ia311p.css',
      "classList.add('js')",
      '<script src="/enhance.js" async=""></script>',
      'application/ld+json',
      'icon.svg',
    ]) {
      expect(lean).toContain(kept);
    }
    // The policy then lists only the inline scripts that are left: the before-paint one and the JSON-LD.
    expect(inlineScriptHashes(lean)).toHaveLength(2);
    expect(inlineScriptHashes(page(true))).toHaveLength(5);
  });
});
