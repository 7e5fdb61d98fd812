import { describe, expect, it } from 'vitest';
import { EMPTY_CART, type Cart, type CartLine } from '../wix/cart-types';
import { planCartMerge } from './merge';

const line = (id: string, quantity: number, extra: Partial<CartLine> = {}): CartLine => ({
  id: `line-${id}`,
  reference: { appId: 'stores', catalogItemId: `p-${id}`, options: { variantId: `v-${id}` } },
  productId: `p-${id}`,
  variantId: `v-${id}`,
  slug: null,
  name: id,
  image: null,
  options: [],
  requestedQuantity: quantity,
  confirmedQuantity: quantity,
  unitPrice: '$1.00',
  linePrice: '$1.00',
  availability: 'in-stock',
  onlyLeft: null,
  ...extra,
});

const cart = (id: string, ...lines: CartLine[]): Cart => ({ ...EMPTY_CART, id, lines });

describe('planCartMerge', () => {
  it('moves every line with its catalog reference and requested quantity', () => {
    const visitor = cart('v', line('a', 2), line('b', 1, { confirmedQuantity: 1 }));
    expect(planCartMerge(visitor, cart('m', line('c', 1)))).toEqual({
      kind: 'move',
      visitorCartId: 'v',
      items: [
        { reference: visitor.lines[0]!.reference, quantity: 2 },
        { reference: visitor.lines[1]!.reference, quantity: 1 },
      ],
    });
  });

  it('adds nothing when Wix already moved the cart (the visitor has none) or it is empty', () => {
    expect(planCartMerge(EMPTY_CART, null)).toEqual({ kind: 'nothing', reason: 'no-visitor-cart' });
    expect(planCartMerge(null, null)).toEqual({ kind: 'nothing', reason: 'no-visitor-cart' });
    expect(planCartMerge(cart('v'), null)).toEqual({ kind: 'nothing', reason: 'empty' });
  });

  it('adds nothing when both identities see the same cart', () => {
    const same = cart('c', line('a', 1));
    expect(planCartMerge(same, same)).toEqual({ kind: 'nothing', reason: 'same-cart' });
  });

  it('leaves out lines Wix cannot sell, which would fail the whole add', () => {
    const visitor = cart(
      'v',
      line('gone', 1, { availability: 'removed' }),
      line('sold-out', 1, { availability: 'out-of-stock' }),
      line('few', 5, { availability: 'partial', confirmedQuantity: 2 }),
    );
    const plan = planCartMerge(visitor, null);
    expect(plan).toMatchObject({ kind: 'move', items: [{ quantity: 5 }] });
    expect(planCartMerge(cart('v', visitor.lines[0]!), null)).toEqual({
      kind: 'nothing',
      reason: 'nothing-buyable',
    });
  });

  it('joins lines of the same item and keeps within Wix’s quantity limit', () => {
    const a = line('a', 60_000);
    const plan = planCartMerge(cart('v', a, { ...a, id: 'line-a2' }), null);
    expect(plan).toMatchObject({ kind: 'move', items: [{ quantity: 100_000 }] });
  });
});
