// Which Chromium the end-to-end tests use, decided before Playwright starts, so that
// `npm install && npm test` is all the set-up a fresh machine needs.

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Quiet and reproducible: no sandbox (root on CI), no GPU, no updates or sync calling home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type BrowserProbe = {
  exists(path: string): boolean;
  /** Where Playwright keeps its own Chromium (it may not be downloaded). */
  playwrightChromium(): string;
  /** `npx playwright install chromium`; false when it cannot download. */
  installPlaywrightChromium(): boolean;
  /** `apt-get install chromium`; only tried as root on a machine with apt. */
  canUseApt(): boolean;
  installDebianChromium(): boolean;
};

export type Choice = { ok: true; message: string } | { ok: false; message: string };

const debian = (how: string): Choice => ({
  ok: true,
  message: `E2E browser: Debian's Chromium (${DEBIAN_CHROMIUM})${how}`,
});
const playwright = (path: string, how: string): Choice => ({
  ok: true,
  message: `E2E browser: Playwright's Chromium (${path})${how}`,
});

/** Debian's Chromium, else Playwright's, else installs one of them; one line says which. */
export function chooseBrowser(probe: BrowserProbe): Choice {
  if (probe.exists(DEBIAN_CHROMIUM)) return debian('');
  const own = probe.playwrightChromium();
  if (probe.exists(own)) return playwright(own, '');
  if (probe.installPlaywrightChromium() && probe.exists(own)) {
    return playwright(own, ', installed now');
  }
  if (probe.canUseApt() && probe.installDebianChromium() && probe.exists(DEBIAN_CHROMIUM)) {
    return debian(', installed now');
  }
  return {
    ok: false,
    message:
      'No Chromium for the end-to-end tests and none could be installed: run `npx playwright install chromium` (or, on Debian, `sudo apt-get install chromium`), then `npm test` again.',
  };
}
