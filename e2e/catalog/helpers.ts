import { expect, type Page } from '@playwright/test';
import { shopUrls } from '../helpers';

/** The emulator that serves the storefront under test (each catalog project has its own). */
export const emulatorUrl = (): string => shopUrls().emulator;

/** Product names in the grid, in order. */
export async function gridNames(page: Page): Promise<string[]> {
  const grid = page.getByRole('list', { name: 'Products' });
  await expect(grid).toBeVisible();
  return grid.getByRole('heading').allInnerTexts();
}

/** Prices in the grid, in order, as numbers. */
export async function gridPrices(page: Page): Promise<number[]> {
  const prices = await page
    .getByRole('list', { name: 'Products' })
    .getByTestId('price')
    .allInnerTexts();
  return prices.map((p) => Number(p.replace(/[^0-9.]/g, '')));
}

/** Changes a product in the running emulator, as a merchant would in the Wix dashboard. */
export async function setEmulatorPrice(page: Page, slug: string, price: number) {
  const response = await page.request.post(`${emulatorUrl()}/__emulator/catalog/products/${slug}`, {
    data: { price },
  });
  expect(response.ok()).toBe(true);
}
