import type { EmulatorContext } from '../context';
import { ALL_PRODUCTS_V1_ID, type CatalogProduct } from './catalog-model';
import { siteCatalogVersion } from './guard';

const TIMEOUT_MS = 5000;

export interface WebhookResult {
  url: string;
  status: number | null;
  error?: string;
}

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
export async function announceProductChange(
  ctx: EmulatorContext,
  product: CatalogProduct,
  changes: string[],
): Promise<WebhookResult | null> {
  const target = ctx.config.revalidate;
  if (!target) return null;
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': target.secret },
      body: JSON.stringify(productChangedEvent(ctx, product, changes)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok) ctx.config.log?.(`revalidate webhook ${target.url} answered ${res.status}`);
    return { url: target.url, status: res.status };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    (ctx.config.log ?? console.warn)(`revalidate webhook ${target.url} failed: ${message}`);
    return { url: target.url, status: null, error: message };
  }
}
