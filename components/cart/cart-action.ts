import {
  cartIdentity,
  existingCartIdentity,
  saveCartCount,
  type CartIdentity,
} from '@/lib/cart-session';
import { CART_MESSAGES, type NoticeCode } from '@/lib/cart/messages';
import { reportNotConnected } from '@/lib/not-connected';
import { warnOnce } from '@/lib/server-log';
import { writeSession } from '@/lib/session';
import { upkeepSession } from '@/lib/session-upkeep';
import { toCartError } from '@/lib/wix/cart-errors';
import { EMPTY_CART, type Cart } from '@/lib/wix/cart-types';
import { describeError } from '@/lib/wix/errors';
import { nowInSeconds } from '@/lib/wix/token-expiry';
import type { SessionTokens } from '@/lib/wix/types';
import { cookies } from 'next/headers';

// The shared steps of every cart server action (not itself a 'use server' module, so nothing
// here can be called from a browser).

export type CartActionResult =
  | { ok: true; cart: Cart }
  /** `notice` is the same outcome as a code for /cart's URL (forms posted without JavaScript). */
  | { ok: false; error: string; notice: NoticeCode; cart?: Cart };

type Identity = Extract<CartIdentity, { ok: true }>;

export const failed = (error: string, notice: NoticeCode, cart?: Cart): CartActionResult => ({
  ok: false,
  error,
  notice,
  ...(cart ? { cart } : {}),
});

async function save(identity: Identity, count: number): Promise<void> {
  try {
    await saveCartCount(identity, count);
  } catch (error) {
    // The cart itself changed at Wix; a count we could not store only shows late.
    warnOnce('cart-count', `could not store the cart count: ${describeError(error)}`);
  }
}

/**
 * Wix no longer takes these tokens: either the shop's OAuth app is gone (say "not connected")
 * or this browser's grant ended (start a fresh visitor; the shopper tries again).
 */
async function afterUnauthenticated(identity: Identity): Promise<CartActionResult> {
  const expired = { ...identity.session, tokens: { ...identity.tokens, accessExpiresAt: 0 } };
  const upkeep = await upkeepSession(expired, nowInSeconds());
  if (upkeep.kind === 'unavailable') {
    if (upkeep.reason === 'not-authorized')
      return failed(CART_MESSAGES.notConnected, 'not-connected');
    return failed(CART_MESSAGES.unavailable, 'unavailable');
  }
  await writeSession(await cookies(), upkeep.session).catch(() => undefined);
  return failed(CART_MESSAGES.sessionEnded, 'session-ended');
}

async function toFailure(
  identity: Identity,
  error: unknown,
  refusedMessage: string,
): Promise<CartActionResult> {
  const cartError = toCartError(error);
  if (cartError.cart) await save(identity, cartError.cart.count);
  else if (identity.changed) await save(identity, identity.session.cart?.count ?? 0);
  switch (cartError.failure) {
    case 'refused':
      return failed(cartError.reason ?? refusedMessage, 'refused', cartError.cart ?? undefined);
    case 'not-connected':
      reportNotConnected(cartError.message);
      return failed(CART_MESSAGES.notConnected, 'not-connected');
    case 'unauthenticated':
      return afterUnauthenticated(identity);
    case 'unavailable':
      warnOnce('cart-unavailable', `a cart call failed: ${describeError(error)}`);
      return failed(CART_MESSAGES.unavailable, 'unavailable');
  }
}

type Options = {
  /** Reads need no identity: a browser that never used the cart has an empty one. */
  mint?: boolean;
  refusedMessage?: string;
};

/** Runs `work` as this browser's Wix identity and stores the count Wix answered. */
export async function runCartAction(
  work: (tokens: SessionTokens) => Promise<Cart>,
  { mint = true, refusedMessage = CART_MESSAGES.refused }: Options = {},
): Promise<CartActionResult> {
  const identity = mint ? await cartIdentity() : await existingCartIdentity();
  if (!identity) return { ok: true, cart: EMPTY_CART };
  if (!identity.ok) {
    return identity.reason === 'not-authorized'
      ? failed(CART_MESSAGES.notConnected, 'not-connected')
      : failed(CART_MESSAGES.unavailable, 'unavailable');
  }
  try {
    const cart = await work(identity.tokens);
    await save(identity, cart.count);
    return { ok: true, cart };
  } catch (error) {
    return toFailure(identity, error, refusedMessage);
  }
}
