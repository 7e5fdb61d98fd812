import type { Cart, CartItemInput, CartLine } from '../wix/cart-types';
import { MAX_QUANTITY } from './limits';

export type MergePlan =
  | { kind: 'nothing'; reason: 'no-visitor-cart' | 'empty' | 'same-cart' | 'nothing-buyable' }
  /** Add these to the member's cart, then delete the visitor's cart `visitorCartId`. */
  | { kind: 'move'; items: CartItemInput[]; visitorCartId: string };

// Lines Wix could not sell anyway would only make the whole add fail.
const buyable = (line: CartLine) =>
  line.availability !== 'removed' && line.availability !== 'out-of-stock';

const referenceKey = (line: CartLine) =>
  JSON.stringify([line.reference.appId, line.reference.catalogItemId, line.reference.options]);

/**
 * What signing in does with the cart the shopper built as a visitor: its lines (same catalog
 * reference, same quantities) go to the member's cart. When Wix moved the cart itself the
 * visitor has none left, so nothing is added twice.
 */
export function planCartMerge(visitor: Cart | null, member: Cart | null): MergePlan {
  if (!visitor?.id) return { kind: 'nothing', reason: 'no-visitor-cart' };
  if (visitor.lines.length === 0) return { kind: 'nothing', reason: 'empty' };
  if (member?.id === visitor.id) return { kind: 'nothing', reason: 'same-cart' };
  const items = new Map<string, CartItemInput>();
  for (const line of visitor.lines.filter(buyable)) {
    const key = referenceKey(line);
    const quantity = (items.get(key)?.quantity ?? 0) + line.requestedQuantity;
    items.set(key, { reference: line.reference, quantity: Math.min(quantity, MAX_QUANTITY) });
  }
  if (items.size === 0) return { kind: 'nothing', reason: 'nothing-buyable' };
  return { kind: 'move', items: [...items.values()], visitorCartId: visitor.id };
}
