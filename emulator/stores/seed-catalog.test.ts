import { describe, expect, it } from 'vitest';
import { buildSeedCatalog, seedGuid } from './build-catalog';
import { actualPrice, ALL_PRODUCTS_V1_ID, availability, catalogSchema } from './catalog-model';

const catalog = buildSeedCatalog();
const { products, collections } = catalog;

describe('seeded catalog', () => {
  it('is deterministic', () => {
    expect(buildSeedCatalog()).toEqual(catalog);
  });

  it('has at least 36 products in at least 6 collections plus All Products', () => {
    expect(products.length).toBeGreaterThanOrEqual(36);
    const used = new Set(products.flatMap((p) => p.collectionIds));
    expect(used.size).toBeGreaterThanOrEqual(6);
    const all = collections.find((c) => c.slug === 'all-products');
    expect(all?.v1Id).toBe(ALL_PRODUCTS_V1_ID);
    for (const id of used) expect(collections.some((c) => c.id === id)).toBe(true);
  });

  it('has unique slugs, ids, variant ids, SKUs and media ids', () => {
    const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
    unique(products.map((p) => p.slug));
    unique(products.map((p) => p.id));
    unique(products.flatMap((p) => p.variants.map((v) => v.id)));
    unique(products.flatMap((p) => p.variants.map((v) => v.sku)));
    unique([...products.flatMap((p) => p.mediaIds), ...collections.map((c) => c.mediaId)]);
    unique(collections.map((c) => c.slug));
  });

  it('covers hidden, out of stock, partially out of stock, discounted and counted stock', () => {
    expect(products.filter((p) => !p.visible).length).toBeGreaterThanOrEqual(2);
    expect(
      products.filter((p) => availability(p) === 'OUT_OF_STOCK').length,
    ).toBeGreaterThanOrEqual(2);
    const partial = products.filter((p) => availability(p) === 'PARTIALLY_OUT_OF_STOCK');
    expect(partial.length).toBeGreaterThanOrEqual(2);
    for (const p of partial) expect(p.variants.filter((v) => !v.inStock)).toHaveLength(1);
    const discounted = products.filter((p) => p.discount);
    expect(discounted.length).toBeGreaterThanOrEqual(4);
    for (const p of discounted)
      for (const v of p.variants) expect(actualPrice(p, v)).toBeLessThan(v.price);
    expect(products.some((p) => p.variants.some((v) => v.quantity !== null))).toBe(true);
  });

  it('has options with variants of their own price, colour swatches, ribbons and several images', () => {
    expect(products.some((p) => new Set(p.variants.map((v) => v.price)).size > 1)).toBe(true);
    expect(
      products.some((p) =>
        p.options.some(
          (o) =>
            o.kind === 'color' && o.choices.every((c) => /^#[0-9a-f]{6}$/.test(c.colorCode ?? '')),
        ),
      ),
    ).toBe(true);
    expect(new Set(products.map((p) => p.ribbon))).toEqual(new Set(['Sale', 'New', null]));
    for (const p of products) {
      expect(p.mediaIds.length).toBeGreaterThanOrEqual(2);
      expect(p.description.length).toBeGreaterThanOrEqual(2);
      const combos = p.options.reduce((n, o) => n * o.choices.length, 1);
      expect(p.variants).toHaveLength(combos);
    }
    expect(products.some((p) => p.description.some((d) => /<strong>/.test(d)))).toBe(true);
  });

  it('spreads prices and creation dates', () => {
    const prices = products.map((p) => p.variants[0]?.price ?? 0);
    expect(Math.min(...prices)).toBeLessThan(30);
    expect(Math.max(...prices)).toBeGreaterThan(150);
    expect(new Set(products.map((p) => p.createdDate)).size).toBe(products.length);
  });

  it("has the two hidden home-page collections of Wix's commerce template", () => {
    const hidden = collections.filter((c) => !c.visible);
    expect(hidden.map((c) => c.slug)).toEqual([
      'hidden-homepage-featured-items',
      'hidden-homepage-carousel',
    ]);
    expect(collections.filter((c) => c.visible)).toHaveLength(8);
    const members = (slug: string) => {
      const id = seedGuid(`collection:${slug}`);
      expect(collections.find((c) => c.slug === slug)).toMatchObject({ id, v1Id: id });
      return products.filter((p) => p.collectionIds.includes(id));
    };
    const featured = members('hidden-homepage-featured-items');
    expect(featured).toHaveLength(6);
    expect(featured.every((p) => p.visible)).toBe(true);
    for (const p of products.filter((p) => p.ribbon === 'New')) expect(featured).toContain(p);
    const carousel = members('hidden-homepage-carousel').map((p) => p.slug);
    expect(carousel).toEqual(products.filter((p) => p.ribbon === 'Sale').map((p) => p.slug));
  });

  it('reads collections of older state files as visible', () => {
    const old = { ...catalog, collections: collections.map(({ visible: _, ...c }) => c) };
    const parsed = catalogSchema.parse(old);
    expect(parsed.collections.every((c) => c.visible)).toBe(true);
  });

  it('names some products with the searched word in the middle', () => {
    expect(products.filter((p) => / linen /i.test(p.name)).length).toBeGreaterThanOrEqual(2);
  });
});
