import { z } from 'zod';
import type { CatalogProduct } from './catalog-model';

/** Body of `POST /__emulator/catalog/products/{idOrSlug}`. */
export const catalogUpdateSchema = z
  .object({
    /** New price of the cheapest variant; the others keep their difference to it. */
    price: z.number().min(0).max(999_999).optional(),
    stock: z
      .object({
        /** One variant; default every variant. */
        variantId: z.string().optional(),
        inStock: z.boolean().optional(),
        /** Tracks a quantity; 0 means out of stock. */
        quantity: z.number().int().min(0).max(99_999).optional(),
      })
      .refine((s) => (s.inStock === undefined) !== (s.quantity === undefined), {
        message: 'give exactly one of inStock or quantity',
      })
      .optional(),
    visible: z.boolean().optional(),
  })
  .strict()
  .refine((b) => b.price !== undefined || b.stock !== undefined || b.visible !== undefined, {
    message: 'give at least one of price, stock, visible',
  });

export type CatalogUpdate = z.infer<typeof catalogUpdateSchema>;

export class UnknownVariantError extends Error {}

/** Applies a change in place; returns what changed (for the webhook) or throws on a bad variant. */
export function applyCatalogUpdate(product: CatalogProduct, update: CatalogUpdate, now: number) {
  const changes: string[] = [];
  const variantId = update.stock?.variantId;
  // Checked first so a bad variant id changes nothing.
  if (variantId && !product.variants.some((v) => v.id === variantId)) {
    throw new UnknownVariantError(`No variant ${variantId} in ${product.slug}`);
  }
  if (update.price !== undefined) {
    const min = Math.min(...product.variants.map((v) => v.price));
    for (const v of product.variants)
      v.price = Math.round((update.price + v.price - min) * 100) / 100;
    changes.push('price');
  }
  if (update.stock) {
    const { inStock, quantity } = update.stock;
    const targets = variantId
      ? product.variants.filter((v) => v.id === variantId)
      : product.variants;
    for (const v of targets) {
      v.quantity = quantity ?? null;
      v.inStock = quantity !== undefined ? quantity > 0 : (inStock ?? v.inStock);
    }
    changes.push('stock');
  }
  if (update.visible !== undefined) {
    product.visible = update.visible;
    changes.push('visible');
  }
  // Strictly later than before, so caches keyed on updatedDate always see a change.
  const previous = Date.parse(product.updatedDate);
  product.updatedDate = new Date(Math.max(now, previous + 1)).toISOString();
  return changes;
}
