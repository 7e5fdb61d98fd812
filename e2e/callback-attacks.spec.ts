import nextEnv from '@next/env';
import { expect, test, type Page } from './fixtures';
import { parseEnv } from '../lib/env';
import { sealSession } from '../lib/session';
import {
  DEMO,
  EMULATOR_URL,
  headerAccount,
  SESSION_COOKIE,
  sessionCookie,
  signInAsDemo,
  SITE_URL,
  submitLogin,
} from './helpers';

/** The secrets the shop under test seals with: as scripts/run.ts reads them, in emulator mode. */
function shopSessionSecrets(): string[] {
  const silent = { info: () => {}, error: () => {} };
  const { combinedEnv } = nextEnv.loadEnvConfig(process.cwd(), false, silent);
  return parseEnv({ ...combinedEnv, WIX_CLIENT_ID: '', WIX_API_URL: EMULATOR_URL }).sessionSecrets;
}

async function expectFriendlyFailure(page: Page, url: string, heading: RegExp) {
  const response = await page.goto(url);
  expect(response?.status()).toBe(400);
  expect(response?.headers()['cache-control']).toBe('no-store');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '/login');
}

test.describe('sign-in callback attacks', () => {
  test('a callback this browser never started shows the friendly page', async ({ page }) => {
    await expectFriendlyFailure(
      page,
      '/auth/callback?code=forged&state=forged',
      /cannot be finished/,
    );
  });

  test('a callback with the wrong state changes nothing', async ({ page, context }) => {
    await page.goto('/login');
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
    const before = await sessionCookie(context);
    await expectFriendlyFailure(page, '/auth/callback?code=abc&state=wrong', /cannot be finished/);
    expect((await sessionCookie(context))?.value).toBe(before?.value);
  });

  test('a sign-in finished after its ten minutes is refused and signs no one in', async ({
    page,
    context,
  }) => {
    // What /login leaves in the cookie, aged past its deadline (the shop's clock is real).
    const state = 'a-sign-in-started-long-ago';
    const expiresAt = Math.floor(Date.now() / 1000) - 60;
    const seal = await sealSession(
      { v: 1, logins: [{ state, codeVerifier: 'verifier', returnTo: '/account', expiresAt }] },
      shopSessionSecrets(),
    );
    await context.addCookies([{ name: SESSION_COOKIE, value: seal, url: SITE_URL }]);
    await expectFriendlyFailure(page, `/auth/callback?code=x&state=${state}`, /has expired/);
    await expect(page.getByText('Sign-ins must be finished within ten minutes.')).toBeVisible();
    expect((await sessionCookie(context))?.value).toBe(seal);
    const summary = (await (await page.request.get('/api/session')).json()) as { member: unknown };
    expect(summary.member).toBeNull();
  });

  test('a callback without code or state is refused', async ({ page }) => {
    await expectFriendlyFailure(page, '/auth/callback', /incomplete/);
  });

  test('replaying a used callback is refused and the member stays signed in', async ({ page }) => {
    let callbackUrl = '';
    page.on('request', (request) => {
      if (request.url().startsWith(`${SITE_URL}/auth/callback`)) callbackUrl = request.url();
    });
    await signInAsDemo(page);
    expect(callbackUrl).toContain('code=');
    await expectFriendlyFailure(page, callbackUrl, /cannot be finished/);
    await page.goto('/');
    await expect((await headerAccount(page)).getByRole('link', { name: DEMO.name })).toBeVisible();
  });

  test('cancelling on the login page shows the friendly page', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'Sign-in cancelled' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible();
  });

  test("Wix's error_description is shown as text, only for a sign-in this browser started", async ({
    page,
  }) => {
    const markup = '<img src=x onerror="window.pwned=1">';
    // Where the emulator's Cancel sends the browser: the callback with the real state and
    // error=access_denied. Wix's text is added to it, as Wix would send one.
    await page.goto('/login');
    const cancel = await page.getByRole('link', { name: 'Cancel' }).getAttribute('href');
    const answer = await page.request.get(new URL(cancel ?? '', page.url()).href, {
      maxRedirects: 0,
    });
    const callback = new URL(answer.headers()['location'] ?? '');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const state = callback.searchParams.get('state') ?? '';
    callback.searchParams.set('error_description', markup);
    await page.goto(callback.href);
    await expect(page.getByRole('heading', { name: 'Sign-in cancelled' })).toBeVisible();
    await expect(page.getByText(markup)).toBeVisible();
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

    // That sign-in is over: its state no longer finishes anything.
    expect(state).not.toBe('');
    await expectFriendlyFailure(
      page,
      `/auth/callback?code=abc&state=${encodeURIComponent(state)}`,
      /cannot be finished/,
    );
  });

  test('an error link this browser did not start shows no text from the link', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
    const description = encodeURIComponent(
      'Your account is locked. Call +1 555 0100 to unlock it.',
    );
    for (const error of ['access_denied', 'server_error']) {
      await expectFriendlyFailure(
        page,
        `/auth/callback?error=${error}&error_description=${description}&state=forged`,
        /cancelled|did not complete/,
      );
      await expect(page.getByText(/locked|555/)).toHaveCount(0);
    }
  });

  test('returnTo values pointing elsewhere land on the home page', async ({ page }) => {
    await signInAsDemo(page);
    for (const evil of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/%2F%2Fevil.example',
    ]) {
      await page.goto(`/login?returnTo=${encodeURIComponent(evil)}`);
      await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
      await page.getByRole('button', { name: /Continue as/ }).click();
      await expect(page).toHaveURL(`${SITE_URL}/`);
    }
  });

  test('a cross-site sign-out does nothing', async ({ page }) => {
    await signInAsDemo(page);
    // A form on another origin (the emulator's) posting to the shop's /logout.
    await page.goto(`${EMULATOR_URL}/__emulator/health`);
    await page.evaluate((target) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = target;
      document.body.append(form);
      form.submit();
    }, `${SITE_URL}/logout`);
    await expect(page.getByRole('heading', { name: 'Sign-out refused' })).toBeVisible();

    const forged = await page.request.post('/logout', {
      headers: { Origin: 'https://evil.example' },
    });
    expect(forged.status()).toBe(403);
    expect((await page.request.get('/logout')).status()).toBe(405);

    await page.goto('/account');
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  });

  test('a wrong password then the right one still completes the sign-in', async ({ page }) => {
    await page.goto('/login?returnTo=/account');
    await submitLogin(page, DEMO.email, 'wrong');
    await submitLogin(page, DEMO.email, DEMO.password);
    await expect(page).toHaveURL(`${SITE_URL}/account`);
  });
});
