import {
  isShownToShoppers,
  MAX_CATALOG_PRODUCTS,
  slicePage,
  toSummary,
  type CatalogSource,
  type ProductMatch,
} from './catalog-source';
import { getCatalogClient, type CatalogClient } from './catalog-client';
import { isNotFound } from './errors';
import { reshapeV3Category, reshapeV3Product, type V3ProductInput } from './reshape-v3';
import type { ProductQuery, ProductSort, ProductSummary } from './types';

const STORES_TREE = { appNamespace: '@wix/stores' };
const LIST_FIELDS = ['CURRENCY', 'ALL_CATEGORIES_INFO'] as const;
const PRODUCT_FIELDS = [
  'CURRENCY',
  'PLAIN_DESCRIPTION',
  'MEDIA_ITEMS_INFO',
  'VARIANT_OPTION_CHOICE_NAMES',
  'ALL_CATEGORIES_INFO',
] as const;
const BATCH = 100;

type SearchRequest = Parameters<CatalogClient['productsV3']['searchProducts']>[0];

const SORTS: Record<ProductSort, Array<{ fieldName: string; order: 'ASC' | 'DESC' }>> = {
  featured: [],
  'price-asc': [{ fieldName: 'actualPriceRange.minValue.amount', order: 'ASC' }],
  'price-desc': [{ fieldName: 'actualPriceRange.minValue.amount', order: 'DESC' }],
  newest: [{ fieldName: '_createdDate', order: 'DESC' }],
  name: [{ fieldName: 'name', order: 'ASC' }],
};

function filterFor(query: Pick<ProductQuery, 'collectionId'>): Record<string, unknown> {
  const visible = { visible: true };
  if (!query.collectionId) return visible;
  // V3 filters on a product's categories with $matchItems over allCategoriesInfo.
  return {
    $and: [
      visible,
      { 'allCategoriesInfo.categories': { $matchItems: [{ _id: { $in: [query.collectionId] } }] } },
    ],
  };
}

// V3 pages with cursors only, so a listing walks the cursor chain in large batches (the facade
// caches the whole walk, so numbered pages do not repeat it).
async function searchAll(query: ProductMatch): Promise<ProductSummary[]> {
  const client = await getCatalogClient();
  const summaries: ProductSummary[] = [];
  let cursor: string | null | undefined;
  do {
    // Later pages send only the cursor: Wix keeps the filter and sort inside it.
    const search = cursor
      ? { cursorPaging: { cursor, limit: BATCH } }
      : {
          filter: filterFor(query),
          sort: SORTS[query.sort],
          cursorPaging: { limit: BATCH },
          ...(query.search ? { search: { expression: query.search } } : {}),
        };
    const { products = [], pagingMetadata } = await client.productsV3.searchProducts(
      search as SearchRequest,
      { fields: [...LIST_FIELDS] },
    );
    for (const product of products)
      summaries.push(toSummary(reshapeV3Product(product as V3ProductInput)));
    cursor = pagingMetadata?.hasNext ? pagingMetadata.cursors?.next : null;
  } while (cursor && summaries.length < MAX_CATALOG_PRODUCTS);
  return summaries;
}

export const catalogV3: CatalogSource = {
  async listProducts({ page, pageSize, ...match }) {
    return slicePage(await searchAll(match), page, pageSize);
  },

  listMatching: searchAll,

  listAllProducts: () => searchAll({ sort: 'featured' }),

  async getProductBySlug(slug) {
    const client = await getCatalogClient();
    try {
      const { product } = await client.productsV3.getProductBySlug(slug, {
        fields: [...PRODUCT_FIELDS],
      });
      return product && product.visible !== false
        ? reshapeV3Product(product as V3ProductInput)
        : null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  },

  async listCollections() {
    const client = await getCatalogClient();
    const { items } = await client.categories
      .queryCategories({ treeReference: STORES_TREE })
      .limit(100)
      .find();
    // Wix leaves hidden categories out of queries already; checked again so none slips through.
    return items.filter(isShownToShoppers).map(reshapeV3Category);
  },

  async getCollectionBySlug(slug) {
    const client = await getCatalogClient();
    try {
      const { category } = await client.categories.getCategoryBySlug(slug, STORES_TREE);
      // Get Category finds hidden categories too; for shoppers they do not exist.
      return category && isShownToShoppers(category) ? reshapeV3Category(category) : null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  },
};
