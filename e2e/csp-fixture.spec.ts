// `test` from @playwright/test on purpose: this spec's violations are meant, not a failure.
import { expect, test, type BrowserContext } from '@playwright/test';
import { describeCspViolations, recordCspViolations } from './fixtures';

// The fixture's own check, on a made-up origin with a strict policy: it must see what Chrome
// blocks, with JavaScript and without, including a form post whose redirect leaves the origin.
const POLICY = "default-src 'self'; img-src 'self'; script-src 'self'; form-action 'self'";
const PAGE = `<!doctype html><html><body>
<img src="http://elsewhere.test/a.png" alt=""><script>document.title = 'inline ran'</script>
<form method="post" action="/post"><button>Send</button></form></body></html>`;

async function serveStrictPage(context: BrowserContext) {
  await context.route('http://csp-check.test/**', (route) =>
    new URL(route.request().url()).pathname === '/post'
      ? route.fulfill({ status: 303, headers: { location: 'http://elsewhere.test/' } })
      : route.fulfill({
          contentType: 'text/html',
          headers: { 'content-security-policy': POLICY },
          body: PAGE,
        }),
  );
  await context.route('http://elsewhere.test/**', (route) => route.fulfill({ body: 'elsewhere' }));
}

for (const javaScriptEnabled of [true, false]) {
  test(`the CSP fixture names each blocked load (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const found = await recordCspViolations(context);
    await serveStrictPage(context);
    const page = await context.newPage();
    await page.goto('http://csp-check.test/');
    await page.getByRole('button', { name: 'Send' }).click();
    // Chrome refuses the redirect, so the page stays where it was.
    await expect(page).toHaveURL('http://csp-check.test/');
    // Each blocked load as its directive and what it blocked, whichever way Chrome reported it.
    const expected = [
      ['img-src', 'http://elsewhere.test/a.png'],
      ['form-action', 'http://csp-check.test/post'],
      // Without JavaScript an inline script is not run, so nothing is refused.
      ...(javaScriptEnabled ? [['script-src', 'inline']] : []),
    ];
    const matched = () =>
      expected.filter((words) =>
        describeCspViolations(found).some((line) => words.every((w) => line.includes(w))),
      );
    await expect.poll(() => matched().length).toBe(expected.length);
    // Each violation once, though Chrome reports it both as an event and on the console.
    expect(describeCspViolations(found)).toHaveLength(expected.length);
    await context.close();
  });
}
