import { describe, expect, it } from 'vitest';
import { chooseBrowser, DEBIAN_CHROMIUM, type BrowserProbe } from './choose';

const OWN = '/home/u/.cache/ms-playwright/chromium/chrome';

function probe(files: string[], overrides: Partial<BrowserProbe> = {}) {
  const present = new Set(files);
  const calls: string[] = [];
  const machine: BrowserProbe = {
    exists: (path) => present.has(path),
    playwrightChromium: () => OWN,
    installPlaywrightChromium: () => {
      calls.push('playwright');
      return false;
    },
    canUseApt: () => false,
    installDebianChromium: () => {
      calls.push('apt');
      return false;
    },
    ...overrides,
  };
  return { machine, calls, present };
}

describe('chooseBrowser', () => {
  it("prefers Debian's Chromium and installs nothing", () => {
    const { machine, calls } = probe([DEBIAN_CHROMIUM, OWN]);
    expect(chooseBrowser(machine)).toEqual({
      ok: true,
      message: "E2E browser: Debian's Chromium (/usr/bin/chromium)",
    });
    expect(calls).toEqual([]);
  });

  it("uses Playwright's own Chromium when it is installed", () => {
    const { machine } = probe([OWN]);
    expect(chooseBrowser(machine).message).toBe(`E2E browser: Playwright's Chromium (${OWN})`);
  });

  it("downloads Playwright's Chromium where it can", () => {
    const { machine, present } = probe([], {
      installPlaywrightChromium: () => present.add(OWN).has(OWN),
    });
    expect(chooseBrowser(machine).message).toMatch(/Playwright's Chromium .*installed now$/);
  });

  it("falls back to Debian's package as root with apt", () => {
    const { machine, calls, present } = probe([], {
      canUseApt: () => true,
      installDebianChromium: () => {
        calls.push('apt');
        return present.add(DEBIAN_CHROMIUM).has(DEBIAN_CHROMIUM);
      },
    });
    expect(chooseBrowser(machine)).toMatchObject({ ok: true, message: /Debian's .*installed now/ });
    expect(calls).toEqual(['playwright', 'apt']);
  });

  it('says in one line what to run when nothing works', () => {
    const { machine, calls } = probe([]);
    const choice = chooseBrowser(machine);
    expect(choice.ok).toBe(false);
    expect(choice.message).toMatch(/run `npx playwright install chromium`/);
    expect(choice.message).not.toContain('\n');
    expect(calls).toEqual(['playwright']);
  });
});
