import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { errorHelp } from './lib/content/error-help';
import { readSettings } from './lib/env';

// Read here so a bad setting fails `next build` and `next start` with its name, not a request.
const settings = readSettings();

const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The error pages are client components: their words and the phone number are baked in here.
  env: { ERROR_HELP: JSON.stringify(errorHelp()) },
  // The end-to-end suite builds into its own folder so it never replaces the build `npm start` serves.
  distDir: settings.NEXT_DIST_DIR,
  // Content is read from content/ on the server at build and revalidation time.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  // Loaded by Node at run time, not bundled: PGlite reads its WebAssembly and extension files from
  // its package folder, and zipcodes is a large CommonJS data table.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'zipcodes'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');
export default withNextIntl(nextConfig);
