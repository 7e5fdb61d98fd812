import { expect, test } from '../fixtures';
import { headerAccount, SESSION_COOKIE, sessionCookie, uniqueEmail } from '../helpers';
import { BOTH_CATALOGS, addToCart, cartLine, cartLink, expectCartCount } from './helpers';

test.describe('whose cart it is', () => {
  test('a page view mints no identity; the first cart action does', async ({ page, context }) => {
    const summary = page.waitForResponse('**/api/session');
    await page.goto('/products/cashmere-blend-beanie');
    const response = await summary;
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(await response.json()).toEqual({ member: null, cart: { count: 0 } });
    await expectCartCount(page, 0);
    expect(await sessionCookie(context)).toBeUndefined();

    await addToCart(page, '/products/cashmere-blend-beanie?color=Burgundy');
    const cookie = await sessionCookie(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
    expect(cookie?.value).toMatch(/^Fe26\.2\*/);
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
    expect(await page.content()).not.toContain('OauthNG');
    await expectCartCount(page, 1);
  });

  test('a second browser never sees the first one’s cart', async ({ page, browser }) => {
    await addToCart(page, '/products/alpaca-wrap-scarf?color=Rust');
    await expectCartCount(page, 1);
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await stranger.goto('/cart');
    await expect(stranger.getByText('Your cart is empty')).toBeVisible();
    await expectCartCount(stranger, 0);
    await addToCart(stranger, '/products/leather-card-holder?color=Black');
    await page.goto('/cart');
    await expect(cartLine(page, 'Alpaca Wrap Scarf')).toBeVisible();
    await expect(cartLine(page, 'Leather Card Holder')).toHaveCount(0);
    await other.close();
  });

  test('the cart, thank-you and session responses are never shared by a cache', async ({
    page,
  }) => {
    await addToCart(page, '/products/olive-wood-serving-board?size=Small');
    const cart = await page.goto('/cart');
    expect(cart?.headers()['cache-control']).toBe('private, no-store');
    const thankYou = await page.goto('/thank-you?orderId=x');
    expect(thankYou?.headers()['cache-control']).toContain('no-store');
  });

  test(
    'a visitor’s cart is kept when they sign up and sign in',
    BOTH_CATALOGS,
    async ({ page }) => {
      await addToCart(page, '/products/roll-top-backpack?size=Small');
      await addToCart(page, '/products/stoneware-coffee-mug?color=Rust', 3);
      await expectCartCount(page, 4);

      // A new member, so parallel tests never share a member cart.
      await page.goto('/');
      const home = page.url();
      await (await headerAccount(page)).getByRole('link', { name: 'Sign in' }).click();
      const form = page.getByRole('form', { name: /Create an account/ });
      await form.getByLabel('Your name').fill('Cara Cart');
      await form.getByLabel('Sign-up email').fill(uniqueEmail('cart-keeper'));
      await form.getByLabel('Choose a password').fill('a-long-password');
      await form.getByRole('button', { name: 'Create account' }).click();
      await expect(page).toHaveURL(home);
      await expect(
        (await headerAccount(page)).getByRole('link', { name: 'Cara Cart' }),
      ).toBeVisible();
      await expectCartCount(page, 4);

      await page.goto('/cart');
      await expect(cartLine(page, 'Roll-Top Backpack')).toContainText('Size: Small');
      await expect(cartLine(page, 'Stoneware Coffee Mug').getByLabel(/^Quantity of/)).toHaveValue(
        '3',
      );

      // Signing out leaves the member's cart with the member.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(
        (await headerAccount(page)).getByRole('link', { name: 'Sign in' }),
      ).toBeVisible();
      await expectCartCount(page, 0);
      await page.goto('/cart');
      await expect(page.getByText('Your cart is empty')).toBeVisible();
      await expect(cartLink(page)).toBeVisible();
    },
  );
});
