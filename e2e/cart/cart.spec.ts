import { expect, test } from '../fixtures';
import {
  BOTH_CATALOGS,
  addToCart,
  cartLine,
  cartLines,
  expectCartCount,
  summaryCents,
} from './helpers';

test.describe('building a cart', () => {
  test(
    'two variants of one product and another product; change, remove, promo code, reload',
    BOTH_CATALOGS,
    async ({ page }) => {
      const drawer = await addToCart(page, '/products/organic-cotton-tee?size=S&color=Cream');
      await expect(drawer.getByText('Organic Cotton Tee')).toBeVisible();
      await expectCartCount(page, 1);
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();

      await addToCart(page, '/products/organic-cotton-tee?size=M&color=Black');
      await expectCartCount(page, 2);
      await addToCart(page, '/products/stoneware-coffee-mug?color=Forest', 2);
      await expectCartCount(page, 4);

      await page.goto('/cart');
      await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
      const lines = cartLines(page);
      await expect(lines).toHaveCount(3);
      const cream = cartLine(page, 'Organic Cotton Tee', 'Cream');
      await expect(cream).toContainText('Size: S');
      await expect(cream).toContainText('$25.00');
      await expect(cartLine(page, 'Stoneware Coffee Mug')).toContainText('$36.00');

      await cream.getByRole('button', { name: /^Increase quantity of/ }).click();
      await expect(cream.getByLabel(/^Quantity of/)).toHaveValue('2');
      await expect(cream).toContainText('$50.00');
      await expectCartCount(page, 5);

      await cartLine(page, 'Stoneware Coffee Mug')
        .getByRole('button', { name: /^Remove/ })
        .click();
      await expect(lines).toHaveCount(2);
      await expectCartCount(page, 3);
      await expect(page.getByRole('status')).toContainText(/removed/i);
      // Two tees at $25 and one at $25: Wix's figures, as Wix formats them.
      await expect(page.getByTestId('cart-subtotal')).toHaveText('$75.00');

      await page.getByLabel('Promo code').fill('EXPIRED20');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page.getByRole('main').getByRole('alert')).toContainText(/expired/i);
      await expect(page.getByTestId('cart-discount')).toHaveCount(0);

      await page.getByLabel('Promo code').fill('SAVE10');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page.getByText('Promo code SAVE10 applied')).toBeVisible();
      await expect(page.getByTestId('cart-discount')).toContainText('7.50');
      await expect(page.getByTestId('cart-total')).toHaveText('$67.50');

      await page.reload();
      await expect(lines).toHaveCount(2);
      await expect(page.getByText('Promo code SAVE10 applied')).toBeVisible();
      const subtotal = await summaryCents(page, 'cart-subtotal');
      const discount = await summaryCents(page, 'cart-discount');
      expect(await summaryCents(page, 'cart-total')).toBe(subtotal - discount);
      await expectCartCount(page, 3);

      await page.getByRole('button', { name: 'Remove promo code' }).click();
      await expect(page.getByTestId('cart-discount')).toHaveCount(0);
      await expect(page.getByTestId('cart-total')).toHaveText('$75.00');
    },
  );

  test('more than the stock is refused with a message', BOTH_CATALOGS, async ({ page }) => {
    // Size L of the selvedge jeans has 8 in stock.
    const drawer = await addToCart(page, '/products/selvedge-straight-jeans?size=L', 9);
    await expect(drawer.getByText(/only 8 left/i)).toBeVisible();
    await page.goto('/cart');
    const line = cartLine(page, 'Selvedge Straight Jeans');
    await expect(line).toContainText(/only 8 left/i);
  });

  test('an empty cart says so and links to the shop', async ({ page }) => {
    await page.goto('/cart');
    await expect(page.getByText('Your cart is empty')).toBeVisible();
    await page.getByRole('link', { name: 'Continue shopping' }).click();
    await expect(page).toHaveURL(/\/products$/);
  });

  test('"Add to cart" waits for a purchasable variant and says why', async ({ page }) => {
    await page.goto('/products/classic-linen-shirt');
    const add = page.getByRole('button', { name: 'Add to cart' });
    await expect(add).toBeDisabled();
    await expect(add).toHaveAccessibleDescription(/choose/i);
    await page.goto('/products/washed-denim-shirt?size=M');
    await expect(add).toBeDisabled();
    await expect(add).toHaveAccessibleDescription(/out of stock/i);
  });
});
