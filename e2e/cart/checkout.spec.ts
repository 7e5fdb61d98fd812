import { expect, test } from '../fixtures';
import {
  BOTH_CATALOGS,
  addToCart,
  cartLine,
  expectCartCount,
  fillCheckout,
  SHOPPER,
} from './helpers';

test.describe('checkout through Wix', () => {
  test(
    'an order is placed on the hosted checkout and confirmed on /thank-you',
    BOTH_CATALOGS,
    async ({ page }) => {
      // The candle's whole stock (12), so the product page shows it sold out afterwards.
      await addToCart(page, '/products/hand-poured-soy-candle', 12);
      await addToCart(page, '/products/leather-card-holder?color=Tan');
      await page.goto('/cart');
      const total = await page.getByTestId('cart-total').innerText();
      expect(total).toBe('$323.00');

      await page.getByRole('button', { name: 'Checkout' }).click();
      await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
      const form = await fillCheckout(page);
      await form.getByRole('button', { name: 'Place order' }).click();

      await expect(page).toHaveURL(/\/thank-you\?orderId=/);
      await expect(page.getByRole('heading', { name: 'Thank you for your order' })).toBeVisible();
      await expect(page.getByText(/Order #\d+/)).toBeVisible();
      await expect(page.getByText('Hand-Poured Soy Candle')).toBeVisible();
      await expect(page.getByText('Leather Card Holder')).toBeVisible();
      await expect(page.getByText(total).first()).toBeVisible();
      await expect(page.getByText(SHOPPER.address)).toBeVisible();
      await expectCartCount(page, 0);

      await page.goto('/cart');
      await expect(page.getByText('Your cart is empty')).toBeVisible();
      await expectCartCount(page, 0);

      // The emulator told the shop that stock changed, as a Wix webhook would.
      await expect(async () => {
        await page.goto('/products/hand-poured-soy-candle');
        await expect(page.getByTestId('stock-status')).toHaveText('Out of stock', {
          timeout: 1000,
        });
      }).toPass({ timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'Add to cart' })).toBeDisabled();
    },
  );

  test('a declined payment returns to the cart with nothing lost', async ({ page }) => {
    await addToCart(page, '/products/waffle-cotton-bath-towel?color=Sky', 2);
    await page.goto('/cart');
    await page.getByRole('button', { name: 'Checkout' }).click();
    const form = await fillCheckout(page);
    await form.getByRole('radio', { name: 'Test card: payment is declined' }).check();
    await form.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('alert')).toContainText(/declined/i);
    await expect(form.getByLabel('Email')).toHaveValue(SHOPPER.email);

    await page.getByRole('link', { name: 'Back to cart' }).click();
    await expect(page).toHaveURL(/\/cart(\?|$)/);
    await expect(cartLine(page, 'Waffle Cotton Bath Towel')).toContainText('Color: Sky');
    await expect(cartLine(page, 'Waffle Cotton Bath Towel').getByLabel(/^Quantity of/)).toHaveValue(
      '2',
    );
    await expectCartCount(page, 2);
  });

  test('an unknown or foreign order id is a friendly 404 that leaks nothing', async ({
    page,
    browser,
  }) => {
    const unknown = await page.goto('/thank-you?orderId=8a0c2f52-5d61-4d4c-9b1e-0d8a2a8f1c11');
    expect(unknown?.status()).toBe(404);
    expect(unknown?.headers()['cache-control']).toContain('no-store');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const junk = await page.goto('/thank-you?orderId=%3Cscript%3E');
    expect(junk?.status()).toBe(404);

    // Someone else's order: placed in another browser.
    const other = await browser.newContext();
    const buyer = await other.newPage();
    await addToCart(buyer, '/products/linen-table-napkins?color=Sand');
    await buyer.goto('/cart');
    await buyer.getByRole('button', { name: 'Checkout' }).click();
    await (await fillCheckout(buyer)).getByRole('button', { name: 'Place order' }).click();
    await expect(buyer).toHaveURL(/\/thank-you\?orderId=/);
    const foreign = await page.goto(new URL(buyer.url()).pathname + new URL(buyer.url()).search);
    expect(foreign?.status()).toBe(404);
    await expect(page.getByText('Linen Table Napkins')).toHaveCount(0);
    await expect(page.getByText(SHOPPER.address)).toHaveCount(0);
    await other.close();
  });
});
