import type { Collection, Product, ProductPage, ProductQuery, ProductSummary } from './types';

/** What the shop needs from a catalog; Catalog V1 and V3 each implement it. */
export interface CatalogSource {
  listProducts(query: ProductQuery): Promise<ProductPage>;
  /** Every visible product, for the sitemap (bounded). */
  listAllProducts(): Promise<ProductSummary[]>;
  getProductBySlug(slug: string): Promise<Product | null>;
  listCollections(): Promise<Collection[]>;
  getCollectionBySlug(slug: string): Promise<Collection | null>;
}

/** The sitemap and V3 listings read at most this many products. */
export const MAX_CATALOG_PRODUCTS = 1000;

export function toSummary(product: Product): ProductSummary {
  const { id, slug, name, currency, price, compareAtPrice, ribbon, inStock, image } = product;
  return { id, slug, name, currency, price, compareAtPrice, ribbon, inStock, image };
}

export function pageOf<T>(items: T[], page: number, pageSize: number, total = items.length) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page, pageCount, total };
}
