import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from './scripts/e2e-browser/choose';

export const SITE_URL = 'http://localhost:3100';
export const EMULATOR_URL = 'http://localhost:4110';
/** The second shop, on Catalog V1 (older Wix sites), with its own emulator on 4210. */
const V1_SITE_URL = 'http://localhost:3200';

// Playwright's own browser download is not possible everywhere; Debian's Chromium is used when
// present, and every other machine gets Playwright's bundled Chromium.
const launchOptions = existsSync(DEBIAN_CHROMIUM)
  ? { executablePath: DEBIAN_CHROMIUM, args: CHROMIUM_FLAGS }
  : {};

/**
 * One production build and server per catalog version, each with its own emulator. The V1
 * emulator moves a visitor's cart to the member at sign-in, so both of Wix's possible
 * behaviours are tested.
 */
function shop(catalog: 'v1' | 'v3', port: number, cartAtSignIn: 'keep' | 'move') {
  const emulatorPort = port + 1010;
  const site = `http://localhost:${port}`;
  const flags = `--catalog ${catalog} --cart-at-sign-in ${cartAtSignIn} --site-origin ${site} --public-url http://localhost:${emulatorPort}`;
  const data = `.emulator-data/e2e-${catalog}`;
  return {
    // Build once against a throwaway emulator, then serve that build with a fresh one.
    command: [
      `tsx scripts/run.ts build --fresh --emulator --emulator-port ${emulatorPort} -- --data-dir ${data}-build --reset ${flags}`,
      `tsx scripts/run.ts start --emulator --port ${port} --emulator-port ${emulatorPort} -- --data-dir ${data} --reset --access-token-ttl 45 ${flags}`,
    ].join(' && '),
    url: `${site}/api/session`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    env: { SITE_URL: site, NEXT_DIST_DIR: `.next-e2e-${catalog}`, NEXT_TELEMETRY_DISABLED: '1' },
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  // A page rendered for the first time on a busy 2-core machine can take more than 5 s to show.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', launchOptions, browserName: 'chromium' },
  projects: [
    // Every journey runs against a shop on Catalog V3 (what new Wix sites have)...
    { name: 'catalog-v3', use: { baseURL: SITE_URL }, testIgnore: ['outage/**', 'oauth-apps/**'] },
    // ...and the journeys whose Wix calls depend on the catalog or on the emulator's sign-in
    // mode run again against Catalog V1 (older sites).
    {
      name: 'catalog-v1',
      use: { baseURL: V1_SITE_URL },
      testMatch: 'catalog/**/*.spec.ts',
      grep: /@both-catalogs/,
    },
    {
      name: 'cart-v1',
      use: { baseURL: V1_SITE_URL },
      testMatch: 'cart/**/*.spec.ts',
      grep: /@both-catalogs/,
    },
    // Each shop's emulator is switched off (an outage) or cut off (its OAuth app deleted) only
    // after every other journey on that shop: the two run side by side, one per shop.
    {
      name: 'outage',
      use: { baseURL: SITE_URL },
      testMatch: 'outage/**/*.spec.ts',
      dependencies: ['catalog-v3'],
    },
    {
      name: 'oauth-apps',
      use: { baseURL: V1_SITE_URL },
      testMatch: 'oauth-apps/**/*.spec.ts',
      dependencies: ['catalog-v1', 'cart-v1'],
    },
  ],
  webServer: [shop('v3', 3100, 'keep'), shop('v1', 3200, 'move')],
});
