import { describe, expect, it } from 'vitest';
import { buildSeedCatalog } from '../stores/build-catalog';
import type { CatalogProduct } from '../stores/catalog-model';
import type { CartLine } from './model';
import { confirmedQuantity, priceCart } from './pricing';
import { seedEcom } from './state';

const catalog = buildSeedCatalog();
const { coupons } = seedEcom();
const NOW = Date.parse('2025-06-01T00:00:00Z');

function product(slug: string): CatalogProduct {
  const found = catalog.products.find((p) => p.slug === slug);
  if (!found) throw new Error(`no ${slug} in the seed`);
  return found;
}

function lineOf(slug: string, quantity: number, variantIndex = 0): CartLine {
  const p = product(slug);
  const variant = p.variants[variantIndex];
  if (!variant) throw new Error('no such variant');
  const ref = { appId: 'a', catalogItemId: p.id };
  return {
    id: `${slug}-${variantIndex}`,
    catalogReference: ref,
    productId: p.id,
    variantId: variant.id,
    textFields: {},
    key: variant.id,
    quantity,
  };
}

describe('stock capping', () => {
  it('keeps untracked quantities, caps tracked ones and zeroes out-of-stock', () => {
    const v = { id: 'v', choices: {}, price: 1, sku: 's' };
    expect(confirmedQuantity({ ...v, inStock: true, quantity: null }, 7)).toEqual({
      confirmed: 7,
      available: null,
    });
    expect(confirmedQuantity({ ...v, inStock: true, quantity: 3 }, 7)).toEqual({
      confirmed: 3,
      available: 3,
    });
    expect(confirmedQuantity({ ...v, inStock: false, quantity: null }, 7)).toEqual({
      confirmed: 0,
      available: 0,
    });
    expect(confirmedQuantity({ ...v, inStock: true, quantity: 3 }, 7, 2)).toEqual({
      confirmed: 1,
      available: 1,
    });
  });
});

describe('cart totals', () => {
  it('prices discounted products in cents and sums without floating-point error', () => {
    // Striped Breton Top: 39 with 20% off = 31.20; three of them are 93.60, not 93.60000000000001.
    const priced = priceCart(
      catalog,
      { lines: [lineOf('striped-breton-top', 3)], coupon: null },
      coupons,
      NOW,
    );
    expect(priced.lines[0]).toMatchObject({ unitCents: 3120, fullUnitCents: 3900, confirmed: 3 });
    expect(priced.subtotalCents).toBe(9360);
    expect(priced.totalCents).toBe(9360);
  });

  it('counts only what is in stock and says why', () => {
    const jeansM = lineOf('selvedge-straight-jeans', 5, 1); // 3 left
    const denim = lineOf('washed-denim-shirt', 2); // out of stock
    const priced = priceCart(catalog, { lines: [jeansM, denim], coupon: null }, coupons, NOW);
    expect(priced.lines.map((l) => [l.status, l.confirmed, l.available])).toEqual([
      ['PARTIALLY_IN_STOCK', 3, 3],
      ['OUT_OF_STOCK', 0, 0],
    ]);
    expect(priced.subtotalCents).toBe(3 * 13500);
  });

  it('shares one variant’s stock between its lines (different custom text), first line first', () => {
    const first = { ...lineOf('hand-poured-soy-candle', 8), id: 'a', key: 'a' };
    const second = { ...lineOf('hand-poured-soy-candle', 8), id: 'b', key: 'b' };
    const priced = priceCart(catalog, { lines: [first, second], coupon: null }, coupons, NOW);
    expect(priced.lines.map((l) => [l.confirmed, l.available])).toEqual([
      [8, 12],
      [4, 4],
    ]);
  });

  it('takes SAVE10 off the subtotal and ignores an expired coupon', () => {
    const lines = [lineOf('hand-poured-soy-candle', 2)];
    const save = priceCart(catalog, { lines, coupon: { id: 'c', code: 'SAVE10' } }, coupons, NOW);
    expect([save.subtotalCents, save.discountCents, save.totalCents]).toEqual([4800, 480, 4320]);
    const expired = priceCart(
      catalog,
      { lines, coupon: { id: 'c', code: 'EXPIRED20' } },
      coupons,
      NOW,
    );
    expect([expired.discountCents, expired.coupon]).toEqual([0, null]);
  });

  it('marks a line whose product was hidden as removed from the catalog', () => {
    const hidden = lineOf('heavyweight-pocket-tee', 1);
    const priced = priceCart(catalog, { lines: [hidden], coupon: null }, coupons, NOW);
    expect(priced.lines[0]).toMatchObject({ status: 'REMOVED_FROM_CATALOG', confirmed: 0 });
    expect(priced.totalCents).toBe(0);
  });
});
