import { describe, expect, it } from 'vitest';
import { EMPTY_CART, type Cart, type CartLine } from '../wix/cart-types';
import { cartReducer, countDelta } from './optimistic';

const line = (id: string, quantity: number, variantId: string | null = `v-${id}`): CartLine => ({
  id,
  reference: {
    appId: 'stores',
    catalogItemId: `p-${id}`,
    options: variantId ? { variantId } : null,
  },
  productId: `p-${id}`,
  variantId,
  slug: null,
  name: `Item ${id}`,
  image: null,
  options: [],
  requestedQuantity: quantity,
  confirmedQuantity: quantity,
  unitPrice: '$10.00',
  linePrice: `$${quantity * 10}.00`,
  availability: 'in-stock',
  onlyLeft: null,
});

const cart = (...lines: CartLine[]): Cart => ({
  ...EMPTY_CART,
  id: 'cart-1',
  lines,
  totals: { subtotal: '$1.00', discount: null, total: '$1.00' },
  count: lines.reduce((n, l) => n + l.requestedQuantity, 0),
});

describe('cartReducer', () => {
  it('adds to the count at once, and to the line when the item is already in the cart', () => {
    const start = cart(line('a', 1), line('b', 2));
    const same = cartReducer(start, {
      type: 'add',
      productId: 'p-a',
      variantId: 'v-a',
      quantity: 3,
    });
    expect(same.count).toBe(6);
    expect(same.lines[0]?.requestedQuantity).toBe(4);
    const other = cartReducer(start, {
      type: 'add',
      productId: 'p-z',
      variantId: 'v-z',
      quantity: 2,
    });
    expect(other.count).toBe(5);
    expect(other.lines).toEqual(start.lines);
  });

  it('never invents money: totals wait for Wix, line prices stay as Wix said', () => {
    const next = cartReducer(cart(line('a', 1)), {
      type: 'set-quantity',
      lineId: 'a',
      quantity: 5,
    });
    expect(next.totals).toBeNull();
    expect(next.lines[0]).toMatchObject({ requestedQuantity: 5, linePrice: '$10.00' });
  });

  it('sets a quantity and moves the count by the difference', () => {
    const next = cartReducer(cart(line('a', 2), line('b', 1)), {
      type: 'set-quantity',
      lineId: 'a',
      quantity: 7,
    });
    expect(next.count).toBe(8);
    expect(next.lines[0]).toMatchObject({ requestedQuantity: 7, onlyLeft: null });
  });

  it('ignores a quantity below one and unknown lines', () => {
    const start = cart(line('a', 2));
    expect(cartReducer(start, { type: 'set-quantity', lineId: 'a', quantity: 0 })).toBe(start);
    expect(cartReducer(start, { type: 'set-quantity', lineId: 'x', quantity: 3 })).toBe(start);
    expect(cartReducer(start, { type: 'remove', lineId: 'x' })).toBe(start);
  });

  it('removes a line and its quantity', () => {
    const next = cartReducer(cart(line('a', 2), line('b', 3)), { type: 'remove', lineId: 'b' });
    expect(next.lines.map((l) => l.id)).toEqual(['a']);
    expect(next.count).toBe(2);
  });

  it("takes Wix's answer as it is", () => {
    const answer = cart(line('a', 1));
    expect(cartReducer(cart(line('b', 9)), { type: 'apply', cart: answer })).toBe(answer);
  });

  it('says how far an action moves the count', () => {
    const start = cart(line('a', 2));
    expect(countDelta(start, { type: 'add', productId: 'p', variantId: null, quantity: 3 })).toBe(
      3,
    );
    expect(countDelta(start, { type: 'set-quantity', lineId: 'a', quantity: 1 })).toBe(-1);
    expect(countDelta(start, { type: 'remove', lineId: 'a' })).toBe(-2);
  });
});
