import { planCartMerge } from '../cart/merge';
import { warnOnce } from '../server-log';
import { renewSessionTokens } from './auth';
import { addToCart, deleteCart, getCart } from './cart';
import { wixDidNothing } from './cart-errors';
import { describeError } from './errors';
import { RETRY_JITTER_MS } from './retry-policy';
import { decideTokenAction, nowInSeconds } from './token-expiry';
import type { Cart, CartItemInput } from './cart-types';
import type { SessionTokens } from './types';

/*
 * Sign-in keeps the visitor's cart. Order and what each failure leaves behind:
 *   1. read the visitor's cart (visitor tokens)   fails → nothing changed, the visitor cart stays
 *   2. read the member's cart (member tokens)     fails → nothing changed, the visitor cart stays
 *   3. add the visitor's lines to the member's    fails → nothing changed, the visitor cart stays
 *      (tried once more when Wix answered it could not, 5xx or 429: the lines are lost otherwise)
 *   4. delete the visitor's cart                  fails → the lines are in both carts; the new
 *      session no longer holds the visitor's tokens, so they can never be added a second time
 * "Stays" means at Wix, under the visitor identity this browser then no longer holds (the new
 * session is the member's); the member simply starts without those lines. Adding before
 * deleting means a failure can duplicate a cart at Wix but never lose one. A
 * repeated sign-in adds nothing twice: after step 4 the visitor has no cart, and when Wix moved
 * the cart itself (it may, at the token exchange) step 1 already finds none.
 */

function skip(step: string, error: unknown): null {
  // One line, without tokens: the sign-in itself goes on.
  warnOnce(
    `cart-merge-${step}`,
    `sign-in kept the visitor cart apart (${step} failed): ${describeError(error)}`,
  );
  return null;
}

async function usable(tokens: SessionTokens): Promise<SessionTokens> {
  // The visitor's access token may have lapsed while they were on Wix's login page.
  return decideTokenAction(tokens, nowInSeconds()) === 'keep' ? tokens : renewSessionTokens(tokens);
}

// A change is normally sent once, but here a failure strands the visitor's lines where the new
// session cannot reach them: a second try after Wix answered "not now" (nothing added) is worth
// it. After a timeout Wix may have added them, so that is never tried again.
async function addToMember(memberTokens: SessionTokens, items: CartItemInput[]): Promise<Cart> {
  try {
    return await addToCart(memberTokens, items);
  } catch (error) {
    if (!wixDidNothing(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_JITTER_MS.max));
    return addToCart(memberTokens, items);
  }
}

/**
 * Moves the visitor's cart into the member's; answers the member cart's count for the new
 * session, or null when it could not be read. Never throws.
 */
export async function keepCartAtSignIn(
  visitorTokens: SessionTokens | undefined,
  memberTokens: SessionTokens,
): Promise<number | null> {
  const visitor: SessionTokens | null =
    visitorTokens?.role === 'visitor'
      ? await usable(visitorTokens).catch((e) => skip('renew', e))
      : null;
  const visitorCart: Cart | null = visitor
    ? await getCart(visitor).catch((e) => skip('read-visitor', e))
    : null;
  const memberCart = await getCart(memberTokens).catch((e) => skip('read-member', e));
  if (!memberCart) return null;
  const plan = planCartMerge(visitorCart, memberCart);
  if (plan.kind === 'nothing' || !visitor) return memberCart.count;
  const merged = await addToMember(memberTokens, plan.items).catch((e) => skip('add', e));
  if (!merged) return memberCart.count;
  await deleteCart(visitor).catch((e) => skip('delete-visitor', e));
  return merged.count;
}
