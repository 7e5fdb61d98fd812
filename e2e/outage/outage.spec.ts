import { expect, test } from '../fixtures';
import { addToCart, cartLine, expectCartCount } from '../cart/helpers';
import { EMULATOR_URL, headerAccount, signInAsDemo, SITE_URL } from '../helpers';

// Runs after every other journey (see playwright.config.ts): an outage would disturb them.
const setOutage = async (request: import('@playwright/test').APIRequestContext, down: boolean) => {
  const response = await request.post(`${EMULATOR_URL}/__emulator/outage`, { data: { down } });
  expect(response.ok()).toBe(true);
};

test.describe('when Wix is down', () => {
  test.describe.configure({ mode: 'serial' });
  test.afterAll(async ({ request }) => setOutage(request, false));

  test('cached catalog pages keep working and new ones show a friendly message', async ({
    page,
    request,
  }) => {
    // Shopper traffic before the outage (the pages this server has shown).
    await page.goto('/products');
    await expect(page.getByRole('list', { name: 'Products' })).toBeVisible();
    await page.goto('/products/merino-crew-sweater');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await setOutage(request, true);

    await page.goto('/products');
    await expect(page.getByRole('list', { name: 'Products' }).getByRole('listitem')).toHaveCount(
      12,
    );
    const product = await page.goto('/products/merino-crew-sweater');
    expect(product?.status()).toBe(200);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Merino Crew Sweater' }),
    ).toBeVisible();

    await page.goto('/products?q=outage+only+search');
    await expect(page.getByRole('heading', { name: 'The shop is taking a break' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\bat \S+ \(|Error:|stack/i);
  });

  test('sign-in says it is unavailable instead of failing', async ({ page }) => {
    const response = await page.goto('/login');
    expect(response?.status()).toBe(503);
    await expect(
      page.getByRole('heading', { name: 'Sign-in is unavailable right now' }),
    ).toBeVisible();
  });

  test('a cart says Wix is unavailable and loses nothing', async ({ page, request }) => {
    await setOutage(request, false);
    await addToCart(page, '/products/stoneware-coffee-mug?color=Cream', 2);
    await setOutage(request, true);

    const cart = await page.goto('/cart');
    expect(cart?.status()).toBeLessThan(500);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(/reach|unavailable/i);
    await page.goto('/products/stoneware-coffee-mug?color=Cream');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(/nothing was changed/i);
    await expectCartCount(page, 2);

    await setOutage(request, false);
    await page.goto('/cart');
    await expect(cartLine(page, 'Stoneware Coffee Mug').getByLabel(/^Quantity of/)).toHaveValue(
      '2',
    );
    await setOutage(request, true);
  });

  test('the account page says Wix is unavailable, and Sign out still signs out', async ({
    page,
    request,
  }) => {
    await setOutage(request, false);
    await signInAsDemo(page, '/account');
    await setOutage(request, true);

    const account = await page.goto('/account');
    expect(account?.status()).toBeLessThan(500);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(/reach Wix/);
    await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '/account');
    expect(await page.locator('body').innerText()).not.toMatch(/\bat \S+ \(|Error:|stack/i);
    // Wix cannot end its own login now: the shop forgets the member anyway.
    await (await headerAccount(page)).getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${SITE_URL}/`);
    await expect((await headerAccount(page)).getByRole('link', { name: 'Sign in' })).toBeVisible();

    await setOutage(request, false);
    await page.goto('/account');
    await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
  });

  test('after the outage the same search works: the failure was never cached', async ({
    page,
    request,
  }) => {
    await setOutage(request, false);
    await page.goto('/products?q=outage+only+search');
    await expect(page.getByRole('heading', { name: 'No products found' })).toBeVisible();
    await page.goto('/products?q=merino');
    await expect(page.getByRole('list', { name: 'Products' })).toBeVisible();
  });
});
