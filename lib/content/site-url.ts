/**
 * The public address of the site, for canonical links, the sitemap and Open Graph.
 * Operators set SITE_URL; locally it is the address `npm start` serves.
 */
export function siteUrl(): URL {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      throw new Error(`SITE_URL is not a valid address: set it like https://members.example.org`);
    }
  }
  return new URL(`http://localhost:${process.env.PORT ?? '3000'}`);
}
