// Signing in as the demo member through Wix's hosted login page, and signing out again.
import { findForm, withFields } from '../bench/html-form';
import type { Shopper } from './shopper';

export const DEMO = { email: 'demo@example.com', password: 'demo-password' };
const MAX_HOPS = 5;

/** Follows Wix's redirects (hosted pages) until one leads back to the shop; its path. */
async function backToShop(shopper: Shopper, location: string | null): Promise<string | null> {
  for (let hop = 0; location && hop < MAX_HOPS; hop++) {
    const path = shopper.browser.shopPath(location);
    if (path) return path;
    location = (await shopper.browser.wix(location)).location;
  }
  return null;
}

/** /login → Wix's login page → /auth/callback → the cart; true when signed in. */
export async function signIn(shopper: Shopper): Promise<boolean> {
  const { browser, world } = shopper;
  // 429: sign-ins without a session are limited per address, and every shopper shares one.
  const start = await browser.shop('login', '/login?returnTo=%2Fcart', { expect4xx: [429] });
  if (start.status !== 303 || !start.location || browser.shopPath(start.location)) return false;
  const page = await browser.wix(start.location);
  const form = findForm(page.body, 'Sign in');
  if (page.status !== 200 || !form) throw new Error(`Wix's login page answered ${page.status}`);
  const signedIn = await browser.wix(
    new URL('/_wix/login/sign-in', start.location).href,
    Object.fromEntries(withFields(form, DEMO)),
  );
  const callback = signedIn.location ? browser.shopPath(signedIn.location) : null;
  if (!callback) throw new Error(`Wix's sign-in answered ${signedIn.status}`);
  const visitor = shopper.owner;
  const cookie = browser.shopCookies.header();
  const done = await browser.shop('auth callback', callback);
  const home = done.status === 303 && done.location ? browser.shopPath(done.location) : null;
  if (home) {
    // The shop promises the visitor's cart joins the member's.
    const units = world.ledger.carry(visitor, 'member');
    if (units > 0 && cookie) world.signIns.push({ visitor, cookie, units });
    shopper.member = true;
  }
  await shopper.follow(done, 'cart');
  return home !== null;
}

/** The header's Sign out (a POST), through Wix's logout page, back to the home page. */
export async function signOut(shopper: Shopper): Promise<void> {
  const { browser } = shopper;
  const answer = await browser.shop('logout', '/logout', {
    method: 'POST',
    headers: { origin: browser.site },
  });
  if (answer.status !== 303) return;
  // The shop forgets the member whatever Wix's logout page does; the next add is a new visitor.
  shopper.member = false;
  shopper.generation++;
  const home = await backToShop(shopper, answer.location);
  if (home) await shopper.view('home', home);
}

/** Visitors sign in; members sign out now and then. */
export async function account(shopper: Shopper): Promise<void> {
  if (!shopper.member) await signIn(shopper);
  else if (shopper.random < 0.5) await signOut(shopper);
  else await shopper.view('cart', '/cart');
}
