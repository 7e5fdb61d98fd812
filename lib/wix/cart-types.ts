/** Our own cart and order shapes (Wix eCom); pages never see the SDK's. */

import type { ProductImage } from './types';

/** An option the shopper chose, as Wix describes the line ("Size: M", "Color: Red"). */
export type LineOption = { name: string; value: string };

export type LineAvailability =
  /** Wix can supply the requested quantity. */
  | 'in-stock'
  /** Wix confirmed fewer than requested ("Only N left"). */
  | 'partial'
  | 'out-of-stock'
  /** The product is no longer in the catalog. */
  | 'removed';

/** A line's catalog reference exactly as Wix keeps it, so a line can be re-added as it is. */
export type LineReference = {
  appId: string;
  catalogItemId: string;
  options: Record<string, unknown> | null;
};

export type CartLine = {
  id: string;
  reference: LineReference;
  productId: string;
  /** The variant in the line's catalog reference, or null (a product without options on V1). */
  variantId: string | null;
  /** For a link to the product page; null when Wix's item URL does not say. */
  slug: string | null;
  name: string;
  image: ProductImage | null;
  options: LineOption[];
  requestedQuantity: number;
  confirmedQuantity: number;
  /** Money as Wix states it, already formatted ("$25.00"): never computed here. */
  unitPrice: string;
  linePrice: string;
  availability: LineAvailability;
  /** Set when Wix confirmed less than the shopper asked for. */
  onlyLeft: number | null;
};

export type CartTotals = {
  subtotal: string;
  /** Null when nothing is discounted. */
  discount: string | null;
  total: string;
};

export type Cart = {
  /** Null for a shopper who has no cart at Wix yet. */
  id: string | null;
  revision: string | null;
  lines: CartLine[];
  coupon: { id: string; code: string } | null;
  /** Wix's reason when the applied coupon does not count (expired, unknown…). */
  couponProblem: string | null;
  /** Null when the cart was not calculated (an add), or Wix could not total it just now. */
  totals: CartTotals | null;
  /** Wix's subtotal from the cart itself, known without a calculation. */
  subtotal: string | null;
  /** Sum of the requested quantities: what the header shows. */
  count: number;
};

export const EMPTY_CART: Cart = {
  id: null,
  revision: null,
  lines: [],
  coupon: null,
  couponProblem: null,
  totals: null,
  subtotal: null,
  count: 0,
};

/** What to add: a catalog reference and how many. */
export type CartItemInput = { reference: LineReference; quantity: number };

export type OrderLine = {
  id: string;
  name: string;
  options: LineOption[];
  quantity: number;
  image: ProductImage | null;
  /** Formatted by Wix. */
  linePrice: string;
};

export type OrderAddress = { name: string | null; lines: string[] };

export type Order = {
  id: string;
  number: string;
  lines: OrderLine[];
  totals: { subtotal: string; discount: string | null; shipping: string | null; total: string };
  shippingAddress: OrderAddress | null;
  buyer: { name: string | null; email: string | null };
};
