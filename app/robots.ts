import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/content/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/staff', '/api/'] }],
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  };
}
