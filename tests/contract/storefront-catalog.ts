// The storefront's own catalog code (lib/wix) against an emulator running one catalog version:
// the same behaviour is expected from Catalog V1 and V3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import type { CatalogSource } from '@/lib/wix/catalog-source';
import { catalogV1 } from '@/lib/wix/catalog-v1';
import { catalogV3 } from '@/lib/wix/catalog-v3';
import { fetchCatalogVersion } from '@/lib/wix/catalog-version';
import { seedGuid } from '@/emulator/stores/build-catalog';
import { startTestEmulator } from './helpers';

const VISIBLE_PRODUCTS = 37;
// Hidden collections of the seed (Wix's `visible: false`), as Wix's commerce template uses them.
const HIDDEN = ['hidden-homepage-featured-items', 'hidden-homepage-carousel'];

export function describeStorefrontCatalog(catalog: 'v1' | 'v3') {
  const source: CatalogSource = catalog === 'v1' ? catalogV1 : catalogV3;
  let emulator: RunningEmulator;
  const page = (overrides: Partial<Parameters<CatalogSource['listProducts']>[0]> = {}) =>
    source.listProducts({ sort: 'featured', page: 1, pageSize: 12, ...overrides });

  beforeAll(async () => {
    emulator = await startTestEmulator({ catalog });
    process.env.WIX_API_URL = emulator.url;
    delete process.env.WIX_CLIENT_ID;
  });
  afterAll(() => emulator.close());

  describe(`storefront catalog on Catalog ${catalog.toUpperCase()}`, () => {
    it('detects the catalog version', async () => {
      expect(await fetchCatalogVersion()).toBe(catalog);
    });

    it('pages through every visible product without gaps or repeats', async () => {
      const first = await page();
      expect(first).toMatchObject({ page: 1, pageCount: 4, total: VISIBLE_PRODUCTS });
      const all = [first];
      for (let p = 2; p <= first.pageCount; p++) all.push(await page({ page: p }));
      const slugs = all.flatMap((r) => r.items.map((i) => i.slug));
      expect(slugs).toHaveLength(VISIBLE_PRODUCTS);
      expect(new Set(slugs).size).toBe(VISIBLE_PRODUCTS);
      expect(slugs).not.toContain('heavyweight-pocket-tee');
      expect(await page({ page: 9 })).toMatchObject({ items: [], total: VISIBLE_PRODUCTS });
    });

    it('filters by collection', async () => {
      const knitwear = await source.getCollectionBySlug('knitwear');
      expect(knitwear?.name).toBe('Knitwear');
      const result = await page({ collectionId: knitwear!.id, pageSize: 50 });
      const slugs = result.items.map((i) => i.slug);
      expect(slugs).toContain('merino-crew-sweater');
      expect(slugs).toContain('chunky-knit-throw-blanket');
      expect(slugs).not.toContain('classic-linen-shirt');
    });

    it('searches words anywhere in the name, ignoring case', async () => {
      const slugs = (await page({ search: 'LINEN' })).items.map((i) => i.slug);
      expect(slugs).toEqual(
        expect.arrayContaining(['classic-linen-shirt', 'relaxed-linen-trousers']),
      );
      expect(slugs).not.toContain('merino-crew-sweater');
      expect((await page({ search: 'zebra submarine' })).total).toBe(0);
    });

    it.each(['price-asc', 'price-desc'] as const)(
      'sorts by %s on what shoppers pay',
      async (sort) => {
        const result = await page({ sort, pageSize: 50 });
        const prices = result.items.map((i) => i.price);
        const sorted = [...prices].sort((a, b) => (sort === 'price-asc' ? a - b : b - a));
        expect(prices).toEqual(sorted);
      },
    );

    it('sorts by newest and by name', async () => {
      const newest = (await page({ sort: 'newest', pageSize: 4 })).items.map((i) => i.ribbon);
      expect(newest.every((ribbon) => ribbon === 'New')).toBe(true);
      const names = (await page({ sort: 'name', pageSize: 50 })).items.map((i) => i.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    });

    it('reads a product with options, variants, images and a sanitized description', async () => {
      const product = await source.getProductBySlug('lambswool-v-neck-jumper');
      expect(product).toMatchObject({
        name: 'Lambswool V-Neck Jumper',
        currency: 'USD',
        price: 85,
      });
      expect(product!.options.map((o) => o.name)).toEqual(['Size']);
      const xl = product!.variants.find((v) => v.choices.Size === 'XL');
      expect(xl).toMatchObject({ price: 90, inStock: false });
      expect(product!.images.length).toBeGreaterThan(1);
      // Wix media URLs (static.wixstatic.com) are served by the emulator in emulator mode.
      expect(product!.images[0]!.url).toMatch(new RegExp(`^${emulator.url}/media/`));
      const image = await fetch(product!.images[0]!.url);
      expect(image.headers.get('content-type')).toBe('image/png');
      const vase = await source.getProductBySlug('ceramic-bud-vase');
      expect(vase!.descriptionHtml).toContain('<strong>small batches</strong>');
      expect(vase!.descriptionHtml).not.toContain('style=');
    });

    it('shows discounts as a compare-at price', async () => {
      const loafers = await source.getProductBySlug('suede-penny-loafers');
      expect(loafers).toMatchObject({ price: 101.5, compareAtPrice: 145, ribbon: 'Sale' });
    });

    it('answers null for unknown and hidden products and collections', async () => {
      expect(await source.getProductBySlug('no-such-product')).toBeNull();
      expect(await source.getProductBySlug('heavyweight-pocket-tee')).toBeNull();
      expect(await source.getCollectionBySlug('no-such-collection')).toBeNull();
      for (const slug of HIDDEN) expect(await source.getCollectionBySlug(slug)).toBeNull();
    });

    it('lists collections and every product for the sitemap', async () => {
      const slugs = (await source.listCollections()).map((c) => c.slug);
      expect(slugs).toEqual(expect.arrayContaining(['shirts', 'knitwear', 'home', 'sale']));
      expect(slugs).toHaveLength(8); // 7 and All Products: never the hidden ones
      for (const slug of HIDDEN) expect(slugs).not.toContain(slug);
      expect(await source.listAllProducts()).toHaveLength(VISIBLE_PRODUCTS);
    });

    it("never picks a hidden collection as a product's collection", async () => {
      // The product page's rule: the first listed collection the product is in.
      const collections = await source.listCollections();
      const product = await source.getProductBySlug('classic-linen-shirt');
      expect(product!.collectionIds).toContain(seedGuid(`collection:${HIDDEN[0]}`));
      const picked = collections.find(
        (c) => c.slug !== 'all-products' && product!.collectionIds.includes(c.id),
      );
      expect(picked?.slug).toBe('shirts');
    });
  });
}
