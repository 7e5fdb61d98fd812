import type {
  Catalog,
  CatalogProduct,
  CatalogVariant,
  CatalogVersion,
} from '../stores/catalog-model';
import type { CatalogReference } from './model';

/** Wix Stores' catalog app id, and the app-def id two official templates send instead. */
import { WIX_STORES_APP_DEF_ID, WIX_STORES_APP_ID } from '../../lib/wix-app-ids';

export const STORES_APP_ID = WIX_STORES_APP_ID;
export const STORES_APP_ID_ALIAS = WIX_STORES_APP_DEF_ID;
const STORES_APP_IDS = new Set([STORES_APP_ID, STORES_APP_ID_ALIAS]);

/** What V1 shows as the variant id of a product without options. */
export const V1_DEFAULT_VARIANT_ID = '00000000-0000-0000-0000-000000000000';

export type ResolvedItem =
  | {
      ok: true;
      product: CatalogProduct;
      variant: CatalogVariant;
      textFields: Record<string, string>;
      key: string;
    }
  // no-variant-id: a V3 reference without options.variantId, which real Wix silently ignores.
  | { ok: false; reason: 'not-found' | 'no-variant-id' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: string | undefined, b: string) =>
  a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

function stringsOf(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const entries = Object.entries(value).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** V1 without variantId: option name → choice; a colour may be named or given as its hex code. */
function variantByChoices(product: CatalogProduct, given: Record<string, unknown>) {
  const keys = Object.keys(given);
  if (keys.length !== product.options.length) return undefined;
  const wanted: Record<string, string> = {};
  for (const option of product.options) {
    const key = keys.find((k) => same(k, option.name));
    const value = key === undefined ? undefined : given[key];
    if (typeof value !== 'string') return undefined;
    const choice = option.choices.find((c) => same(value, c.name) || same(c.colorCode, value));
    if (!choice) return undefined;
    wanted[option.name] = choice.name;
  }
  return product.variants.find((v) =>
    product.options.every((o) => v.choices[o.name] === wanted[o.name]),
  );
}

function v1Variant(product: CatalogProduct, options: Record<string, unknown>) {
  const { variantId, options: choices } = options;
  const single = product.options.length === 0 ? product.variants[0] : undefined;
  if (typeof variantId === 'string') {
    if (single && (variantId === V1_DEFAULT_VARIANT_ID || variantId === single.id)) return single;
    return single ? undefined : product.variants.find((v) => v.id === variantId);
  }
  if (isRecord(choices) && Object.keys(choices).length > 0)
    return variantByChoices(product, choices);
  return single;
}

/** The product and variant a Stores catalogReference names on this site's catalog version. */
export function resolveCatalogItem(
  catalog: Catalog,
  version: CatalogVersion,
  ref: CatalogReference,
): ResolvedItem {
  if (!STORES_APP_IDS.has(ref.appId) || version === 'STORES_NOT_INSTALLED') {
    return { ok: false, reason: 'not-found' };
  }
  const product = catalog.products.find((p) => p.id === ref.catalogItemId && p.visible);
  if (!product) return { ok: false, reason: 'not-found' };
  const options = isRecord(ref.options) ? ref.options : {};
  let variant: CatalogVariant | undefined;
  if (version === 'V3_CATALOG') {
    if (typeof options.variantId !== 'string') return { ok: false, reason: 'no-variant-id' };
    variant = product.variants.find((v) => v.id === options.variantId);
  } else {
    variant = v1Variant(product, options);
  }
  if (!variant) return { ok: false, reason: 'not-found' };
  const textFields = stringsOf(options.customTextFields);
  const key = `${product.id}:${variant.id}:${JSON.stringify(textFields)}`;
  return { ok: true, product, variant, textFields, key };
}
