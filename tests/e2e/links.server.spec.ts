import { expect, test } from '@playwright/test';
import { locales, pagePaths } from './helpers';

/** The site's own links (`<a href="/...">`) in a page's HTML, entities decoded, without the #fragment. */
function internalLinks(html: string): string[] {
  const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="(\/[^"]*)"/g)].map((match) => match[1] ?? '');
  return hrefs.map((href) =>
    (href.split('#')[0] ?? href).replace(
      /&(amp|quot|#39|#x27|lt|gt);/g,
      (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[name] ?? '',
    ),
  );
}

// Links are in the server's HTML, the same at every screen size: checked once, without a browser.
test('every internal link on every page leads to a page that exists', async ({ request }) => {
  const seen = new Set<string>();
  for (const locale of locales) {
    for (const path of pagePaths(locale)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const links = internalLinks(await response.text());
      expect(links.length, `links on ${path}`).toBeGreaterThan(10);
      for (const href of links) seen.add(href);
    }
  }
  expect(seen).toContain('/es/find-a-provider');
  for (const href of seen) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});
