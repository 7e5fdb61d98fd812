import { expect, test } from '../fixtures';
import { BOTH_CATALOGS } from '../helpers';
import { setEmulatorPrice } from './helpers';

test.describe('product page', () => {
  test('choosing options changes the price, SKU and stock', BOTH_CATALOGS, async ({ page }) => {
    await page.goto('/products/selvedge-straight-jeans');
    await expect(page.getByTestId('stock-status')).toHaveText('Choose your options');
    await page.getByRole('radio', { name: 'S', exact: true }).check({ force: true });
    await expect(page.getByTestId('price').first()).toHaveText('$135.00');
    await expect(page.getByTestId('stock-status')).toHaveText('In stock');
    const skuS = await page.getByTestId('sku').innerText();
    await page.getByRole('radio', { name: 'XL', exact: true }).check({ force: true });
    await expect(page.getByTestId('price').first()).toHaveText('$140.00');
    await expect(page.getByTestId('sku')).not.toHaveText(skuS);
    await expect(page).toHaveURL(/\?size=XL$/);
  });

  test('the product images load, the first one eagerly', BOTH_CATALOGS, async ({ page }) => {
    await page.goto('/products/classic-linen-shirt');
    const main = page.getByRole('img', { name: 'Classic Linen Shirt' }).first();
    await expect(main).toBeVisible();
    await expect(main).not.toHaveAttribute('loading', 'lazy');
    await expect
      .poll(() => main.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Show image 2 of 3' }).click();
    const second = page.getByRole('img', { name: 'Classic Linen Shirt, view 2' });
    await expect
      .poll(() => second.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
  });

  test('an out-of-stock variant cannot be chosen', BOTH_CATALOGS, async ({ page }) => {
    await page.goto('/products/lambswool-v-neck-jumper');
    await expect(page.getByRole('radio', { name: 'XL', exact: true })).toBeDisabled();
    await expect(page.getByRole('radio', { name: 'M', exact: true })).toBeEnabled();
  });

  test('a shared link opens with the chosen variant', async ({ page }) => {
    await page.goto('/products/selvedge-straight-jeans?size=xl');
    await expect(page.getByRole('radio', { name: 'XL', exact: true })).toBeChecked();
    await expect(page.getByTestId('price').first()).toHaveText('$140.00');
  });

  test(
    'a discounted product shows the original price struck through',
    BOTH_CATALOGS,
    async ({ page }) => {
      await page.goto('/products/suede-penny-loafers');
      await expect(page.locator('s').first()).toContainText('$145.00');
      await expect(page.getByText('Sale', { exact: true }).first()).toBeVisible();
    },
  );

  test('the description is sanitized and structured data is present', async ({ page }) => {
    await page.goto('/products/ceramic-bud-vase');
    const description = page.getByRole('region', { name: 'Description' });
    await expect(description.locator('strong')).toHaveText('small batches');
    expect(await description.locator('[style]').count()).toBe(0);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({
      '@type': 'Product',
      name: 'Ceramic Bud Vase',
    });
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/products\/ceramic-bud-vase$/,
    );
  });

  test('a price changed in Wix shows after revalidation', async ({ page }) => {
    await page.goto('/products/brass-reading-lamp');
    await expect(page.getByTestId('price').first()).toHaveText('$189.00');
    await setEmulatorPrice(page, 'brass-reading-lamp', 149);
    try {
      // The emulator calls the shop's /api/revalidate, like a Wix webhook.
      await expect(async () => {
        await page.reload();
        await expect(page.getByTestId('price').first()).toHaveText('$149.00', { timeout: 1000 });
      }).toPass({ timeout: 15_000 });
      await page.goto('/products?q=brass');
      await expect(page.getByTestId('price').first()).toHaveText('$149.00');
    } finally {
      // Other journeys see the seeded price, whatever happened above.
      await setEmulatorPrice(page, 'brass-reading-lamp', 189);
    }
  });
});
