import type { EmulatorContext } from '../context';
import { postRevalidation, type WebhookResult } from '../http/revalidate-webhook';
import { ALL_PRODUCTS_V1_ID, type CatalogProduct } from './catalog-model';
import { siteCatalogVersion } from './guard';

/** The body the storefront's revalidate endpoint receives (documented in emulator/README.md). */
export function productChangedEvent(
  ctx: EmulatorContext,
  product: CatalogProduct,
  changes: string[],
) {
  const v1 = siteCatalogVersion(ctx) === 'V1_CATALOG';
  const { collections } = ctx.store.state.catalog;
  const direct = collections.filter((c) => product.collectionIds.includes(c.id));
  const all = collections.find((c) => c.slug === 'all-products');
  const collectionIds = v1
    ? [...direct.map((c) => c.v1Id), ALL_PRODUCTS_V1_ID]
    : [...direct.map((c) => c.id), ...(all ? [all.id] : [])];
  return {
    eventType: v1 ? 'wix.stores.v1.product_changed' : 'wix.stores.catalog.v3.product_updated',
    catalogVersion: siteCatalogVersion(ctx),
    entityId: product.id,
    slug: product.slug,
    collectionIds,
    changes,
    updatedDate: product.updatedDate,
  };
}

/** POSTs the change to `--revalidate-url`; a failure is one log line, never an exception. */
export function announceProductChange(
  ctx: EmulatorContext,
  product: CatalogProduct,
  changes: string[],
): Promise<WebhookResult | null> {
  return postRevalidation(ctx, productChangedEvent(ctx, product, changes));
}
