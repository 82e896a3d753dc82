/**
 * The plain page sent with status 503 when the database cannot be reached. The proxy sends it before
 * any page renders (a page cannot choose its own status code), so it is HTML built here: no script,
 * no stylesheet to fetch, readable on any phone. The member directory and the staff area both use it.
 */

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

export type UnavailablePage = {
  lang: string;
  /** The page title and heading (text). */
  title: string;
  /** The browser tab's title after the heading, e.g. the plan's name (text). */
  titleSuffix?: string;
  /** A paragraph above the heading (a link home), as HTML: escape any text with escapeHtml. */
  aboveHeadingHtml?: string;
  /** The paragraphs under the heading, as HTML. */
  paragraphsHtml: string[];
};

export function unavailablePageResponse(page: UnavailablePage): Response {
  const html = `<!doctype html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}${page.titleSuffix ? ` | ${escapeHtml(page.titleSuffix)}` : ''}</title>
<style>
body{margin:0;font:1.125rem/1.6 system-ui,sans-serif;color:#1b1f23;background:#fff}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{color:#042a33;font-size:1.75rem;line-height:1.25}
a{color:#08505f;font-weight:600}
a:focus{outline:3px solid #1b1f23;box-shadow:0 0 0 6px #ffbf47}
</style>
</head>
<body>
<main>
${page.aboveHeadingHtml ? `<p>${page.aboveHeadingHtml}</p>\n` : ''}<h1>${escapeHtml(page.title)}</h1>
${page.paragraphsHtml.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '60', 'cache-control': 'no-store' },
  });
}
