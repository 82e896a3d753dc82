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
 * in a temporary CONTENT_DIR; the sample provider directory in a temporary DATA_DIR). Every journey
 * runs at a phone and a desktop viewport.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: { baseURL, launchOptions: chromium, trace: 'retain-on-failure' },
  projects: [
    // Server behaviour (status codes, outages) is the same at every viewport: *.server.spec.ts runs once.
    // Form journeys members make on phones (*.phone.spec.ts) run at phone size only; their pages are
    // still scanned at both sizes by accessibility.spec.ts.
    { name: 'phone', testIgnore: /\.server\.spec\.ts$/, use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions: chromium } },
    { name: 'desktop', testIgnore: [/\.server\.spec\.ts$/, /\.phone\.spec\.ts$/], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromium } },
    { name: 'server', testMatch: /\.server\.spec\.ts$/, use: { launchOptions: chromium } },
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
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
