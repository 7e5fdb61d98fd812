import type { Cart, CartLine } from '../wix/cart-types';

/** What the shopper just did, shown before Wix answers; `apply` is Wix's answer itself. */
export type CartAction =
  | { type: 'add'; productId: string; variantId: string | null; quantity: number }
  | { type: 'set-quantity'; lineId: string; quantity: number }
  | { type: 'remove'; lineId: string }
  | { type: 'apply'; cart: Cart };

const countOf = (lines: CartLine[]) => lines.reduce((sum, l) => sum + l.requestedQuantity, 0);

function withLines(cart: Cart, lines: CartLine[], count = countOf(lines)): Cart {
  // Totals are Wix's to compute: an optimistic cart shows none until Wix answers.
  return { ...cart, lines, count, totals: null };
}

function setQuantity(line: CartLine, quantity: number): CartLine {
  return { ...line, requestedQuantity: quantity, confirmedQuantity: quantity, onlyLeft: null };
}

/**
 * The cart as it will most likely be once Wix has done `action`. Pure, so the same rules serve
 * `useOptimistic`, the header's count and the tests. Prices never change here.
 */
export function cartReducer(cart: Cart, action: CartAction): Cart {
  switch (action.type) {
    case 'apply':
      return action.cart;
    case 'add': {
      const quantity = Math.max(0, action.quantity);
      const same = cart.lines.find(
        (l) => l.productId === action.productId && l.variantId === action.variantId,
      );
      // A new line needs Wix's name and prices, so only the count moves until it answers.
      if (!same) return withLines(cart, cart.lines, cart.count + quantity);
      const lines = cart.lines.map((l) =>
        l === same ? setQuantity(l, l.requestedQuantity + quantity) : l,
      );
      return withLines(cart, lines, cart.count + quantity);
    }
    case 'set-quantity': {
      const line = cart.lines.find((l) => l.id === action.lineId);
      if (!line || action.quantity < 1) return cart;
      const lines = cart.lines.map((l) => (l === line ? setQuantity(l, action.quantity) : l));
      return withLines(cart, lines, cart.count + action.quantity - line.requestedQuantity);
    }
    case 'remove': {
      const line = cart.lines.find((l) => l.id === action.lineId);
      if (!line) return cart;
      const lines = cart.lines.filter((l) => l !== line);
      return withLines(cart, lines, Math.max(0, cart.count - line.requestedQuantity));
    }
  }
}

/** How much `action` moves the count of `cart` (the header's optimistic step). */
export function countDelta(cart: Cart, action: CartAction): number {
  return cartReducer(cart, action).count - cart.count;
}
