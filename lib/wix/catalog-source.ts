import type { Collection, Product, ProductPage, ProductQuery, ProductSummary } from './types';

/** A listing without its page: what to show, in which order. */
export type ProductMatch = Omit<ProductQuery, 'page' | 'pageSize'>;

/** What the shop needs from a catalog; Catalog V1 and V3 each implement it. */
export interface CatalogSource {
  listProducts(query: ProductQuery): Promise<ProductPage>;
  /**
   * Every match of a listing, for catalogs that only page with cursors (V3): numbered pages
   * are then cut from one cached list instead of walking the cursors for each page.
   */
  listMatching?(match: ProductMatch): Promise<ProductSummary[]>;
  /** Every visible product, for the sitemap (bounded). */
  listAllProducts(): Promise<ProductSummary[]>;
  getProductBySlug(slug: string): Promise<Product | null>;
  listCollections(): Promise<Collection[]>;
  getCollectionBySlug(slug: string): Promise<Collection | null>;
}

/**
 * Whether shoppers may see a collection: merchants hide some (Wix's `visible: false`, e.g. the
 * home page's featured items) from the menus, and the shop neither lists nor serves those.
 */
export const isShownToShoppers = (collection: { visible?: boolean | null }) =>
  collection.visible !== false;

/** The sitemap and V3 listings read at most this many products. */
export const MAX_CATALOG_PRODUCTS = 1000;

export function toSummary(product: Product): ProductSummary {
  const { id, slug, name, currency, price, compareAtPrice, ribbon, inStock, image } = product;
  return { id, slug, name, currency, price, compareAtPrice, ribbon, inStock, image };
}

/** One numbered page out of a whole list of matches. */
export function slicePage(all: ProductSummary[], page: number, pageSize: number): ProductPage {
  const start = (page - 1) * pageSize;
  return {
    items: all.slice(start, start + pageSize),
    page,
    pageCount: Math.max(1, Math.ceil(all.length / pageSize)),
    total: all.length,
  };
}
