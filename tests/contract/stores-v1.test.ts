import type { products } from '@wix/stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PRODUCTS_V1_ID } from '@/emulator/stores/catalog-model';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';
import { createStoresClient, sdkError, unique } from './stores-helpers';

let emulator: RunningEmulator;
const client = createStoresClient();
const logLines: string[] = [];
const VISIBLE_COUNT = 37;

beforeAll(async () => {
  emulator = await startTestEmulator({ catalog: 'v1', log: (line) => logLines.push(line) });
});
afterAll(() => emulator.close());

// Builder fields the SDK does not type (visible, ribbon, brand, …) still go over the wire as-is.
type Field = string;
interface Loose {
  eq(field: Field, value: unknown): Loose;
  ne(field: Field, value: unknown): Loose;
  in(field: Field, values: unknown[]): Loose;
  gt(field: Field, value: unknown): Loose;
  ge(field: Field, value: unknown): Loose;
  lt(field: Field, value: unknown): Loose;
  le(field: Field, value: unknown): Loose;
  contains(field: Field, value: string): Loose;
  startsWith(field: Field, value: string): Loose;
  exists(field: Field, value: boolean): Loose;
  hasAll(field: Field, values: unknown[]): Loose;
  isNotEmpty(field: Field): Loose;
  or(other: Loose): Loose;
  not(other: Loose): Loose;
  ascending(field: Field): Loose;
  descending(field: Field): Loose;
  limit(n: number): Loose;
  find(): Promise<{ items: products.Product[]; totalCount?: number }>;
}
const query = () => client.products.queryProducts() as unknown as Loose;

const collectionId = async (slug: string) =>
  (await client.collections.getCollectionBySlug(slug)).collection?._id ?? '';

describe('catalog versioning', () => {
  it('reports V1_CATALOG', async () => {
    const { catalogVersion } = await client.catalogVersioning.getCatalogVersion();
    expect(catalogVersion).toBe('V1_CATALOG');
  });
});

