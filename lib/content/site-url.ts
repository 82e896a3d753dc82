import { readSettings } from '@/lib/env';

/**
 * The public address of the site, for canonical links, the sitemap and Open Graph.
 * Operators set SITE_URL (lib/env.ts checks it is an http(s) address); locally it is the address
 * `npm start` serves.
 */
export function siteUrl(): URL {
  const settings = readSettings();
  return new URL(settings.SITE_URL ?? `http://localhost:${settings.PORT}`);
}
