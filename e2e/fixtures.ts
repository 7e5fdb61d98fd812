import { test as base, type BrowserContext } from '@playwright/test';

// Everything else as @playwright/test has it, so a spec changes only its import path.
export * from '@playwright/test';

/** One report: a page's `securitypolicyviolation` event, or a console line of Chrome's. */
export type CspViolation =
  | { source: 'event'; directive: string; blocked: string; page: string }
  | { source: 'console'; text: string; page: string };

const REPORT = '__reportCspViolation';
const watched = new WeakSet<BrowserContext>();

/**
 * Collects the Content-Security-Policy violations of every page in `context`. Chrome's console
 * lines also cover pages without JavaScript and a page that navigated away before its event
 * could be reported (a form post whose redirect was refused).
 */
export async function recordCspViolations(
  context: BrowserContext,
  found: CspViolation[] = [],
): Promise<CspViolation[]> {
  if (watched.has(context)) return found;
  watched.add(context);
  await context.exposeBinding(REPORT, ({ page }, v: { directive: string; blocked: string }) => {
    found.push({ source: 'event', directive: v.directive, blocked: v.blocked, page: page.url() });
  });
  await context.addInitScript((report) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const send = (window as unknown as Record<string, (v: object) => void>)[report];
      send?.({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  }, REPORT);
  context.on('console', (message) => {
    const text = message.text().trim();
    if (text.includes('Content Security Policy')) {
      found.push({ source: 'console', text, page: message.page()?.url() ?? '' });
    }
  });
  return found;
}

/** One line per violation; a console line that repeats an event of the same page is dropped. */
export function describeCspViolations(found: CspViolation[]): string[] {
  const events = found.filter((v) => v.source === 'event');
  const lines = found.flatMap((v) => {
    if (v.source === 'event') return [`${v.directive} blocked ${v.blocked} on ${v.page}`];
    const repeat = events.some((e) => e.page === v.page && v.text.includes(e.blocked));
    return repeat ? [] : [`on ${v.page}: ${v.text}`];
  });
  return [...new Set(lines)];
}

/**
 * `test` that fails any test during which a page (of its own context or of one it opened with
 * `browser.newContext()`) broke the shop's Content-Security-Policy.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ browser }, provide) => {
      const found: CspViolation[] = [];
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const context = await newContext.apply(browser, args);
        await recordCspViolations(context, found);
        return context;
      };
      try {
        await provide(found);
      } finally {
        browser.newContext = newContext;
      }
      const lines = describeCspViolations(found);
      if (lines.length > 0) {
        throw new Error(`Content-Security-Policy violations:\n  ${lines.join('\n  ')}`);
      }
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, provide) => {
    await recordCspViolations(context, cspViolations);
    await provide(context);
  },
});
