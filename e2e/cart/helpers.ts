import { expect, type Page } from '@playwright/test';
import { emulatorUrl } from '../catalog/helpers';
import { BOTH_CATALOGS } from '../helpers';

export { BOTH_CATALOGS, emulatorUrl };

/** The header's cart link; its name carries the count ("Cart, 3 items"). */
export const cartLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: /^Cart, / });

export async function expectCartCount(page: Page, count: number) {
  await expect(cartLink(page)).toHaveAccessibleName(`Cart, ${count} item${count === 1 ? '' : 's'}`);
}

/** Opens a product with its options in the URL (as the variant picker writes them) and adds it. */
export async function addToCart(page: Page, path: string, quantity = 1) {
  await page.goto(path);
  const add = page.getByRole('button', { name: 'Add to cart' });
  // The button is a client island: on a busy machine it can take a while to hydrate.
  await expect(add).toBeEnabled({ timeout: 15_000 });
  await page.getByLabel('Quantity', { exact: true }).fill(String(quantity));
  await add.click();
  const drawer = page.getByRole('dialog', { name: 'Your cart' });
  await expect(drawer).toBeVisible();
  return drawer;
}

/** The cart page's lines: the items that can be removed (a line's options are a list too). */
export const cartLines = (page: Page) =>
  page
    .getByRole('list', { name: 'Cart items' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Remove / }) });

/** The cart page's line for a product, optionally narrowed by an option value ("Cream"). */
export function cartLine(page: Page, name: string, option?: string) {
  const lines = cartLines(page).filter({ hasText: name });
  return option ? lines.filter({ hasText: option }) : lines;
}

/** "$1,234.50" → 123450 cents, to check Wix's figures add up without floating point. */
export function cents(formatted: string): number {
  const digits = formatted.replace(/[^0-9.]/g, '');
  const [whole = '0', fraction = ''] = digits.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

export async function summaryCents(page: Page, testId: string): Promise<number> {
  return cents(await page.getByTestId(testId).innerText());
}

export const SHOPPER = {
  email: 'shopper@example.com',
  firstName: 'Sam',
  lastName: 'Shopper',
  address: '1 Market Street',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};

/** Fills the emulator's hosted checkout page (a stand-in for Wix's). */
export async function fillCheckout(page: Page, shopper = SHOPPER) {
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl()}/_wix/checkout`));
  const form = page.getByRole('form', { name: 'Checkout' });
  await form.getByLabel('Email').fill(shopper.email);
  await form.getByLabel('First name').fill(shopper.firstName);
  await form.getByLabel('Last name').fill(shopper.lastName);
  await form.getByLabel('Address').fill(shopper.address);
  await form.getByLabel('City').fill(shopper.city);
  await form.getByLabel('Postal code').fill(shopper.postalCode);
  const country = form.getByLabel('Country');
  if ((await country.evaluate((el) => el.tagName)) === 'SELECT') {
    await country.selectOption(shopper.country);
  } else {
    await country.fill(shopper.country);
  }
  return form;
}
