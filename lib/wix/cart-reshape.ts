import type { currentCartV2 } from '@wix/ecom';
import { variantIdOf } from '../cart/catalog-reference';
import { formatWixMoney, isZeroMoney, type WixMoney } from '../cart/money';
import { SLUG } from '../catalog/listing';
import type { Cart, CartLine, LineAvailability, LineOption } from './cart-types';
import { toProductImage } from './media';

type SdkCart = currentCartV2.Cart;
type SdkLine = currentCartV2.V2LineItem;
type SdkSummary = currentCartV2.CartSummary;
type DescriptionLines = NonNullable<NonNullable<SdkLine['attributes']>['descriptionLines']>;
type Translatable = { original?: string | null; translated?: string | null } | null | undefined;

const text = (value: Translatable) => value?.translated || value?.original || '';

/** Description lines ("Size" / "M", "Color" / Red) as the shopper reads them. */
export function reshapeOptions(lines: DescriptionLines | null | undefined): LineOption[] {
  return (lines ?? [])
    .map((line) => ({ name: text(line.name), value: text(line.plainText ?? line.colorInfo) }))
    .filter((option) => option.name && option.value);
}

/** The product's slug from Wix's item URL (`…/product-page/<slug>` or `…/products/<slug>`). */
export function slugFromItemUrl(value: unknown): string | null {
  // Typed a string; V1-style `{relativePath, url}` objects are read too.
  const url =
    typeof value === 'string'
      ? value
      : ((value as { relativePath?: unknown; url?: unknown } | null)?.relativePath ??
        (value as { url?: unknown } | null)?.url);
  if (typeof url !== 'string' || !url) return null;
  let path: string;
  try {
    path = new URL(url, 'https://shop.invalid').pathname;
  } catch {
    return null;
  }
  const match = /\/(?:product-page|products)\/([^/]+)\/?$/.exec(path);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return SLUG.test(slug) ? slug : null;
}

const AVAILABILITY: Record<string, LineAvailability> = {
  IN_STOCK: 'in-stock',
  PARTIALLY_IN_STOCK: 'partial',
  OUT_OF_STOCK: 'out-of-stock',
  REMOVED_FROM_CATALOG: 'removed',
};

function currencyOf(cart: SdkCart): string {
  return cart.customerInfo?.currencyCode || cart.businessInfo?.currencyCode || 'USD';
}

const asMoney = (value: unknown) => (value ?? null) as WixMoney | null;

function reshapeLine(line: SdkLine, summary: SdkSummary | null, currency: string): CartLine {
  const name = text(line.name) || 'Item';
  const reference = line.source?.catalogReference;
  const quantity = line.quantityInfo;
  const requested = quantity?.requestedQuantity ?? quantity?.confirmedQuantity ?? 1;
  const confirmed = quantity?.confirmedQuantity ?? requested;
  // The calculation's figures are the newest; the cart's own are the fallback.
  const priced = summary?.lineItems?.find((l) => l.lineItemId === line._id);
  let availability = AVAILABILITY[line.status ?? ''] ?? 'in-stock';
  if (confirmed < requested && availability === 'in-stock') availability = 'partial';
  return {
    id: line._id ?? '',
    reference: {
      appId: reference?.appId ?? '',
      catalogItemId: reference?.catalogItemId ?? '',
      options: (reference?.options as Record<string, unknown> | null | undefined) ?? null,
    },
    productId: reference?.catalogItemId ?? '',
    variantId: variantIdOf(reference?.options),
    slug: slugFromItemUrl(line.attributes?.url),
    name,
    image: toProductImage(line.attributes?.image, name),
    options: reshapeOptions(line.attributes?.descriptionLines),
    requestedQuantity: requested,
    confirmedQuantity: confirmed,
    unitPrice: formatWixMoney(asMoney(priced?.unitPrice ?? line.pricing?.unitPrice), currency),
    linePrice: formatWixMoney(asMoney(priced?.totalPrice ?? line.pricing?.totalPrice), currency),
    availability,
    onlyLeft: availability === 'partial' ? confirmed : null,
  };
}

const COUPON_VIOLATIONS = new Set(['INVALID_COUPON_CODE', 'INVALID_COUPON_STATUS']);

/** Wix's own words when the coupon in the cart does not count. */
function couponProblemOf(summary: SdkSummary | null): string | null {
  const violation = summary?.violations?.find((v) => COUPON_VIOLATIONS.has(v.code ?? ''));
  if (violation) return violation.description || 'This promo code cannot be used.';
  const error = summary?.calculationErrors?.couponCalculationError;
  return error ? error.applicationError?.description || 'This promo code cannot be used.' : null;
}

/** Our cart from Wix's cart and, when there was a calculation, its summary. */
export function reshapeCart(cart: SdkCart, summary: SdkSummary | null = null): Cart {
  const currency = currencyOf(cart);
  const lines = (cart.lineItems ?? [])
    .filter((l) => l._id)
    .map((l) => reshapeLine(l, summary, currency));
  const coupon = cart.coupons?.find((c) => c._id && c.code);
  const prices = summary?.priceSummary;
  return {
    id: cart._id ?? null,
    revision: cart.revision ?? null,
    lines,
    coupon: coupon ? { id: coupon._id!, code: coupon.code! } : null,
    couponProblem: coupon ? couponProblemOf(summary) : null,
    totals: prices
      ? {
          subtotal: formatWixMoney(asMoney(prices.subtotal ?? cart.subtotal), currency),
          discount: isZeroMoney(asMoney(prices.discount))
            ? null
            : formatWixMoney(asMoney(prices.discount), currency),
          total: formatWixMoney(asMoney(prices.total), currency),
        }
      : null,
    subtotal: cart.subtotal ? formatWixMoney(asMoney(cart.subtotal), currency) : null,
    count: lines.reduce((sum, l) => sum + l.requestedQuantity, 0),
  };
}
