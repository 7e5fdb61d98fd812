import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

export const SITE_URL = 'http://localhost:3100';
export const EMULATOR_URL = 'http://localhost:4110';

// Playwright's own browser download is not possible everywhere; Debian's Chromium is used when
// present, and every other machine gets Playwright's bundled Chromium.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

const emulatorFlags = `--site-origin ${SITE_URL} --public-url ${EMULATOR_URL}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { baseURL: SITE_URL, trace: 'retain-on-failure', launchOptions },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Build once against a throwaway emulator, then serve that build with a fresh one.
    command: [
      `tsx scripts/run.ts build --emulator --emulator-port 4110 -- --data-dir .emulator-data/e2e-build --reset ${emulatorFlags}`,
      `tsx scripts/run.ts start --emulator --port 3100 --emulator-port 4110 -- --data-dir .emulator-data/e2e --reset --access-token-ttl 45 ${emulatorFlags}`,
    ].join(' && '),
    url: `${SITE_URL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    env: { SITE_URL, NEXT_DIST_DIR: '.next-e2e', NEXT_TELEMETRY_DISABLED: '1' },
  },
});
