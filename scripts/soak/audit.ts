// After the traffic: every cart read once more through the shop's /cart page, Wix healthy.
import { signIn } from './account-journeys';
import type { Units } from './cart-ledger';
import { cartLines } from './shop-html';
import type { CarryingSignIn, Shopper } from './shopper';

const TRIES = 10;
const PAUSE_MS = 3_000;
const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

/** The shopper's cart as /cart shows it, reloaded while it cannot (a circuit still open). */
async function readCart(shopper: Shopper): Promise<Units | null> {
  for (let i = 0; i < TRIES; i++) {
    const page = await shopper.browser.shop('cart', '/cart');
    const lines = page.status === 200 ? cartLines(page.body) : null;
    if (lines) return lines;
    await pause();
  }
  return null;
}

/**
 * Each visitor's cart with its own browser, and the member's once: through a signed-in
 * shopper, or `auditor` (a fresh browser) signed in for it.
 */
export async function readAllCarts(
  shoppers: Shopper[],
  auditor: Shopper,
): Promise<{ found: Map<string, Units>; unread: Set<string> }> {
  const found = new Map<string, Units>();
  const unread = new Set<string>();
  const take = async (shopper: Shopper) => {
    const lines = await readCart(shopper);
    if (lines) found.set(shopper.owner, lines);
    else unread.add(shopper.owner);
  };
  for (const shopper of shoppers) if (!shopper.member) await take(shopper);
  let member = shoppers.find((s) => s.member);
  for (let i = 0; !member && i < TRIES; i++) {
    if (await signIn(auditor)) member = auditor;
    else await pause();
  }
  if (member) await take(member);
  else unread.add('member');
  return { found, unread };
}

export type LeftBehind = { signIns: number; carried: number; stillThere: number; unread: number };

/**
 * The visitor carts that sign-ins were to empty into the member's, read with each browser's
 * cookie from just before its sign-in: units still there were not moved.
 */
export async function readLeftBehind(
  signIns: CarryingSignIn[],
  shopperWith: (cookie: string) => Shopper,
): Promise<LeftBehind> {
  const left: LeftBehind = { signIns: signIns.length, carried: 0, stillThere: 0, unread: 0 };
  for (const signIn of signIns) {
    left.carried += signIn.units;
    const lines = await readCart(shopperWith(signIn.cookie));
    if (!lines) left.unread++;
    else for (const n of lines.values()) left.stillThere += n;
  }
  return left;
}
