import { NOT_CONNECTED_MESSAGE } from '@/lib/not-connected';
import { warnOnce } from '@/lib/server-log';
import type { SessionData } from '@/lib/session';
import { renewSessionTokens } from '@/lib/wix/auth';
import { getCart } from '@/lib/wix/cart';
import { toCartError } from '@/lib/wix/cart-errors';
import { EMPTY_CART, type Cart } from '@/lib/wix/cart-types';
import { describeError, isUnknownClient } from '@/lib/wix/errors';

export type LoadedCart = { ok: true; cart: Cart } | { ok: false; message: string };

const UNREACHABLE =
  "We could not reach the shop's cart just now. Your cart is kept; please try again shortly.";

/** The cart for a page render (the /cart page): never throws, never mints an identity. */
export async function loadCart(session: SessionData | null): Promise<LoadedCart> {
  if (!session?.tokens) return { ok: true, cart: EMPTY_CART };
  try {
    return { ok: true, cart: await getCart(session.tokens) };
  } catch (error) {
    const failure = toCartError(error).failure;
    if (failure === 'not-connected') return { ok: false, message: NOT_CONNECTED_MESSAGE };
    if (failure === 'unauthenticated') {
      // Refused tokens: the shop's OAuth app is gone, or only this browser's session ended.
      const appGone = await renewSessionTokens(session.tokens).then(
        () => false,
        (renewal: unknown) => isUnknownClient(renewal),
      );
      return {
        ok: false,
        message: appGone
          ? NOT_CONNECTED_MESSAGE
          : 'Your session with the shop has ended. Reload the page to continue as a guest.',
      };
    }
    warnOnce('cart-page', `could not read a cart: ${describeError(error)}`);
    return { ok: false, message: UNREACHABLE };
  }
}
