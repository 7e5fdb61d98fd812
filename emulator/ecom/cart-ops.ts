import type { EmulatorContext } from '../context';
import { newId } from '../crypto';
import { siteCatalogVersion } from '../stores/guard';
import { resolveCatalogItem } from './catalog-item';
import { ecomOf } from './carts';
import { checkCoupon } from './coupons';
import { appError, invalid, type EcomError } from './errors';
import {
  addLines,
  MAX_CART_LINES,
  MAX_QUANTITY,
  removeLines,
  setQuantities,
  type NewLine,
} from './lines';
import type { Cart, CatalogReference } from './model';
import type { CatalogItemInput } from './requests';

// Edits of a cart draft shared by Cart V1, Cart V2 and the hosted checkout page. Each returns
// a refusal or null; the caller stores the draft only when every edit accepted it.

export type CartApi = 'v1' | 'v2';

/** Resolves every item first, so one unknown item refuses the whole request. */
export function addItems(
  ctx: EmulatorContext,
  draft: Cart,
  items: readonly CatalogItemInput[],
  field: string,
): EcomError | null {
  const version = siteCatalogVersion(ctx);
  const additions: NewLine[] = [];
  const invalidItems: { catalogReference: CatalogReference }[] = [];
  for (const { catalogReference, quantity } of items) {
    const item = resolveCatalogItem(ctx.store.state.catalog, version, catalogReference);
    if (item.ok) {
      const { product, variant, textFields, key } = item;
      additions.push({
        catalogReference,
        productId: product.id,
        variantId: variant.id,
        textFields,
        key,
        quantity,
      });
    } else if (item.reason === 'not-found') {
      invalidItems.push({ catalogReference });
    } else {
      // Real Wix answers 200 and adds nothing (Wix's own headless skill documents it).
      ctx.config.log?.(
        `ecom: ${catalogReference.catalogItemId} has no options.variantId; Catalog V3 ignores such items`,
      );
    }
  }
  if (invalidItems.length) {
    const ids = invalidItems.map((i) => i.catalogReference.catalogItemId).join(', ');
    return appError(400, 'ITEM_NOT_FOUND_IN_CATALOG', `Item not found in the catalog: ${ids}`, {
      invalidItems,
    });
  }
  const result = addLines(draft.lines, additions, newId);
  if (result.ok) {
    draft.lines = result.lines;
    return null;
  }
  if (result.reason === 'max-lines') {
    const message = `A cart holds at most ${MAX_CART_LINES} line items; this would make ${result.count}`;
    return appError(400, 'MAX_LINE_ITEMS_EXCEEDED', message, {
      requestCount: result.count,
      maxCount: MAX_CART_LINES,
    });
  }
  return invalid(
    `${field}[${result.index}].quantity`,
    `the line would hold more than ${MAX_QUANTITY}`,
  );
}

const lineNotFound = (lineItemIds: string[]) =>
  appError(
    404,
    'LINE_ITEM_NOT_FOUND_IN_CART',
    `Line items not in the cart: ${lineItemIds.join(', ')}`,
    {
      lineItemIds,
    },
  );

/** Above the stock is accepted: the cart confirms what is left (typings: "clamp, don't fail"). */
export function setLineQuantities(
  draft: Cart,
  updates: readonly { id: string; quantity: number }[],
): EcomError | null {
  const result = setQuantities(draft.lines, updates);
  if (!result.ok) return lineNotFound(result.unknownIds);
  draft.lines = result.lines;
  return null;
}

/** V2 refuses ids that are not in the cart (typings); V1 tolerates them. */
export function removeItems(draft: Cart, ids: readonly string[], api: CartApi): EcomError | null {
  const unknown = ids.filter((id) => !draft.lines.some((line) => line.id === id));
  if (api === 'v2' && unknown.length) return lineNotFound(unknown);
  draft.lines = removeLines(draft.lines, ids);
  return null;
}

/** One coupon per cart (typings: `coupons` @maxSize 1); V1 and V2 name the refusals differently. */
export function applyCoupon(
  ctx: EmulatorContext,
  draft: Cart,
  code: string,
  api: CartApi,
): EcomError | null {
  const check = checkCoupon(ecomOf(ctx).coupons, code, ctx.clock());
  if (!check.ok) {
    const couponCode = check.code;
    if (check.reason === 'unknown') {
      const message = `Coupon code "${couponCode}" does not exist`;
      return api === 'v2'
        ? appError(400, 'INVALID_COUPON_CODE', message, { couponCode })
        : appError(400, 'ERROR_COUPON_DOES_NOT_EXIST', message, { couponCode });
    }
    const message = `Coupon "${couponCode}" has expired`;
    return api === 'v2'
      ? appError(400, 'INVALID_COUPON_STATUS', message, { couponCode, reason: 'EXPIRED' })
      : appError(400, 'ERROR_COUPON_HAS_EXPIRED', message, { couponCode });
  }
  const { coupon } = check;
  if (draft.coupon?.code === coupon.code) {
    if (api === 'v1') return null;
    const message = `Coupon "${coupon.code}" is already applied`;
    return appError(409, 'COUPON_ALREADY_EXISTS', message, { couponCode: coupon.code });
  }
  if (draft.coupon) {
    const message = `A cart takes one coupon; remove "${draft.coupon.code}" first`;
    return appError(400, 'MAX_COUPONS_PER_CART_EXCEEDED', message, { couponCode: coupon.code });
  }
  draft.coupon = { id: coupon.id, code: coupon.code };
  return null;
}

/** V2 names the coupon by its id in the cart; V1 removes whatever is applied. */
export function removeCoupon(draft: Cart, couponId?: string): EcomError | null {
  if (couponId !== undefined && draft.coupon?.id !== couponId) {
    return appError(404, 'COUPON_NOT_FOUND_IN_CART', `Coupon ${couponId} is not in the cart`, {
      couponId,
    });
  }
  draft.coupon = null;
  return null;
}
