import { describe, expect, it } from 'vitest';
import { pick, pickAction } from './actions';

describe('pickAction', () => {
  const weights = {
    product: 1,
    listing: 0,
    collection: 2,
    search: 0,
    'random search': 0,
    services: 0,
    service: 0,
    home: 0,
    cart: 0,
    'cart add': 1,
    account: 0,
    checkout: 0,
  };

  it('gives each action its share of the weights', () => {
    expect(pickAction(0, weights)).toBe('product');
    expect(pickAction(0.24, weights)).toBe('product');
    expect(pickAction(0.25, weights)).toBe('collection');
    expect(pickAction(0.74, weights)).toBe('collection');
    expect(pickAction(0.75, weights)).toBe('cart add');
    expect(pickAction(0.999, weights)).toBe('cart add');
  });

  it('never picks an action of weight 0', () => {
    const seen = new Set(Array.from({ length: 1000 }, (_, i) => pickAction(i / 1000, weights)));
    expect([...seen].sort()).toEqual(['cart add', 'collection', 'product']);
  });
});

describe('pick', () => {
  it('spreads over the whole list and refuses an empty one', () => {
    expect(pick(['a', 'b', 'c'], 0)).toBe('a');
    expect(pick(['a', 'b', 'c'], 0.5)).toBe('b');
    expect(pick(['a', 'b', 'c'], 0.9999)).toBe('c');
    expect(() => pick([], 0.5)).toThrow();
  });
});
