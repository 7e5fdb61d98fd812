import { describe, expect, it } from 'vitest';
import { CatalogUsageError, parseCatalogCommand } from './catalog-command';

const BASE = 'http://127.0.0.1:4010/__emulator/catalog/products';

describe('parseCatalogCommand', () => {
  it.each([
    [['list'], { method: 'GET', url: BASE }],
    [
      ['set-price', 'classic-linen-shirt', '49.5'],
      { method: 'POST', url: `${BASE}/classic-linen-shirt`, body: { price: 49.5 } },
    ],
    [
      ['set-stock', 'tee', 'out'],
      { method: 'POST', url: `${BASE}/tee`, body: { stock: { inStock: false } } },
    ],
    [
      ['set-stock', 'tee', 'in', '--variant', 'v1'],
      { method: 'POST', url: `${BASE}/tee`, body: { stock: { variantId: 'v1', inStock: true } } },
    ],
    [
      ['set-stock', 'tee', '4'],
      { method: 'POST', url: `${BASE}/tee`, body: { stock: { quantity: 4 } } },
    ],
    [
      ['set-visible', 'tee', 'false', '--url', 'http://e:1/'],
      {
        method: 'POST',
        url: 'http://e:1/__emulator/catalog/products/tee',
        body: { visible: false },
      },
    ],
  ])('%j', (argv, expected) => {
    expect(parseCatalogCommand(argv)).toEqual(expected);
  });

  it.each([
    [[]],
    [['set-price', 'x']],
    [['set-price', 'x', 'cheap']],
    [['set-stock', 'x', 'maybe']],
    [['fly', 'x', 'y']],
    [['--nope']],
  ])('refuses %j', (argv) => {
    expect(() => parseCatalogCommand(argv)).toThrow(CatalogUsageError);
  });
});
