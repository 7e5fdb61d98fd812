import { expect, test } from './fixtures';
import { headerAccount, SESSION_COOKIE, sessionCookie, SITE_URL } from './helpers';

test.describe('visitor session', () => {
  test('a cookieless catalog request gets no cookie and stays cacheable', async ({ request }) => {
    const response = await request.get('/', { headers: { cookie: '' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['set-cookie']).toBeUndefined();
  });

  test('a first visit mints no Wix identity: the header asks the cookie, not Wix', async ({
    page,
    context,
  }) => {
    const sessionResponse = page.waitForResponse('**/api/session');
    await page.goto('/');
    const response = await sessionResponse;
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(await response.json()).toEqual({ member: null, cart: { count: 0 } });
    await expect((await headerAccount(page)).getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(await sessionCookie(context)).toBeUndefined();
  });

  test('starting a sign-in gets an HttpOnly sealed cookie that scripts cannot read', async ({
    page,
    context,
  }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    const cookie = await sessionCookie(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
    expect(cookie?.value).toMatch(/^Fe26\.2\*/);
    await page.goto('/');
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
    // No token text anywhere the browser can see.
    expect(await page.content()).not.toContain('OauthNG');
    expect(await (await page.request.get('/api/session')).text()).not.toContain('OauthNG');
  });

  test('the session persists: a second visit mints nothing new', async ({ page, context }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    const first = await sessionCookie(context);
    expect(first).toBeDefined();
    await page.goto('/');
    await expect((await headerAccount(page)).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await page.reload();
    await expect((await headerAccount(page)).getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect((await sessionCookie(context))?.value).toBe(first?.value);
  });

  for (const [label, value] of [
    ['garbage', 'not-a-session'],
    ['tampered', 'Fe26.2*1*deadbeef*AAAA*BBBB*9999999999999*CCCC*DDDD~2'],
  ] as const) {
    test(`a ${label} cookie gives a fresh visitor session, not an error`, async ({
      page,
      context,
    }) => {
      await context.addCookies([{ name: SESSION_COOKIE, value, url: SITE_URL }]);
      const response = await page.goto('/');
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toBe('private, no-store');
      await expect(
        (await headerAccount(page)).getByRole('link', { name: 'Sign in' }),
      ).toBeVisible();
      const cookie = await sessionCookie(context);
      expect(cookie?.value).toMatch(/^Fe26\.2\*/);
      expect(cookie?.value).not.toBe(value);
    });
  }

  test('a visitor cannot open the account page and is sent to sign in', async ({ page }) => {
    await page.goto('/account');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/_wix/login');
  });
});
