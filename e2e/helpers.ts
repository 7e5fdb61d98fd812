import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { EMULATOR_URL, SITE_URL } from '../playwright.config';

export { EMULATOR_URL, SITE_URL };

/** Journeys whose Wix calls differ by catalog or by sign-in mode also run on the V1 shop. */
export const BOTH_CATALOGS = { tag: '@both-catalogs' };

/** The shop under test (each project has its own) and the emulator beside it (port + 1010). */
export function shopUrls(): { site: string; emulator: string } {
  const base = new URL(test.info().project.use.baseURL ?? SITE_URL);
  return { site: base.origin, emulator: `http://localhost:${Number(base.port) + 1010}` };
}
export const SESSION_COOKIE = 'wix-session';
export const DEMO = { email: 'demo@example.com', password: 'demo-password', name: 'Demo Member' };

export async function sessionCookie(context: BrowserContext) {
  const cookies = await context.cookies(shopUrls().site);
  return cookies.find((c) => c.name === SESSION_COOKIE);
}

/** Waits for the header island to settle and returns what it shows. */
export async function headerAccount(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Account' });
  await expect(nav.getByRole('link').first()).toBeVisible();
  return nav;
}

/** Fills the emulator's Wix-managed login page. */
export async function submitLogin(page: Page, email: string, password: string) {
  await expect(page).toHaveURL(new RegExp(`^${shopUrls().emulator}/`));
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs the demo member in and waits to be back on `from`: through the header's Sign in link
 * on a public page, or through the redirect a members-only page makes.
 */
export async function signInAsDemo(page: Page, from = '/') {
  const { site } = shopUrls();
  await page.goto(from);
  if (page.url().startsWith(site)) {
    await (await headerAccount(page)).getByRole('link', { name: 'Sign in' }).click();
  }
  await submitLogin(page, DEMO.email, DEMO.password);
  await expect(page).toHaveURL(`${site}${from}`);
  await expect((await headerAccount(page)).getByRole('link', { name: DEMO.name })).toBeVisible();
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
