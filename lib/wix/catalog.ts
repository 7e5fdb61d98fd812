import { unstable_cache } from 'next/cache';
import { slicePage, type CatalogSource, type ProductMatch } from './catalog-source';
import { ALL_PRODUCTS_COLLECTION_ID, catalogV1 } from './catalog-v1';
import { catalogV3 } from './catalog-v3';
import { withFreshGrantOn401 } from './catalog-client';
import { getCatalogVersion } from './catalog-version';
import { StoresNotInstalledError } from './errors';
import { createLastGood } from './last-good';
import type { Collection, ProductPage, ProductQuery } from './types';

/** Without a revalidation call, catalog changes show up within this many seconds. */
export const CATALOG_REVALIDATE_SECONDS = 300;

/** Cache tags, so a webhook can refresh exactly what changed. */
export const catalogTags = {
  all: 'catalog',
  products: 'catalog:products',
  collections: 'catalog:collections',
  product: (slug: string) => `catalog:product:${slug}`,
} as const;

async function source(): Promise<CatalogSource> {
  const catalog = (await withFreshGrantOn401(getCatalogVersion)) === 'v1' ? catalogV1 : catalogV3;
  // Every read survives the shop's OAuth app being recreated, without a restart.
  return {
    listProducts: (query) => withFreshGrantOn401(() => catalog.listProducts(query)),
    ...(catalog.listMatching
      ? { listMatching: (match) => withFreshGrantOn401(() => catalog.listMatching!(match)) }
      : {}),
    listAllProducts: () => withFreshGrantOn401(() => catalog.listAllProducts()),
    getProductBySlug: (slug) => withFreshGrantOn401(() => catalog.getProductBySlug(slug)),
    listCollections: () => withFreshGrantOn401(() => catalog.listCollections()),
    getCollectionBySlug: (slug) => withFreshGrantOn401(() => catalog.getCollectionBySlug(slug)),
  };
}

// A site without Stores is an answer, not an outage: never hide it behind an older answer.
const withLastGood = createLastGood(500, (error) => error instanceof StoresNotInstalledError);

const options = (...tags: string[]) => ({
  tags: [catalogTags.all, ...tags],
  revalidate: CATALOG_REVALIDATE_SECONDS,
});

// Errors are thrown, never cached: an outage must not leave an empty catalog behind.
const getProductPage = unstable_cache(
  (query: ProductQuery) =>
    withLastGood(`products:${JSON.stringify(query)}`, async () =>
      (await source()).listProducts(query),
    ),
  ['catalog-products'],
  options(catalogTags.products),
);

const getMatching = unstable_cache(
  (match: ProductMatch) =>
    withLastGood(`matching:${JSON.stringify(match)}`, async () => {
      const catalog = await source();
      if (!catalog.listMatching) throw new Error('this catalog pages natively');
      return catalog.listMatching(match);
    }),
  ['catalog-matching'],
  options(catalogTags.products),
);

/** One page of a listing: cut from the cached matches on V3, asked of Wix per page on V1. */
export async function getProducts(query: ProductQuery): Promise<ProductPage> {
  if ((await source()).listMatching) {
    const { page, pageSize, ...match } = query;
    return slicePage(await getMatching(match), page, pageSize);
  }
  return getProductPage(query);
}

export const getAllProducts = unstable_cache(
  () => withLastGood('all-products', async () => (await source()).listAllProducts()),
  ['catalog-all-products'],
  options(catalogTags.products),
);

// Both catalogs have a built-in "All Products" collection; the shop's /products is that.
const isAllProducts = (c: Collection) =>
  c.slug === 'all-products' || c.id === ALL_PRODUCTS_COLLECTION_ID;

export const getCollections = unstable_cache(
  () =>
    withLastGood('collections', async () =>
      (await (await source()).listCollections()).filter((c) => !isAllProducts(c)),
    ),
  ['catalog-collections'],
  options(catalogTags.collections),
);

export const getCollection = unstable_cache(
  (slug: string) =>
    withLastGood(`collection:${slug}`, async () => (await source()).getCollectionBySlug(slug)),
  ['catalog-collection'],
  options(catalogTags.collections),
);

export function getProduct(slug: string) {
  return unstable_cache(
    () => withLastGood(`product:${slug}`, async () => (await source()).getProductBySlug(slug)),
    ['catalog-product', slug],
    options(catalogTags.product(slug)),
  )();
}