describe('products.queryProducts', () => {
  it('returns the visible products with V1 JSON and a total', async () => {
    const result = await client.products.queryProducts().limit(100).find();
    expect(result.totalCount).toBe(VISIBLE_COUNT);
    const shirt = result.items.find((p) => p.slug === 'striped-breton-top');
    expect(shirt).toMatchObject({
      price: { currency: 'USD', price: 39, discountedPrice: 31.2, formatted: { price: '$39.00' } },
      discount: { type: 'PERCENT', value: 20 },
      ribbon: 'Sale',
      stock: { inventoryStatus: 'PARTIALLY_OUT_OF_STOCK', inStock: true },
      productOptions: [{ optionType: 'drop_down', name: 'Size' }],
    });
    expect(shirt?.collectionIds).toContain(ALL_PRODUCTS_V1_ID);
    expect(shirt?.variants?.[3]).toMatchObject({
      choices: { Size: 'XL' },
      stock: { inStock: false },
    });
    expect(shirt?.variants?.[3]?.variant?.priceData?.price).toBe(44);
    expect(shirt?.media?.mainMedia?.image?.url).toBe(
      'https://static.wixstatic.com/media/emu-striped-breton-top-1.png',
    );
  });

  it('filters by collection with hasSome and by a word with contains', async () => {
    const knit = await collectionId('knitwear');
    const inKnit = await client.products.queryProducts().hasSome('collectionIds', [knit]).find();
    expect(inKnit.totalCount).toBe(7);
    const linen = await query().contains('name', 'LINEN').find();
    expect(linen.items.map((p) => p.slug).sort()).toEqual([
      'classic-linen-shirt',
      'linen-table-napkins',
      'relaxed-linen-trousers',
    ]);
  });

  it('sorts by price and pages with limit/skip and totalCount', async () => {
    // What a shopper pays: the discounted price when there is one.
    const paid = (p: {
      price?: { price?: number | null; discountedPrice?: number | null } | null;
    }) => p.price?.discountedPrice ?? p.price?.price ?? 0;
    const all: number[] = [];
    let page = await client.products.queryProducts().ascending('price').limit(10).find();
    expect(page.totalCount).toBe(VISIBLE_COUNT);
    all.push(...page.items.map(paid));
    while (page.hasNext()) {
      page = await page.next();
      all.push(...page.items.map(paid));
    }
    expect(all).toHaveLength(VISIBLE_COUNT);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    const skipped = await client.products
      .queryProducts()
      .ascending('price')
      .skip(35)
      .limit(10)
      .find();
    expect(skipped.items).toHaveLength(2);
    const desc = await query().descending('_createdDate').limit(3).find();
    const dates = desc.items.map((p) => p._createdDate?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it.each<[string, (ids: Record<string, string>) => Loose, string[]]>([
    ['eq slug', () => query().eq('slug', 'ceramic-bud-vase'), ['ceramic-bud-vase']],
    [
      'ne + in',
      () => query().in('slug', ['ceramic-bud-vase', 'x']).ne('visible', false),
      ['ceramic-bud-vase'],
    ],
    [
      'startsWith',
      () => query().startsWith('name', 'chunky'),
      ['chunky-cable-cardigan', 'chunky-knit-throw-blanket'],
    ],
    ['gt + le', () => query().gt('price', 150).le('price', 170), ['leather-desert-boots']],
    ['ge + lt', () => query().ge('price', 16).lt('price', 19), ['stoneware-coffee-mug']],
    [
      'exists + hasAll',
      (ids) => query().exists('ribbon', true).hasAll('collectionIds', [ids.sale, ids.shoes]),
      ['suede-penny-loafers'],
    ],
    ['isNotEmpty', () => query().isNotEmpty('brand'), ['selvedge-straight-jeans']],
    [
      'or',
      () => query().eq('slug', 'ceramic-bud-vase').or(query().eq('slug', 'x')),
      ['ceramic-bud-vase'],
    ],
    ['not', () => query().not(query().ne('slug', 'ceramic-bud-vase')), ['ceramic-bud-vase']],
  ])('operator %s', async (_name, build, expected) => {
    const ids = { sale: await collectionId('sale'), shoes: await collectionId('shoes') };
    const { items } = await build(ids).find();
    expect(items.map((p) => p.slug).sort()).toEqual(expected);
  });

  it('falls back to POST for a long $in list and still answers', async () => {
    const { items: every } = await client.products.queryProducts().limit(100).find();
    const ids = [
      ...every.map((p) => p._id ?? ''),
      ...Array.from(
        { length: 100 },
        (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
      ),
    ];
    // Over 4000 characters of query string: the SDK sends a POST instead of a GET.
    logLines.length = 0;
    const res = await client.products.queryProducts().in('_id', ids).limit(100).find();
    expect(logLines).toContainEqual(
      expect.stringMatching(/^POST \/stores-reader\/v1\/products\/query-platformized 200/),
    );
    expect(res.totalCount).toBe(VISIBLE_COUNT);
    expect(unique(res.items.map((p) => p._id))).toBe(true);
  });

  it('refuses unknown fields and operators with a validation error', async () => {
    const field = await sdkError(query().eq('colour', 'red').find());
    expect(field.status).toBe(400);
    expect(field.details?.validationError?.fieldViolations?.[0]?.field).toContain('colour');
    const sort = await sdkError(query().ascending('colour').find());
    expect(sort.status).toBe(400);
    const op = await sdkError(
      client.products.queryProducts({
        filter: { name: { $regex: 'x' } },
      } as never) as Promise<unknown>,
    );
    expect(op.status).toBe(400);
  });

  it('never returns hidden products', async () => {
    const { items } = await query()
      .in('slug', ['heavyweight-pocket-tee', 'enamel-camping-mug'])
      .find();
    expect(items).toEqual([]);
  });
});

describe('products.getProduct and collections', () => {
  it('gets a product by id, 404 for unknown or hidden ones', async () => {
    const { items } = await query().eq('slug', 'organic-cotton-tee').find();
    const { product } = await client.products.getProduct(items[0]?._id ?? '');
    expect(product?.name).toBe('Organic Cotton Tee');
    expect(product?.productOptions?.[1]).toMatchObject({
      optionType: 'color',
      choices: [
        { value: '#efe6d2', description: 'Cream' },
        { value: '#1a1a1a', description: 'Black' },
      ],
    });
    const error = await sdkError(client.products.getProduct('nope'));
    expect(error.status).toBe(404);
    expect(error.details?.applicationError?.code).toBe('PRODUCT_NOT_FOUND');
  });

  it('finds collections by slug in both modules, by id, and by query', async () => {
    const { collection } = await client.products.getCollectionBySlug('all-products');
    expect(collection).toMatchObject({ _id: ALL_PRODUCTS_V1_ID, numberOfProducts: VISIBLE_COUNT });
    const shoes = await client.collections.getCollectionBySlug('shoes');
    expect(shoes.collection).toMatchObject({ name: 'Shoes', numberOfProducts: 6 });
    const byId = await client.collections.getCollection(shoes.collection?._id ?? '');
    expect(byId.slug).toBe('shoes');
    const all = await client.collections.queryCollections().find();
    expect(all.totalCount).toBe(10); // 7, All Products and the two hidden ones
    const one = await (client.collections.queryCollections() as unknown as Loose)
      .eq('slug', 'sale')
      .find();
    expect(one.items).toHaveLength(1);
    const error = await sdkError(client.collections.getCollectionBySlug('nope'));
    expect(error.status).toBe(404);
  });
});

describe('hidden collections (for the home page of the commerce template)', () => {
  const FEATURED = 'hidden-homepage-featured-items';

  it('serves them by slug in both modules, by id and in queries, with visible: false', async () => {
    const { collection } = await client.collections.getCollectionBySlug(FEATURED);
    expect(collection).toMatchObject({
      name: 'Featured items',
      slug: FEATURED,
      visible: false,
      numberOfProducts: 6,
    });
    expect(collection?.media?.mainMedia?.image?.url).toBe(
      `https://static.wixstatic.com/media/emu-collection-${FEATURED}.png`,
    );
    const image = await fetch(`${emulator.url}/media/emu-collection-${FEATURED}.png`);
    expect(image.headers.get('content-type')).toBe('image/png');
    const reader = await client.products.getCollectionBySlug('hidden-homepage-carousel');
    expect(reader.collection).toMatchObject({ visible: false, numberOfProducts: 6 });
    const byId = await client.collections.getCollection(collection?._id ?? '');
    expect(byId).toMatchObject({ slug: FEATURED, visible: false });
    const { items } = await client.collections.queryCollections().limit(100).find();
    const hidden = items.filter((c) => c.visible === false).map((c) => c.slug);
    expect(hidden).toEqual([FEATURED, 'hidden-homepage-carousel']);
    expect(items.filter((c) => c.visible === true)).toHaveLength(8);
  });

  it('lists their products as the template asks: by collection id, sorted by name', async () => {
    const id = await collectionId(FEATURED);
    const { items } = await client.products
      .queryProducts()
      .ascending('name')
      .hasSome('collectionIds', [id])
      .find();
    expect(items.map((p) => p.slug)).toEqual([
      'canvas-low-top-sneakers',
      'ceramic-bud-vase',
      'classic-linen-shirt',
      'fisherman-rib-sweater',
      'leather-desert-boots',
      'roll-top-backpack',
    ]);
    for (const p of items) expect(p.collectionIds).toContain(id);
    const carousel = await collectionId('hidden-homepage-carousel');
    const sale = await query().hasAll('collectionIds', [carousel]).limit(100).find();
    expect(sale.items.every((p) => p.ribbon === 'Sale')).toBe(true);
    expect(sale.items).toHaveLength(6);
  });
});

describe('a V1 site', () => {
  it('refuses the V3 catalog and categories APIs', async () => {
    for (const call of [
      client.productsV3.searchProducts({}),
      client.productsV3.getProductBySlug('classic-linen-shirt'),
      client.categories.queryCategories({ treeReference: { appNamespace: '@wix/stores' } }).find(),
    ]) {
      const error = await sdkError(call);
      expect(error.status).toBe(428);
      expect(error.details?.applicationError?.code).toBe('CATALOG_V1_SITE_CALLING_CATALOG_V3_API');
    }
  });
});
