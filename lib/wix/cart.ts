import type { currentCartV2 } from '@wix/ecom';
import { CartError, isNoCart, toCartError } from './cart-errors';
import { reshapeCart } from './cart-reshape';
import { EMPTY_CART, type Cart, type CartItemInput } from './cart-types';
import { createWixClient } from './client';
import type { SessionTokens } from './types';

// The shopper's current cart (Cart V2). Every function answers our own Cart or throws a
// CartError; reads are tried twice when Wix is unavailable, changes exactly once.

type SdkCart = currentCartV2.Cart;

const cartApi = (tokens: SessionTokens) => createWixClient(tokens).currentCartV2;

async function calculate(tokens: SessionTokens): Promise<Cart> {
  try {
    const { cart, summary } = await cartApi(tokens).calculateCurrentCart();
    return cart ? reshapeCart(cart, summary ?? null) : EMPTY_CART;
  } catch (error) {
    // No cart yet, or the last one became an order: the shopper's cart is empty.
    if (isNoCart(error)) return EMPTY_CART;
    throw toCartError(error);
  }
}

/** A read, tried once more when Wix was unavailable (a read changes nothing). */
async function read(tokens: SessionTokens): Promise<Cart> {
  try {
    return await calculate(tokens);
  } catch (error) {
    if (toCartError(error).failure !== 'unavailable') throw error;
    return calculate(tokens);
  }
}

/** The cart with its totals: one calculation serves the cart page, the drawer and the count. */
export function getCart(tokens: SessionTokens): Promise<Cart> {
  return read(tokens);
}

/**
 * Runs one change, never retried (Wix may have done it even when its answer got lost), then
 * reads the totals unless `calculate` is false; when only that read fails the cart is answered
 * without totals.
 */
async function change(
  tokens: SessionTokens,
  work: (api: ReturnType<typeof cartApi>) => Promise<{ cart?: SdkCart }>,
  { calculate = true } = {},
): Promise<Cart> {
  let changed: { cart?: SdkCart };
  try {
    changed = await work(cartApi(tokens));
  } catch (error) {
    throw toCartError(error);
  }
  if (!calculate) return changed.cart ? reshapeCart(changed.cart) : EMPTY_CART;
  try {
    return await read(tokens);
  } catch {
    return changed.cart ? reshapeCart(changed.cart) : EMPTY_CART;
  }
}

const toCatalogItems = (items: CartItemInput[]) =>
  items.map((item) => ({ catalogReference: item.reference, quantity: item.quantity }));

/**
 * Adds lines (Wix merges the same item into its line); creates the cart when there is none.
 * One Wix call: the drawer shows the subtotal Wix answered, the cart page the full totals.
 */
export function addToCart(tokens: SessionTokens, items: CartItemInput[]): Promise<Cart> {
  return change(
    tokens,
    async (api) => {
      const catalogItems = toCatalogItems(items);
      try {
        return await api.addLineItemsToCurrentCart({ catalogItems });
      } catch (error) {
        // Wix had no cart to add to, so nothing was added: creating one is not a retry.
        if (!isNoCart(error)) throw error;
        return api.createCurrentCart({ catalogItems });
      }
    },
    { calculate: false },
  );
}

export function updateCartLineQuantity(
  tokens: SessionTokens,
  lineId: string,
  quantity: number,
): Promise<Cart> {
  return change(tokens, (api) =>
    api.updateLineItemsInCurrentCart({
      lineItems: [{ lineItemId: lineId, quantity: { newQuantity: quantity } }],
    }),
  );
}

export function removeCartLine(tokens: SessionTokens, lineId: string): Promise<Cart> {
  return change(tokens, (api) => api.removeLineItemsFromCurrentCart([lineId]));
}

/**
 * Applies a promo code. Wix may accept the code into the cart and only then say it does not
 * count (expired, unknown): that code is taken out again and refused with Wix's reason.
 */
export async function applyCouponCode(tokens: SessionTokens, code: string): Promise<Cart> {
  const cart = await change(tokens, (api) => api.addCouponToCurrentCart({ code }));
  if (!cart.coupon || !cart.couponProblem) return cart;
  const { id, code: applied } = cart.coupon;
  const problem = cart.couponProblem;
  const cleaned = await removeCouponCode(tokens, id).catch(() => cart);
  throw new CartError('refused', 'INVALID_COUPON', problem || `${applied} cannot be used`, cleaned);
}

export function removeCouponCode(tokens: SessionTokens, couponId: string): Promise<Cart> {
  return change(tokens, (api) => api.removeCouponFromCurrentCart(couponId));
}

/** Deletes the current cart; a cart that is already gone counts as deleted. */
export async function deleteCart(tokens: SessionTokens): Promise<void> {
  try {
    await cartApi(tokens).deleteCurrentCart();
  } catch (error) {
    if (!isNoCart(error)) throw toCartError(error);
  }
}
