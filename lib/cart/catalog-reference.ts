import { WIX_STORES_APP_ID } from '../wix-app-ids';
import type { LineReference } from '../wix/cart-types';

// Wix Stores' app id is in every eCom catalog reference (the same on Catalog V1 and V3).
export { WIX_STORES_APP_ID };

/** The variant id V1 gives a product without options: Wix wants no options for it. */
export const V1_DEFAULT_VARIANT_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Where a product (and variant) sits in Wix Stores, as eCom expects it: V3 always names the
 * variant (without one Wix silently adds nothing); V1 names it except for the default variant.
 */
export function catalogReference(
  catalog: 'v1' | 'v3',
  productId: string,
  variantId: string | null,
): LineReference {
  const base = { appId: WIX_STORES_APP_ID, catalogItemId: productId };
  if (!variantId || (catalog === 'v1' && variantId === V1_DEFAULT_VARIANT_ID)) {
    return { ...base, options: null };
  }
  return { ...base, options: { variantId } };
}

/** The variant a line's catalog reference names, or null. */
export function variantIdOf(options: Record<string, unknown> | null | undefined): string | null {
  const id = options?.variantId;
  return typeof id === 'string' && id !== V1_DEFAULT_VARIANT_ID ? id : null;
}
