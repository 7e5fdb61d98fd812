import type { FieldDef, FieldSpec } from '../query/field-spec';

// Stores V1 filter/sort fields: the SDK's typed builder fields plus the ones its probes show
// storefronts sending (visible, ribbon, brand, stock). Names as on the wire.

const F = (type: FieldDef['type'], sortable = false, get?: FieldDef['get']): FieldDef => ({
  type,
  sortable,
  ...(get ? { get } : {}),
});

// `price` filters and sorts by what a shopper pays (the discounted price when there is one), as
// Wix's own "sort by price" does; `priceData.price` stays the list price.
const priceOf = (doc: unknown) => {
  const price = (doc as { price?: { price?: number; discountedPrice?: number } }).price;
  return price?.discountedPrice ?? price?.price;
};

export const V1_PRODUCT_FIELDS: FieldSpec = {
  id: F('string', true),
  name: F('string', true),
  slug: F('string', true),
  productType: F('string', true),
  description: F('string'),
  sku: F('string', true),
  price: F('number', true, priceOf),
  'priceData.price': F('number', true),
  numericId: F('number', true),
  lastUpdated: F('date', true),
  createdDate: F('date', true),
  collectionIds: F('array'),
  visible: F('boolean'),
  ribbon: F('string'),
  brand: F('string'),
  'stock.inventoryStatus': F('string'),
  'stock.inStock': F('boolean'),
};

export const V1_COLLECTION_FIELDS: FieldSpec = {
  id: F('string', true),
  name: F('string', true),
  slug: F('string', true),
};
