// The headless Chromium that Lighthouse drives: Debian's when installed, else Playwright's own.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from '../e2e-browser/choose';

export function chromiumPath(): string {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const own = chromium.executablePath();
  if (existsSync(own)) return own;
  throw new Error(
    'No Chromium for Lighthouse: run `npx playwright install chromium` (or, on Debian, `apt-get install chromium`).',
  );
}

export type Browser = { port: number; path: string; close(): Promise<void> };

/** Starts Chromium with a throwaway profile; resolves once its DevTools port is known. */
export async function launchChromium(): Promise<Browser> {
  const executable = chromiumPath();
  const profile = mkdtempSync(path.join(tmpdir(), 'lighthouse-chromium-'));
  // Port 0: Chromium picks a free one and writes it to DevToolsActivePort in the profile.
  const child = spawn(
    executable,
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    // Chromium's helpers may still be writing to the profile for a moment after it exits.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) break;
    const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8').split('\n')[0]) : 0;
    if (port > 0) return { port, path: executable, close };
    await new Promise((r) => setTimeout(r, 200));
  }
  await close();
  throw new Error(`${executable} did not open a DevTools port`);
}
