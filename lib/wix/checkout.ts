import { checkoutCallbacks } from '../checkout-urls';
import { toCartError } from './cart-errors';
import { createWixClient } from './client';
import type { SessionTokens } from './types';

/**
 * The Wix-hosted checkout for the shopper's current cart (Cart V2: its id is the checkout id).
 * Answers Wix's `fullUrl`, unchecked (the caller only follows an http(s) URL); throws a CartError.
 */
export async function createCheckoutRedirect(
  tokens: SessionTokens,
  cartId: string,
): Promise<string | null> {
  try {
    const { redirectSession } = await createWixClient(tokens).redirects.createRedirectSession({
      ecomCheckout: { checkoutId: cartId },
      callbacks: checkoutCallbacks(),
    });
    return redirectSession?.fullUrl ?? null;
  } catch (error) {
    throw toCartError(error);
  }
}
