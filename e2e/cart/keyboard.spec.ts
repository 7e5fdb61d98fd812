import { expect, test } from '../fixtures';
import { BOTH_CATALOGS, cartLine, expectCartCount } from './helpers';

test.describe('cart without a mouse, and without JavaScript', () => {
  test('the drawer works with the keyboard alone', async ({ page }) => {
    await page.goto('/products/brass-reading-lamp');
    const add = page.getByRole('button', { name: 'Add to cart' });
    await expect(add).toBeEnabled();
    await add.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Your cart' });
    await expect(drawer).toBeVisible();
    await expect(drawer).toContainText('Brass Reading Lamp');
    // Focus moved into the drawer and stays there.
    await expect
      .poll(() => drawer.evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(add).toBeFocused();
    await expectCartCount(page, 1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('add to cart and change the cart with plain forms', BOTH_CATALOGS, async ({ page }) => {
      await page.goto('/products/merino-crew-sweater?size=M&color=Charcoal');
      await page.getByLabel('Quantity', { exact: true }).fill('2');
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.goto('/cart');
      const line = cartLine(page, 'Merino Crew Sweater');
      await expect(line).toContainText('Size: M');
      await expect(line.getByLabel(/^Quantity of/)).toHaveValue('2');
      await line.getByRole('button', { name: /^Remove/ }).click();
      await expect(page.getByText('Your cart is empty')).toBeVisible();
    });
  });
});
