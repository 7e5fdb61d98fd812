import { describe, expect, it } from 'vitest';
import { buildSeedCatalog } from './build-catalog';
import { availability, type CatalogProduct } from './catalog-model';
import { applyCatalogUpdate, catalogUpdateSchema, UnknownVariantError } from './catalog-update';

const productBySlug = (slug: string): CatalogProduct => {
  const found = buildSeedCatalog().products.find((p) => p.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};
const NOW = Date.parse('2025-01-01T00:00:00.000Z');

describe('applyCatalogUpdate', () => {
  it('moves every variant price, keeping the differences, and bumps updatedDate', () => {
    const p = productBySlug('oxford-button-down-shirt');
    const before = p.variants.map((v) => v.price);
    expect(applyCatalogUpdate(p, { price: 50 }, NOW)).toEqual(['price']);
    expect(p.variants.map((v) => v.price)).toEqual(before.map((x) => x - 15));
    expect(p.updatedDate).toBe('2025-01-01T00:00:00.000Z');
  });

  it('sets stock for one variant or all, by flag or quantity', () => {
    const p = productBySlug('organic-cotton-tee');
    const [first] = p.variants;
    applyCatalogUpdate(p, { stock: { variantId: first?.id, inStock: false } }, NOW);
    expect(availability(p)).toBe('PARTIALLY_OUT_OF_STOCK');
    applyCatalogUpdate(p, { stock: { quantity: 0 } }, NOW);
    expect(availability(p)).toBe('OUT_OF_STOCK');
    applyCatalogUpdate(p, { stock: { quantity: 7 } }, NOW);
    expect(p.variants.every((v) => v.inStock && v.quantity === 7)).toBe(true);
  });

  it('always moves updatedDate forward', () => {
    const p = productBySlug('ceramic-bud-vase');
    applyCatalogUpdate(p, { visible: false }, 0);
    expect(Date.parse(p.updatedDate)).toBeGreaterThan(
      Date.parse(productBySlug('ceramic-bud-vase').updatedDate),
    );
  });

  it('changes nothing for an unknown variant', () => {
    const p = productBySlug('organic-cotton-tee');
    const before = JSON.stringify(p);
    expect(() =>
      applyCatalogUpdate(p, { price: 1, stock: { variantId: 'nope', inStock: true } }, NOW),
    ).toThrow(UnknownVariantError);
    expect(JSON.stringify(p)).toBe(before);
  });

  it.each([
    {},
    { price: -1 },
    { stock: {} },
    { stock: { inStock: true, quantity: 2 } },
    { colour: 'red' },
  ])('refuses %j', (body) => {
    expect(catalogUpdateSchema.safeParse(body).success).toBe(false);
  });
});
