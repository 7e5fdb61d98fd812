import { z } from 'zod';

// The eCommerce slice of state.json (`ecom`): carts, checkouts, orders and coupons.

// Not imported from store/schema: that module imports every domain's state, this one included.
const identitySchema = z.object({ kind: z.enum(['visitor', 'member']), id: z.string() });

/** What the caller sent; echoed back unchanged (app id alias included). */
export const catalogReferenceSchema = z.object({
  appId: z.string(),
  catalogItemId: z.string(),
  options: z.record(z.string(), z.unknown()).nullable().optional(),
});

export const cartLineSchema = z.object({
  id: z.string(),
  catalogReference: catalogReferenceSchema,
  /** Resolved once at add time, so pricing and merging do not depend on the catalog version. */
  productId: z.string(),
  variantId: z.string(),
  /** Free-text fields (V1 by title, V3 by key), shown as description lines. */
  textFields: z.record(z.string(), z.string()),
  /** Same key = same item: a second add merges into this line. */
  key: z.string(),
  /** Requested quantity; what can be bought is capped at the stock when priced. */
  quantity: z.number().int(),
});

export const appliedCouponSchema = z.object({ id: z.string(), code: z.string() });

export const cartSchema = z.object({
  id: z.string(),
  owner: identitySchema,
  status: z.enum(['current', 'ordered', 'deleted']),
  lines: z.array(cartLineSchema),
  coupon: appliedCouponSchema.nullable(),
  revision: z.number().int(),
  createdDate: z.string(),
  updatedDate: z.string(),
  /** The V1 checkout created from this cart (create-checkout returns the same one again). */
  checkoutId: z.string().nullable(),
  buyerNote: z.string().nullable(),
  overrideCheckoutUrl: z.string().nullable(),
  purchaseFlowId: z.string(),
  orderId: z.string().nullable(),
});

export const checkoutSchema = z.object({
  id: z.string(),
  cartId: z.string(),
  channelType: z.string(),
  createdDate: z.string(),
});

export const couponSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  percentOff: z.number(),
  /** ISO date after which the code is refused; null = never. */
  expiresAt: z.string().nullable(),
});

const descriptionLineSchema = z.object({
  name: z.string(),
  value: z.string(),
  colorCode: z.string().optional(),
});

/** An order line is a snapshot: later catalog changes do not rewrite orders. */
export const orderLineSchema = z.object({
  id: z.string(),
  catalogReference: catalogReferenceSchema,
  productId: z.string(),
  name: z.string(),
  descriptionLines: z.array(descriptionLineSchema),
  mediaId: z.string().nullable(),
  sku: z.string(),
  unitCents: z.number().int(),
  fullUnitCents: z.number().int(),
  quantity: z.number().int(),
  /** A booked session (Wix Bookings line) instead of a shipped product. */
  service: z
    .object({ scheduledDate: z.string(), participants: z.number().int() })
    .nullable()
    .default(null),
});

export const postalAddressSchema = z.object({
  addressLine: z.string(),
  city: z.string(),
  postalCode: z.string(),
  /** ISO-3166 alpha-2 when the shopper's entry names a country we know, else null. */
  country: z.string().nullable(),
  countryFullname: z.string(),
});

export const orderSchema = z.object({
  id: z.string(),
  number: z.string(),
  /** Null for an order a hosted booking page placed (no cart). */
  cartId: z.string().nullable(),
  checkoutId: z.string().nullable(),
  channelType: z.string(),
  buyer: identitySchema,
  contactId: z.string().nullable(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable().default(null),
  /** Null when nothing is shipped (a booking). */
  address: postalAddressSchema.nullable(),
  lines: z.array(orderLineSchema),
  subtotalCents: z.number().int(),
  discountCents: z.number().int(),
  totalCents: z.number().int(),
  currency: z.string(),
  coupon: couponSchema.pick({ id: true, code: true, name: true }).nullable(),
  buyerNote: z.string().nullable(),
  purchaseFlowId: z.string(),
  createdDate: z.string(),
});

export const ecomSchema = z.object({
  carts: z.record(z.string(), cartSchema),
  checkouts: z.record(z.string(), checkoutSchema),
  orders: z.record(z.string(), orderSchema),
  /** Keyed by the upper-case code. */
  coupons: z.record(z.string(), couponSchema),
  nextOrderNumber: z.number().int(),
});

export type CatalogReference = z.infer<typeof catalogReferenceSchema>;
export type CartLine = z.infer<typeof cartLineSchema>;
export type Cart = z.infer<typeof cartSchema>;
export type Checkout = z.infer<typeof checkoutSchema>;
export type Coupon = z.infer<typeof couponSchema>;
export type OrderLine = z.infer<typeof orderLineSchema>;
export type PostalAddress = z.infer<typeof postalAddressSchema>;
export type Order = z.infer<typeof orderSchema>;
export type EcomState = z.infer<typeof ecomSchema>;
