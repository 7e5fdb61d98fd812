import type { Catalog, CatalogProduct, CatalogVariant } from '../stores/catalog-model';
import { actualPrice } from '../stores/catalog-model';
import { checkCoupon, couponDiscount } from './coupons';
import { sumCents, toCents, type Cents } from './money';
import type { Cart, CartLine, Coupon } from './model';

export type LineStatus =
  'IN_STOCK' | 'PARTIALLY_IN_STOCK' | 'OUT_OF_STOCK' | 'REMOVED_FROM_CATALOG';

export interface PricedLine {
  line: CartLine;
  /** Absent when the product or variant is gone or hidden. */
  product?: CatalogProduct;
  variant?: CatalogVariant;
  unitCents: Cents;
  /** Before the product's own discount. */
  fullUnitCents: Cents;
  requested: number;
  /** What can be bought now: the requested quantity capped at a tracked stock. */
  confirmed: number;
  /** Tracked stock, or null when the variant's quantity is not tracked. */
  available: number | null;
  status: LineStatus;
  totalCents: Cents;
}

export interface PricedCart {
  lines: PricedLine[];
  subtotalCents: Cents;
  discountCents: Cents;
  totalCents: Cents;
  /** The applied coupon while it is still valid. */
  coupon: Coupon | null;
}

/**
 * Stock capping: untracked = as requested, out of stock = 0, tracked = at most what is left
 * after `taken` (what earlier lines of the same variant already hold).
 */
export function confirmedQuantity(variant: CatalogVariant, requested: number, taken = 0) {
  if (!variant.inStock) return { confirmed: 0, available: 0 };
  if (variant.quantity === null) return { confirmed: requested, available: null };
  const left = Math.max(0, variant.quantity - taken);
  return { confirmed: Math.min(requested, left), available: left };
}

function statusOf(confirmed: number, requested: number): LineStatus {
  if (confirmed === 0) return 'OUT_OF_STOCK';
  return confirmed < requested ? 'PARTIALLY_IN_STOCK' : 'IN_STOCK';
}

export function priceLine(catalog: Catalog, line: CartLine, taken = 0): PricedLine {
  const product = catalog.products.find((p) => p.id === line.productId && p.visible);
  const variant = product?.variants.find((v) => v.id === line.variantId);
  const requested = line.quantity;
  if (!product || !variant) {
    const gone = { unitCents: 0, fullUnitCents: 0, confirmed: 0, available: 0, totalCents: 0 };
    return { line, requested, status: 'REMOVED_FROM_CATALOG', ...gone };
  }
  const unitCents = toCents(actualPrice(product, variant));
  const { confirmed, available } = confirmedQuantity(variant, requested, taken);
  return {
    line,
    product,
    variant,
    unitCents,
    fullUnitCents: toCents(variant.price),
    requested,
    confirmed,
    available,
    status: statusOf(confirmed, requested),
    totalCents: unitCents * confirmed,
  };
}

/** Totals of what can be bought now; an expired coupon stops discounting. */
export function priceCart(
  catalog: Catalog,
  cart: Pick<Cart, 'lines' | 'coupon'>,
  coupons: Readonly<Record<string, Coupon>>,
  now: number,
): PricedCart {
  // Lines of one variant (different custom text) share its stock, first line first.
  const taken = new Map<string, number>();
  const lines = cart.lines.map((line) => {
    const priced = priceLine(catalog, line, taken.get(line.variantId) ?? 0);
    taken.set(line.variantId, (taken.get(line.variantId) ?? 0) + priced.confirmed);
    return priced;
  });
  const subtotalCents = sumCents(lines.map((l) => l.totalCents));
  const check = cart.coupon ? checkCoupon(coupons, cart.coupon.code, now) : null;
  const coupon = check?.ok ? check.coupon : null;
  const discountCents = coupon ? couponDiscount(coupon, subtotalCents) : 0;
  return { lines, subtotalCents, discountCents, totalCents: subtotalCents - discountCents, coupon };
}
