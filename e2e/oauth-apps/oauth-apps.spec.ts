import { expect, test, type Page } from '../fixtures';
import { DEMO, headerAccount, shopUrls, signInAsDemo, submitLogin } from '../helpers';

// Runs last on its shop (see playwright.config.ts): it cuts the shop off from its emulator and
// restores it.
const dashboard = () => `${shopUrls().emulator}/_dashboard/headless-settings`;
const SHOP_APP = 'Storefront (emulator)';
const callback = () => `${shopUrls().site}/auth/callback`;
const NOT_CONNECTED = 'This store is not connected to Wix (OAuth app not authorized).';

async function editRedirectUris(page: Page, edit: (lines: string[]) => string[]) {
  await page.goto(dashboard());
  await page.getByRole('link', { name: `Edit ${SHOP_APP}` }).click();
  const field = page.getByLabel('Allowed authorization redirect URIs');
  const lines = (await field.inputValue()).split('\n').filter(Boolean);
  await field.fill(edit(lines).join('\n'));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
}

async function expectNotConnected(page: Page, path = '/login') {
  const response = await page.goto(path);
  expect(response?.status()).toBe(503);
  await expect(page.getByText(NOT_CONNECTED)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the shop' })).toBeVisible();
}

test.describe('OAuth apps: managing the clients that may connect', () => {
  test.describe.configure({ mode: 'serial' });
  test.afterAll(async ({ request }) => {
    await request.post(`${shopUrls().emulator}/__emulator/reset`, { data: {} });
  });

  test('creating a client on the dashboard shows its secret once', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(dashboard());
    const form = page.getByRole('form', { name: 'Create a headless client' });
    await form.getByLabel('Name').fill('Preview deployment');
    await form.getByRole('button', { name: 'Create client' }).click();
    await expect(page.getByRole('heading', { name: 'Client created' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('will not be shown again');
    const secret = (await page.locator('#client-secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(16);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy secret' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.getByRole('link', { name: 'Back to Headless Settings' }).click();
    await expect(page.getByRole('table', { name: 'Headless clients' })).toContainText(
      'Preview deployment',
    );
    expect(await page.content()).not.toContain(secret);
    expect(problems).toEqual([]);
  });

  test('a redirect URI removed from the app refuses sign-in with a clear message', async ({
    page,
  }) => {
    await editRedirectUris(page, (lines) => lines.filter((line) => line !== callback()));
    await expectNotConnected(page);
  });

  test('adding the redirect URI back lets members sign in through it', async ({ page }) => {
    await editRedirectUris(page, (lines) => [...lines, callback()]);
    await page.goto('/login?returnTo=/account');
    await submitLogin(page, DEMO.email, DEMO.password);
    await expect(page).toHaveURL(`${shopUrls().site}/account`);
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  });

  test('with its client deleted the shop keeps its catalog and says sign-in is not connected', async ({
    page,
    browser,
  }) => {
    const member = await browser.newContext();
    const memberPage = await member.newPage();
    await signInAsDemo(memberPage);

    await page.goto(dashboard());
    await page.getByRole('link', { name: `Delete ${SHOP_APP}` }).click();
    await page.getByRole('button', { name: 'Delete client' }).click();
    await expect(page.getByText(`Deleted the client “${SHOP_APP}”.`)).toBeVisible();

    const catalog = await page.goto('/products');
    expect(catalog?.status()).toBe(200);
    await expect(page.getByRole('list', { name: 'Products' }).getByRole('listitem')).toHaveCount(
      12,
    );
    await expect((await headerAccount(page)).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expectNotConnected(page);
    // A visitor sent from /account to sign in ends on the same message: no loop.
    await expectNotConnected(page, '/account');

    // The cart says the same, and the product page stays.
    await page.goto('/products/stoneware-coffee-mug?color=Rust');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(NOT_CONNECTED);

    // The member's tokens died with the app: they are asked to sign in again, no error page.
    await memberPage.goto('/account');
    await expect(memberPage.getByRole('heading', { name: 'Your session has ended' })).toBeVisible();
    await member.close();
  });

  test('restoring the client brings the shop back without a restart', async ({ page, request }) => {
    expect((await request.post(`${shopUrls().emulator}/__emulator/reset`, { data: {} })).ok()).toBe(
      true,
    );
    await signInAsDemo(page, '/account');
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
    await page.goto('/products?q=oxford');
    await expect(page.getByRole('list', { name: 'Products' })).toContainText(
      'Oxford Button-Down Shirt',
    );
  });
});
