import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';
import { createStoresClient, sdkError, STORES_TREE, unique } from './stores-helpers';

let emulator: RunningEmulator;
const client = createStoresClient();
const HIDDEN = ['heavyweight-pocket-tee', 'pleated-wool-trousers', 'enamel-camping-mug'];
const VISIBLE_COUNT = 37;

beforeAll(async () => {
  emulator = await startTestEmulator(); // catalog V3 by default, like a new Wix site
});
afterAll(() => emulator.close());

const price = (p: { actualPriceRange?: { minValue?: { amount?: string } } }) =>
  Number(p.actualPriceRange?.minValue?.amount);

describe('catalog versioning', () => {
  it('reports V3_CATALOG', async () => {
    await expect(client.catalogVersioning.getCatalogVersion()).resolves.toEqual({
      catalogVersion: 'V3_CATALOG',
    });
  });
});

describe('productsV3.searchProducts', () => {
  it('finds a word in the middle of a name, case-insensitively', async () => {
    const { products } = await client.productsV3.searchProducts({
      search: { expression: 'LiNeN' },
    });
    const names = products?.map((p) => p.name) ?? [];
    expect(names).toEqual(
      expect.arrayContaining(['Classic Linen Shirt', 'Relaxed Linen Trousers']),
    );
    expect(names.slice(0, 3).every((n) => /linen/i.test(n ?? ''))).toBe(true);
  });

  it('filters by category with $matchItems', async () => {
    const { category } = await client.categories.getCategoryBySlug('shoes', STORES_TREE);
    const { products } = await client.productsV3.searchProducts(
      {
        filter: {
          'allCategoriesInfo.categories': { $matchItems: [{ _id: { $in: [category?._id] } }] },
        },
        cursorPaging: { limit: 100 },
      } as never,
      { fields: ['ALL_CATEGORIES_INFO'] },
    );
    expect(products?.length).toBe(6);
    for (const p of products ?? []) {
      expect(p.allCategoriesInfo?.categories?.map((c) => c._id)).toContain(category?._id);
    }
  });

  it('sorts by price both ways and by creation date', async () => {
    const sorted = async (fieldName: string, order: 'ASC' | 'DESC') =>
      (
        await client.productsV3.searchProducts({
          sort: [{ fieldName, order }],
          cursorPaging: { limit: 100 },
        } as never)
      ).products ?? [];
    const asc = (await sorted('actualPriceRange.minValue.amount', 'ASC')).map(price);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc).toHaveLength(VISIBLE_COUNT);
    const desc = (await sorted('actualPriceRange.minValue.amount', 'DESC')).map(price);
    expect(desc).toEqual([...asc].reverse());
    const newest = (await sorted('_createdDate', 'DESC')).map(
      (p) => p._createdDate?.getTime() ?? 0,
    );
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it('pages through everything with cursors, without gaps or duplicates', async () => {
    const seen: string[] = [];
    let page = await client.productsV3.searchProducts({ cursorPaging: { limit: 8 } });
    for (let i = 0; i < 10; i++) {
      seen.push(...(page.products ?? []).map((p) => p._id ?? ''));
      const next = page.pagingMetadata?.cursors?.next;
      expect(page.pagingMetadata?.hasNext).toBe(Boolean(next));
      if (!next) break;
      page = await client.productsV3.searchProducts({ cursorPaging: { cursor: next, limit: 8 } });
    }
    expect(seen).toHaveLength(VISIBLE_COUNT);
    expect(unique(seen)).toBe(true);
  });

  it('refuses unknown fields and operators with a validation error', async () => {
    const error = await sdkError(
      client.productsV3.searchProducts({ filter: { colour: 'red' } } as never),
    );
    expect(error.status).toBe(400);
    expect(error.details?.validationError?.fieldViolations?.[0]?.field).toContain('filter.colour');
    const op = await sdkError(
      client.productsV3.searchProducts({ filter: { name: { $regex: 'x' } } } as never),
    );
    expect(op.status).toBe(400);
  });
});

describe('productsV3.queryProducts', () => {
  it('iterates with the builder, sorted by slug, and honours fields', async () => {
    let result = await client.productsV3
      .queryProducts({ fields: ['PLAIN_DESCRIPTION', 'MEDIA_ITEMS_INFO', 'CURRENCY'] })
      .ascending('slug')
      .limit(10)
      .find();
    const slugs = result.items.map((p) => p.slug);
    while (result.hasNext()) {
      result = await result.next();
      slugs.push(...result.items.map((p) => p.slug));
    }
    expect(slugs).toHaveLength(VISIBLE_COUNT);
    expect(slugs).toEqual([...slugs].sort());
    const [first] = result.items;
    expect(first?.plainDescription).toMatch(/^<p>/);
    expect(first?.media?.itemsInfo?.items?.length).toBeGreaterThanOrEqual(2);
    expect(first?.actualPriceRange?.minValue?.formattedAmount).toMatch(/^\$\d+\.\d\d$/);
    expect(first?.currency).toBe('USD');
    expect(first?.variantsInfo).toBeUndefined();
  });

  it('leaves out gated parts without fields', async () => {
    const { items } = await client.productsV3
      .queryProducts()
      .eq('slug', 'classic-linen-shirt')
      .find();
    expect(items).toHaveLength(1);
    expect(items[0]?.plainDescription).toBeUndefined();
    expect(items[0]?.media?.itemsInfo).toBeUndefined();
    expect(items[0]?.media?.main?.image).toMatch(
      /^wix:image:\/\/v1\/emu-classic-linen-shirt-1\.png\//,
    );
  });

  it('never returns hidden products, even when asked by slug', async () => {
    const { items } = await client.productsV3.queryProducts().in('slug', HIDDEN).find();
    expect(items).toEqual([]);
    const { items: asked } = await client.productsV3.queryProducts().eq('visible', false).find();
    expect(asked).toEqual([]);
  });
});

describe('productsV3.getProduct / getProductBySlug', () => {
  it('returns a product with variants, options and prices as strings', async () => {
    const { product } = await client.productsV3.getProductBySlug('striped-breton-top', {
      fields: ['DESCRIPTION', 'VARIANT_OPTION_CHOICE_NAMES'],
    });
    expect(product).toMatchObject({
      name: 'Striped Breton Top',
      ribbon: { name: 'Sale' },
      inventory: { availabilityStatus: 'PARTIALLY_OUT_OF_STOCK' },
      actualPriceRange: { minValue: { amount: '31.2' } },
      compareAtPriceRange: { minValue: { amount: '39' } },
      options: [{ name: 'Size', optionRenderType: 'TEXT_CHOICES' }],
    });
    const variants = product?.variantsInfo?.variants ?? [];
    expect(variants).toHaveLength(4);
    expect(variants.filter((v) => !v.inventoryStatus?.inStock)).toHaveLength(1);
    expect(variants[3]?.price).toMatchObject({
      actualPrice: { amount: '35.2' },
      compareAtPrice: { amount: '44' },
    });
    expect(variants[0]?.choices?.[0]?.optionChoiceNames?.choiceName).toBe('S');
    expect(product?.description?.nodes?.[0]?.type).toBe('PARAGRAPH');
    const byId = await client.productsV3.getProduct(product?._id ?? '');
    expect(byId.slug).toBe('striped-breton-top');
  });

  it('has swatch colours', async () => {
    const { product } = await client.productsV3.getProductBySlug('silk-camp-collar-blouse');
    const choices = product?.options?.[0]?.choicesSettings?.choices ?? [];
    expect(product?.options?.[0]?.optionRenderType).toBe('SWATCH_CHOICES');
    expect(choices.map((c) => c.colorCode)).toEqual(['#e8a0a8', '#efe6d2', '#2f5d50']);
  });

  it('answers 404 for an unknown or hidden slug', async () => {
    for (const slug of ['no-such-product', HIDDEN[0] ?? '']) {
      const error = await sdkError(client.productsV3.getProductBySlug(slug));
      expect(error.status).toBe(404);
      expect(error.details?.applicationError?.code).toBe('PRODUCT_NOT_FOUND');
    }
  });
});

describe('categories', () => {
  it('lists the store categories with item counters', async () => {
    const { items } = await client.categories
      .queryCategories({ treeReference: STORES_TREE })
      .find();
    expect(items.map((c) => c.slug)).toEqual([
      'all-products',
      'shirts',
      'knitwear',
      'trousers',
      'shoes',
      'accessories',
      'home',
      'sale',
    ]);
    expect(items[0]?.itemCounter).toBe(VISIBLE_COUNT);
    expect(items[0]?.image).toMatch(/^wix:image:\/\//);
    expect(items.every((c) => c.visible === true)).toBe(true);
  });

  it('finds one by slug, by id and by a slug filter', async () => {
    const { category } = await client.categories.getCategoryBySlug('knitwear', STORES_TREE);
    expect(category?.name).toBe('Knitwear');
    const byId = await client.categories.getCategory(category?._id ?? '', STORES_TREE);
    expect(byId.slug).toBe('knitwear');
    const { items } = await client.categories
      .queryCategories({ treeReference: STORES_TREE })
      .eq('slug', 'knitwear')
      .find();
    expect(items.map((c) => c._id)).toEqual([category?._id]);
    const error = await sdkError(client.categories.getCategoryBySlug('nope', STORES_TREE));
    expect(error.status).toBe(404);
  });
});

describe('hidden categories', () => {
  const FEATURED = 'hidden-homepage-featured-items';
  const CAROUSEL = 'hidden-homepage-carousel';

  it('are left out of queries unless returnNonVisibleCategories is set', async () => {
    const hidden = await client.categories
      .queryCategories({ treeReference: STORES_TREE })
      .eq('visible', false)
      .find();
    expect(hidden.items).toEqual([]);
    const asked = await client.categories
      .queryCategories({ treeReference: STORES_TREE, returnNonVisibleCategories: true })
      .limit(6)
      .find();
    const second = await asked.next();
    const all = [...asked.items, ...second.items];
    expect(all).toHaveLength(10);
    expect(all.filter((c) => !c.visible).map((c) => c.slug)).toEqual([FEATURED, CAROUSEL]);
  });

  it('are found by slug and by id, with visible: false', async () => {
    const { category } = await client.categories.getCategoryBySlug(FEATURED, STORES_TREE);
    expect(category).toMatchObject({ name: 'Featured items', visible: false, itemCounter: 6 });
    const byId = await client.categories.getCategory(category?._id ?? '', STORES_TREE);
    expect(byId).toMatchObject({ slug: FEATURED, visible: false });
  });

  it('still hold their products, which never take one as main category', async () => {
    const { category } = await client.categories.getCategoryBySlug(CAROUSEL, STORES_TREE);
    const id = category?._id ?? '';
    const { products } = await client.productsV3.searchProducts(
      {
        filter: { 'allCategoriesInfo.categories': { $matchItems: [{ _id: { $in: [id] } }] } },
        sort: [{ fieldName: 'name', order: 'ASC' }],
      } as never,
      { fields: ['ALL_CATEGORIES_INFO', 'DIRECT_CATEGORIES_INFO', 'BREADCRUMBS_INFO'] },
    );
    expect(products?.map((p) => p.ribbon?.name)).toEqual(Array(6).fill('Sale'));
    for (const p of products ?? []) {
      expect(p.directCategoriesInfo?.categories?.map((c) => c._id)).toContain(id);
      expect(p.allCategoriesInfo?.categories?.map((c) => c._id)).toContain(id);
      expect(p.mainCategoryId).not.toBe(id);
      expect(p.breadcrumbsInfo?.breadcrumbs?.[0]?.categorySlug).not.toBe(CAROUSEL);
    }
  });
});

describe('a V3 site', () => {
  it('refuses the V1 catalog API', async () => {
    for (const call of [
      client.products.queryProducts().find(),
      client.collections.queryCollections().find(),
      client.products.getCollectionBySlug('all-products'),
    ]) {
      const error = await sdkError(call);
      expect(error.status).toBe(428);
      expect(error.details?.applicationError?.code).toBe('CATALOG_V3_SITE_CALLING_CATALOG_V1_API');
    }
  });

  it('serves the product images as PNGs with a long cache lifetime', async () => {
    const { product } = await client.productsV3.getProductBySlug('ceramic-bud-vase', {
      fields: ['MEDIA_ITEMS_INFO'],
    });
    const url = product?.media?.main?.url ?? '';
    // Wix's own media URL; the emulator serves the same path.
    expect(url).toBe('https://static.wixstatic.com/media/emu-ceramic-bud-vase-1.png');
    const res = await fetch(`${emulator.url}/media/emu-ceramic-bud-vase-1.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect([...new Uint8Array(await res.arrayBuffer()).subarray(0, 4)]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
    expect((await fetch(`${emulator.url}/media/nope.png`)).status).toBe(404);
  });

  it('needs an access token', async () => {
    const res = await fetch(`${emulator.url}/stores/v3/products/search`);
    expect(res.status).toBe(401);
  });
});
