import { describe, expect, it } from 'vitest';
import type { ProductOption, ProductVariant } from '../wix/types';
import { checkPurchasable, selectionFromPost } from './purchasable';

const option = (name: string, ...values: string[]): ProductOption => ({
  name,
  kind: 'list',
  choices: values.map((value) => ({ value, color: null, inStock: true })),
});
const variant = (id: string, choices: Record<string, string>, inStock = true): ProductVariant => ({
  id,
  choices,
  price: 10,
  compareAtPrice: null,
  sku: null,
  inStock,
});
const shirt = {
  options: [option('Size', 'S', 'M'), option('Color', 'Red')],
  variants: [
    variant('s', { Size: 'S', Color: 'Red' }),
    variant('m', { Size: 'M', Color: 'Red' }, false),
  ],
};

describe('checkPurchasable', () => {
  it('names the first option still to choose', () => {
    expect(checkPurchasable(shirt, {})).toEqual({
      ok: false,
      reason: 'Choose a Size',
      soldOut: false,
    });
    expect(checkPurchasable(shirt, { Size: 'S' })).toEqual({
      ok: false,
      reason: 'Choose a Color',
      soldOut: false,
    });
  });

  it('says out of stock for a sold-out variant or product', () => {
    expect(checkPurchasable(shirt, { Size: 'M', Color: 'Red' })).toEqual({
      ok: false,
      reason: 'Out of stock',
      soldOut: true,
    });
    const soldOut = { options: [], variants: [variant('only', {}, false)] };
    expect(checkPurchasable(soldOut, {})).toEqual({
      ok: false,
      reason: 'Out of stock',
      soldOut: true,
    });
  });

  it('answers the variant of a complete, available selection', () => {
    expect(checkPurchasable(shirt, { Size: 'S', Color: 'Red' })).toMatchObject({
      ok: true,
      variant: { id: 's' },
    });
    expect(checkPurchasable({ options: [], variants: [variant('one', {})] }, {})).toMatchObject({
      ok: true,
    });
  });
});

describe('selectionFromPost', () => {
  it('reads the page URL’s options, and lets posted option fields win', () => {
    const query = new URLSearchParams('size=m&color=red&junk=1');
    expect(selectionFromPost(shirt, {}, query)).toEqual({ Size: 'M', Color: 'Red' });
    expect(selectionFromPost(shirt, { 'option.Size': 'S' }, query)).toEqual({
      Size: 'S',
      Color: 'Red',
    });
    expect(selectionFromPost(shirt, { 'option.Size': 'XXL' }, null)).toEqual({});
  });
});
