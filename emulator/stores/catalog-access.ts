import type { EmulatorContext } from '../context';
import type { Catalog, CatalogProduct } from './catalog-model';

export const catalogOf = (ctx: EmulatorContext): Catalog => ctx.store.state.catalog;

/** What visitors and members may see: hidden products never leave the emulator. */
export const visibleProducts = (ctx: EmulatorContext): CatalogProduct[] =>
  catalogOf(ctx).products.filter((p) => p.visible);

/** Visible products a collection/category holds ("All Products" holds them all). */
export function productsIn(ctx: EmulatorContext, collectionId: string): CatalogProduct[] {
  const collection = catalogOf(ctx).collections.find((c) => c.id === collectionId);
  if (!collection) return [];
  if (collection.slug === 'all-products') return visibleProducts(ctx);
  return visibleProducts(ctx).filter((p) => p.collectionIds.includes(collectionId));
}

export function findProduct(ctx: EmulatorContext, idOrSlug: string): CatalogProduct | undefined {
  return catalogOf(ctx).products.find((p) => p.id === idOrSlug || p.slug === idOrSlug);
}
