import { unstable_cache } from 'next/cache';
import { catalogTags } from '../catalog/cache-tags';
import { createKnownSlugs } from '../catalog/known-slugs';
import {
  MAX_CATALOG_PRODUCTS,
  slicePage,
  type CatalogSource,
  type ProductMatch,
} from './catalog-source';
import { ALL_PRODUCTS_COLLECTION_ID, catalogV1 } from './catalog-v1';
import { catalogV3 } from './catalog-v3';
import { withFreshGrantOn401 } from './catalog-client';
import { getCatalogVersion } from './catalog-version';
import { createCachedReads, WIX_READ_REVALIDATE_SECONDS } from './cached-read';
import { StoresNotInstalledError } from './errors';
import type { Collection, ProductPage, ProductQuery } from './types';

/** Without a revalidation call, catalog changes show up within this many seconds. */
export const CATALOG_REVALIDATE_SECONDS = WIX_READ_REVALIDATE_SECONDS;

async function catalog(): Promise<CatalogSource> {
  return (await getCatalogVersion()) === 'v1' ? catalogV1 : catalogV3;
}

const { read, options } = createCachedReads({
  source: catalog,
  tag: catalogTags.all,
  // A site without Stores is an answer, not an outage: never hide it behind an older answer.
  isAnswer: (error) => error instanceof StoresNotInstalledError,
});

// Errors are thrown, never cached: an outage must not leave an empty catalog behind.
const getProductPage = unstable_cache(
  (query: ProductQuery) =>
    read(`products:${JSON.stringify(query)}`, (source) => source.listProducts(query)),
  ['catalog-products'],
  options(catalogTags.products),
);

const getMatching = unstable_cache(
  (match: ProductMatch) =>
    read(`matching:${JSON.stringify(match)}`, (source) => {
      if (!source.listMatching) throw new Error('this catalog pages natively');
      return source.listMatching(match);
    }),
  ['catalog-matching'],
  options(catalogTags.products),
);

/** One page of a listing: cut from the cached matches on V3, asked of Wix per page on V1. */
export async function getProducts(query: ProductQuery): Promise<ProductPage> {
  if ((await withFreshGrantOn401(catalog)).listMatching) {
    const { page, pageSize, ...match } = query;
    return slicePage(await getMatching(match), page, pageSize);
  }
  return getProductPage(query);
}

export const getAllProducts = unstable_cache(
  () => read('all-products', (source) => source.listAllProducts()),
  ['catalog-all-products'],
  options(catalogTags.products),
);

// Both catalogs have a built-in "All Products" collection; the shop's /products is that.
const isAllProducts = (c: Collection) =>
  c.slug === 'all-products' || c.id === ALL_PRODUCTS_COLLECTION_ID;

export const getCollections = unstable_cache(
  () =>
    read('collections', async (source) =>
      (await source.listCollections()).filter((c) => !isAllProducts(c)),
    ),
  ['catalog-collections'],
  options(catalogTags.collections),
);

export const getCollection = unstable_cache(
  (slug: string) => read(`collection:${slug}`, (source) => source.getCollectionBySlug(slug)),
  ['catalog-collection'],
  options(catalogTags.collections),
);

export function getProduct(slug: string) {
  return unstable_cache(
    () => read(`product:${slug}`, (source) => source.getProductBySlug(slug)),
    ['catalog-product', slug],
    options(catalogTags.product(slug)),
  )();
}

// Slugs absent from the catalog's (cached) list of every product are answered without Wix.
const knownSlugs = createKnownSlugs({
  load: async () => {
    const products = await getAllProducts();
    return {
      slugs: products.map((p) => p.slug),
      complete: products.length < MAX_CATALOG_PRODUCTS,
    };
  },
});

/** The product with this slug, or null; an unknown slug costs Wix no call. */
export async function findProduct(slug: string) {
  return (await knownSlugs.isUnknown(slug)) ? null : getProduct(slug);
}

/** After a catalog webhook: the next unknown slug reads the list of products again. */
export function forgetProductSlugs(): void {
  knownSlugs.forget();
}
