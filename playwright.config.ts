import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://127.0.0.1:${port}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/**
 * Runs against a production build made by scripts/e2e.mjs (content plus test alerts and a PDF,
 * in a temporary CONTENT_DIR; the sample provider directory in a temporary DATA_DIR).
 *
 * Each check runs once, at the size it concerns (docs/decisions/0005-e2e-suite.md):
 * - `phone` (every *.spec.ts not named below): journeys, and every page scanned with axe and for
 *   reflow at 320px. Members mostly come on phones; behaviour that does not depend on the screen
 *   is checked here once.
 * - `desktop` (*.desktop.spec.ts): one page of each template scanned with axe at 1280px, and what
 *   only the wide layout shows.
 * - `server` (*.server.spec.ts): answers read without a browser page (status codes, headers, APIs,
 *   outages), the same at every size.
 * No retries: a test that passes only on its second try is a defect to fix, not to hide.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: { baseURL, launchOptions: chromium, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'phone',
      testIgnore: [/\.server\.spec\.ts$/, /\.desktop\.spec\.ts$/],
      use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions: chromium },
    },
    {
      name: 'desktop',
      testMatch: /\.desktop\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromium },
    },
    { name: 'server', testMatch: /\.server\.spec\.ts$/, use: { launchOptions: chromium } },
  ],
  webServer: {
    command: `node_modules/.bin/tsx scripts/serve.ts --port ${port} --hostname 127.0.0.1`,
    url: `${baseURL}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e',
      CONTENT_DIR: process.env.CONTENT_DIR ?? '',
      DATA_DIR: process.env.DATA_DIR ?? '',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
