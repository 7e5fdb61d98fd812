import { expect, test } from '../fixtures';
import { BOTH_CATALOGS } from '../helpers';
import { gridNames, gridPrices } from './helpers';

test.describe('browsing the catalog', () => {
  test('home → collection → product', BOTH_CATALOGS, async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'New arrivals' })).toBeVisible();
    await page.getByRole('link', { name: 'Shop all products' }).click();
    await expect(page).toHaveURL(/\/products$/);
    await page
      .getByRole('navigation', { name: 'Collections' })
      .getByRole('link', { name: 'Knitwear' })
      .click();
    await expect(page).toHaveURL(/\/collections\/knitwear$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Knitwear' })).toBeVisible();
    expect(await gridNames(page)).toContain('Merino Crew Sweater');
    await page.getByRole('link', { name: 'Merino Crew Sweater' }).click();
    await expect(page).toHaveURL(/\/products\/merino-crew-sweater$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Merino Crew Sweater' }),
    ).toBeVisible();
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'Knitwear' })).toBeVisible();
  });

  test(
    'search finds a product by a word in the middle of its name',
    BOTH_CATALOGS,
    async ({ page }) => {
      await page.goto('/products');
      await page.getByRole('searchbox', { name: 'Search products' }).fill('LINEN');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/products\?q=LINEN$/);
      const names = await gridNames(page);
      expect(names).toContain('Classic Linen Shirt');
      expect(names).toContain('Relaxed Linen Trousers');
      expect(names).not.toContain('Merino Crew Sweater');
    },
  );

  test('a search without results says so and offers a way back', async ({ page }) => {
    await page.goto('/products?q=zebra+submarine');
    await expect(page.getByRole('heading', { name: 'No products found' })).toBeVisible();
    await page.getByRole('link', { name: 'Show all products' }).click();
    await expect(page).toHaveURL(/\/products$/);
    expect((await gridNames(page)).length).toBe(12);
  });

  test('a search inside a collection stays in that collection', async ({ page }) => {
    await page.goto('/collections/knitwear');
    await page.getByRole('searchbox', { name: 'Search products' }).fill('merino');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/collections\/knitwear\?q=merino$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Knitwear' })).toBeVisible();
    const names = await gridNames(page);
    expect(names).toContain('Merino Crew Sweater');
    // Merino too, but a shoe: outside Knitwear.
    expect(names).not.toContain('Merino Wool Runners');
    await expect(page.getByText(`${names.length} results for “merino”`)).toBeVisible();
  });

  test('sorting by price orders the grid', BOTH_CATALOGS, async ({ page }) => {
    await page.goto('/products');
    await page.getByLabel('Sort by').selectOption({ label: 'Price: low to high' });
    await expect(page).toHaveURL(/sort=price-asc/);
    const sorted = (prices: number[], dir: 1 | -1) =>
      prices.length === 12 && prices.every((p, i) => i === 0 || (p - prices[i - 1]!) * dir >= 0);
    await expect
      .poll(async () => sorted(await gridPrices(page), 1), { timeout: 15_000 })
      .toBe(true);
    const cheapest = (await gridPrices(page))[0]!;
    await page.getByLabel('Sort by').selectOption({ label: 'Price: high to low' });
    await expect(page).toHaveURL(/sort=price-desc/);
    await expect
      .poll(async () => sorted(await gridPrices(page), -1), { timeout: 15_000 })
      .toBe(true);
    expect((await gridPrices(page))[0]).toBeGreaterThan(cheapest);
  });

  test('page 2 shows different products', BOTH_CATALOGS, async ({ page }) => {
    await page.goto('/products');
    const first = await gridNames(page);
    await page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('link', { name: 'Page 2' })
      .click();
    await expect(page).toHaveURL(/page=2/);
    const second = await gridNames(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await expect(page.getByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('a page past the end says so and links back to the first page', async ({ page }) => {
    const response = await page.goto('/products?page=99');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'This page is empty' })).toBeVisible();
    await expect(page.getByText(/^There are only \d+ pages\.$/)).toBeVisible();
    // Knitwear fits on one page: the way back keeps the collection.
    await page.goto('/collections/knitwear?page=2');
    await expect(page.getByText('There is only one page.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the first page' }).click();
    await expect(page).toHaveURL(/\/collections\/knitwear$/);
    expect(await gridNames(page)).toContain('Merino Crew Sweater');
  });

  test('hidden products are never shown', BOTH_CATALOGS, async ({ page }) => {
    await page.goto('/products?q=heavyweight');
    await expect(page.getByRole('heading', { name: 'No products found' })).toBeVisible();
    const response = await page.goto('/products/heavyweight-pocket-tee');
    expect(response?.status()).toBe(404);
  });

  test('an unknown product or collection gives a real 404 page', async ({ page }) => {
    const response = await page.goto('/products/no-such-thing');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Product not found' })).toBeVisible();
    expect((await page.goto('/collections/no-such-collection'))?.status()).toBe(404);
    expect((await page.goto('/products/%3Cscript%3E'))?.status()).toBe(404);
  });

  test('junk listing parameters fall back to the defaults', async ({ page }) => {
    const response = await page.goto('/products?page=-3&sort=evil');
    expect(response?.status()).toBe(200);
    expect((await gridNames(page)).length).toBe(12);
  });
});
