// npm test's step before Playwright: makes sure a Chromium is there (see choose.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chooseBrowser } from './choose';

const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;

function quietly(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, {
    stdio: 'ignore',
    timeout: INSTALL_TIMEOUT_MS,
    env,
  });
  return result.status === 0;
}

const choice = chooseBrowser({
  exists: existsSync,
  playwrightChromium: () => chromium.executablePath(),
  installPlaywrightChromium: () => {
    console.log('No Chromium found: trying `npx playwright install chromium`…');
    return quietly(process.execPath, ['node_modules/playwright/cli.js', 'install', 'chromium']);
  },
  canUseApt: () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get'),
  installDebianChromium: () => {
    console.log("Playwright's download failed: installing Debian's chromium with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    return (
      quietly('apt-get', ['update', '-qq'], env) &&
      quietly('apt-get', ['install', '-y', '-qq', 'chromium'], env)
    );
  },
});
console.log(choice.message);
process.exitCode = choice.ok ? 0 : 1;
