import {
  isShownToShoppers,
  MAX_CATALOG_PRODUCTS,
  toSummary,
  type CatalogSource,
} from './catalog-source';
import { getCatalogClient, type CatalogClient } from './catalog-client';
import { isNotFound } from './errors';
import { reshapeV1Collection, reshapeV1Product, type V1ProductInput } from './reshape-v1';
import type { ProductQuery, ProductSort, ProductSummary } from './types';

// Wix's conventional id for the built-in collection that holds every product.
export const ALL_PRODUCTS_COLLECTION_ID = '00000000-000000-000000-000000000001';
const BATCH = 100;

type TypedQuery = Extract<Parameters<CatalogClient['products']['queryProducts']>[0], object>;

/** Search words are ANDed, each matched anywhere in the name (Wix's $contains ignores case). */
export function searchWords(search: string | undefined): string[] {
  return (search ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
}

const SORTS: Record<ProductSort, Array<{ fieldName: string; order: 'ASC' | 'DESC' }>> = {
  featured: [],
  'price-asc': [{ fieldName: 'price', order: 'ASC' }],
  'price-desc': [{ fieldName: 'price', order: 'DESC' }],
  // numericId grows with creation time in Catalog V1.
  newest: [{ fieldName: 'numericId', order: 'DESC' }],
  name: [{ fieldName: 'name', order: 'ASC' }],
};

/** The V1 query (filter language as on the wire) for one page of a listing. */
export function buildV1Query(query: ProductQuery) {
  const conditions: Array<Record<string, unknown>> = [];
  if (query.collectionId) conditions.push({ collectionIds: { $hasSome: [query.collectionId] } });
  for (const word of searchWords(query.search)) conditions.push({ name: { $contains: word } });
  const filter = conditions.length > 1 ? { $and: conditions } : (conditions[0] ?? {});
  return {
    filter,
    sort: SORTS[query.sort],
    paging: { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  };
}

const summaries = (items: unknown[]): ProductSummary[] =>
  items.map((item) => toSummary(reshapeV1Product(item as V1ProductInput)));

export const catalogV1: CatalogSource = {
  async listProducts(query) {
    const client = await getCatalogClient();
    // The typed form takes the filter language as is ($contains has no builder method here).
    const { products = [], metadata } = await client.products.queryProducts(
      buildV1Query(query) as TypedQuery,
    );
    const total = metadata?.total ?? products.length;
    return {
      items: summaries(products),
      page: query.page,
      pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
      total,
    };
  },

  async listAllProducts() {
    const client = await getCatalogClient();
    const all: ProductSummary[] = [];
    let result = await client.products.queryProducts().limit(BATCH).find();
    all.push(...summaries(result.items));
    while (result.hasNext() && all.length < MAX_CATALOG_PRODUCTS) {
      result = await result.next();
      all.push(...summaries(result.items));
    }
    return all;
  },

  async getProductBySlug(slug) {
    const client = await getCatalogClient();
    const { items } = await client.products.queryProducts().eq('slug', slug).limit(1).find();
    const product = items[0];
    return product ? reshapeV1Product(product as V1ProductInput) : null;
  },

  async listCollections() {
    const client = await getCatalogClient();
    const { items } = await client.collections.queryCollections().limit(100).find();
    return items.filter(isShownToShoppers).map(reshapeV1Collection);
  },

  async getCollectionBySlug(slug) {
    const client = await getCatalogClient();
    try {
      const { collection } = await client.collections.getCollectionBySlug(slug);
      // Wix V1 serves hidden collections by slug too; for shoppers they do not exist.
      return collection && isShownToShoppers(collection) ? reshapeV1Collection(collection) : null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  },
};
