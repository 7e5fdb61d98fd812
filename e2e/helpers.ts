import { expect, type BrowserContext, type Page } from '@playwright/test';
import { EMULATOR_URL, SITE_URL } from '../playwright.config';

export { EMULATOR_URL, SITE_URL };
export const SESSION_COOKIE = 'wix-session';
export const DEMO = { email: 'demo@example.com', password: 'demo-password', name: 'Demo Member' };

export async function sessionCookie(context: BrowserContext) {
  const cookies = await context.cookies(SITE_URL);
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
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/`));
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
  await page.goto(from);
  if (page.url().startsWith(SITE_URL)) {
    await (await headerAccount(page)).getByRole('link', { name: 'Sign in' }).click();
  }
  await submitLogin(page, DEMO.email, DEMO.password);
  await expect(page).toHaveURL(`${SITE_URL}${from}`);
  await expect((await headerAccount(page)).getByRole('link', { name: DEMO.name })).toBeVisible();
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
