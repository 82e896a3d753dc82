import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { errorHelp } from './lib/content/error-help';
import { readSettings } from './lib/env';
import { DOCUMENT_ONLY_POLICY, securityHeaders } from './lib/http/security-headers';

// Read here so a bad setting fails `next build` and `next start` with its name, not a request.
const settings = readSettings();

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
    // The production server (scripts/serve.ts) sends the same headers on every response, and the full
    // policy with each page's inline-script hashes; `next dev` gets the directives that spare its scripts.
    const frameOnly = { key: 'Content-Security-Policy', value: DOCUMENT_ONLY_POLICY };
    return [
      { source: '/:path*', headers: [...securityHeaders({ hstsMaxAge: settings.HSTS_MAX_AGE, path: '/' }), frameOnly] },
      { source: '/api/fhir/:path*', headers: securityHeaders({ hstsMaxAge: settings.HSTS_MAX_AGE, path: '/api/fhir' }) },
    ];
  },
};

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');
export default withNextIntl(nextConfig);
