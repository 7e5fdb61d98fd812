import { resolveVariant, selectionFromParams, type Selection } from '../catalog/variants';
import type { Product, ProductVariant } from '../wix/types';

type Purchasable = Pick<Product, 'options' | 'variants'>;

export type PurchaseCheck =
  { ok: true; variant: ProductVariant } | { ok: false; reason: string; soldOut: boolean };

/**
 * Whether this selection can go in the cart, and if not, why, in the words shown next to the
 * disabled "Add to cart" button ("Choose a Size", "Out of stock").
 */
export function checkPurchasable(product: Purchasable, selection: Selection): PurchaseCheck {
  const soldOut = { ok: false, reason: 'Out of stock', soldOut: true } as const;
  if (!product.variants.some((v) => v.inStock)) return soldOut;
  const missing = product.options.find((o) => !selection[o.name]);
  if (missing) return { ok: false, reason: `Choose a ${missing.name}`, soldOut: false };
  const variant = resolveVariant(product, selection);
  if (!variant) return { ok: false, reason: 'This combination is not available', soldOut: false };
  if (!variant.inStock) return soldOut;
  return { ok: true, variant };
}

/**
 * The selection a form posted without JavaScript stands for: the options in the page's URL
 * (its Referer, as the variant picker wrote them), overridden by option fields in the form.
 */
export function selectionFromPost(
  product: Pick<Product, 'options'>,
  fields: Record<string, string>,
  pageQuery: URLSearchParams | null,
): Selection {
  const fromUrl = pageQuery ? selectionFromParams(product, Object.fromEntries(pageQuery)) : {};
  const posted: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith('option.')) posted[key.slice('option.'.length).toLowerCase()] = value;
  }
  return { ...fromUrl, ...selectionFromParams(product, posted) };
}
