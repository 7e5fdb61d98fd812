import { z } from 'zod';

// The shop as the emulator keeps it in state.json; V1 and V3 JSON are both derived from it.

export const ALL_PRODUCTS_V1_ID = '00000000-000000-000000-000000000001';

const choiceSchema = z.object({ name: z.string(), colorCode: z.string().optional() });

export const optionSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['text', 'color']),
  choices: z.array(choiceSchema.extend({ id: z.string() })),
});

export const variantSchema = z.object({
  id: z.string(),
  /** Option name → choice name; empty for a product without options. */
  choices: z.record(z.string(), z.string()),
  /** List price, before the product's discount. */
  price: z.number(),
  sku: z.string(),
  inStock: z.boolean(),
  /** null: quantity not tracked. */
  quantity: z.number().nullable(),
});

export const catalogProductSchema = z.object({
  id: z.string(),
  numericId: z.string(),
  slug: z.string(),
  name: z.string(),
  visible: z.boolean(),
  /** HTML paragraphs as a merchant would type them. */
  description: z.array(z.string()),
  collectionIds: z.array(z.string()),
  ribbon: z.string().nullable(),
  brand: z.string().nullable(),
  discount: z.object({ type: z.enum(['AMOUNT', 'PERCENT']), value: z.number() }).nullable(),
  /** Hex colour the generated images are drawn in. */
  colour: z.string(),
  mediaIds: z.array(z.string()),
  options: z.array(optionSchema),
  variants: z.array(variantSchema).min(1),
  createdDate: z.string(),
  updatedDate: z.string(),
});

export const catalogCollectionSchema = z.object({
  /** V3 category id (a GUID). */
  id: z.string(),
  /** V1 collection id; differs only for "All Products". */
  v1Id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  colour: z.string(),
  mediaId: z.string(),
  createdDate: z.string(),
  /** Hidden from the site's menus (Wix's `visible: false`); a default, so older state files load. */
  visible: z.boolean().default(true),
});

export const catalogSchema = z.object({
  currency: z.string(),
  collections: z.array(catalogCollectionSchema),
  products: z.array(catalogProductSchema),
});

export type CatalogOption = z.infer<typeof optionSchema>;
export type CatalogVariant = z.infer<typeof variantSchema>;
export type CatalogProduct = z.infer<typeof catalogProductSchema>;
export type CatalogCollection = z.infer<typeof catalogCollectionSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogVersion = 'V1_CATALOG' | 'V3_CATALOG' | 'STORES_NOT_INSTALLED';

/** The price a shopper pays for a variant, after the product's discount. */
export function actualPrice(product: CatalogProduct, variant: CatalogVariant): number {
  const { discount } = product;
  if (!discount) return variant.price;
  const off = discount.type === 'AMOUNT' ? discount.value : (variant.price * discount.value) / 100;
  return Math.max(0, Math.round((variant.price - off) * 100) / 100);
}

export type Availability = 'IN_STOCK' | 'OUT_OF_STOCK' | 'PARTIALLY_OUT_OF_STOCK';

export function availability(product: CatalogProduct): Availability {
  const inStock = product.variants.filter((v) => v.inStock).length;
  if (inStock === product.variants.length) return 'IN_STOCK';
  return inStock === 0 ? 'OUT_OF_STOCK' : 'PARTIALLY_OUT_OF_STOCK';
}

/** Collections a product is in, "All Products" included. */
export function collectionsOf(catalog: Catalog, product: CatalogProduct): CatalogCollection[] {
  return catalog.collections.filter(
    (c) => c.slug === 'all-products' || product.collectionIds.includes(c.id),
  );
}
