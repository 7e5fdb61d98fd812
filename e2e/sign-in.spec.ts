import { expect, test } from './fixtures';
import {
  DEMO,
  headerAccount,
  SESSION_COOKIE,
  sessionCookie,
  signInAsDemo,
  SITE_URL,
  submitLogin,
  uniqueEmail,
} from './helpers';

test.describe('member sign-in', () => {
  test('the demo member signs in through the Wix-managed page and lands where they were', async ({
    page,
    context,
  }) => {
    await signInAsDemo(page, '/account');
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
    await expect(page.getByText(DEMO.email)).toBeVisible();
    await expect(page.getByText('January 15, 2024')).toBeVisible();

    const cookie = await sessionCookie(context);
    const size = `${cookie?.name}=${cookie?.value}`.length;
    console.log(`session cookie with member tokens: ${size} bytes`);
    expect(size).toBeLessThan(3072);
  });

  test('a visitor sent from /account to sign in comes back to /account', async ({ page }) => {
    await page.goto('/account');
    await submitLogin(page, DEMO.email, DEMO.password);
    await expect(page).toHaveURL(`${SITE_URL}/account`);
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  });

  test('a new shopper signs up and is signed in as the new member', async ({ page }) => {
    const email = uniqueEmail('new-member');
    await page.goto('/login?returnTo=/account');
    const form = page.getByRole('form', { name: /Create an account/ });
    await form.getByLabel('Your name').fill('Nora Newcomer');
    await form.getByLabel('Sign-up email').fill(email);
    await form.getByLabel('Choose a password').fill('a-long-password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(`${SITE_URL}/account`);
    await expect(page.getByText(email)).toBeVisible();
    await expect(
      (await headerAccount(page)).getByRole('link', { name: 'Nora Newcomer' }),
    ).toBeVisible();
  });

  test('a wrong password keeps the shopper on the login page with a clear error', async ({
    page,
  }) => {
    await page.goto('/login');
    await submitLogin(page, DEMO.email, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText(/password/i);
  });

  test('signing out ends the member session and returns home as a visitor', async ({ page }) => {
    await signInAsDemo(page);
    await (await headerAccount(page)).getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${SITE_URL}/`);
    await expect((await headerAccount(page)).getByRole('link', { name: 'Sign in' })).toBeVisible();
    // The Wix login ended too: the next sign-in asks for a password again.
    await page.goto('/account');
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Continue as/ })).toHaveCount(0);
  });

  test('the cookie from before sign-in does not grant member access', async ({
    page,
    context,
    browser,
  }) => {
    // A visitor identity is minted when a sign-in starts (or at the first cart action).
    await page.goto('/login');
    await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
    const before = await sessionCookie(context);
    expect(before).toBeDefined();
    await signInAsDemo(page);
    expect((await sessionCookie(context))?.value).not.toBe(before?.value);

    const attacker = await browser.newContext();
    await attacker.addCookies([{ name: SESSION_COOKIE, value: before!.value, url: SITE_URL }]);
    const attackerPage = await attacker.newPage();
    await attackerPage.goto('/account');
    await expect(attackerPage.getByRole('form', { name: 'Sign in' })).toBeVisible();
    await attacker.close();
  });

  test('an expired access token is renewed without the member noticing', async ({
    page,
    context,
  }) => {
    await signInAsDemo(page, '/account');
    const before = await sessionCookie(context);
    // The e2e emulator issues 45 s tokens and the shop renews 30 s before expiry: the member
    // keeps reading their account until the renewed cookie arrives.
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
      await expect(page.getByText(DEMO.email)).toBeVisible();
      expect((await sessionCookie(context))?.value).not.toBe(before?.value);
    }).toPass({ intervals: [2_000], timeout: 40_000 });
  });

  test('a member signed out elsewhere becomes a visitor here, without an error page', async ({
    page,
    context,
    browser,
  }) => {
    await signInAsDemo(page, '/account');
    const other = await browser.newContext();
    await other.addCookies([
      { name: SESSION_COOKIE, value: (await sessionCookie(context))!.value, url: SITE_URL },
    ]);
    const otherPage = await other.newPage();
    await otherPage.goto('/account');
    await expect(otherPage.getByRole('heading', { name: 'Your account' })).toBeVisible();

    // Signing out through Wix revokes the member's refresh token for every copy of the session.
    await (await headerAccount(page)).getByRole('button', { name: 'Sign out' }).click();
    await expect((await headerAccount(page)).getByRole('link', { name: 'Sign in' })).toBeVisible();
    // The other copy finds out when its access token is due for renewal (45 s tokens here).
    await expect(async () => {
      const response = await otherPage.goto('/');
      expect(response?.status()).toBe(200);
      await expect(
        (await headerAccount(otherPage)).getByRole('link', { name: 'Sign in' }),
      ).toBeVisible({ timeout: 1_000 });
    }).toPass({ intervals: [2_000], timeout: 40_000 });
    await otherPage.goto('/account');
    await expect(otherPage.getByRole('form', { name: 'Sign in' })).toBeVisible();
    await other.close();
  });
});
