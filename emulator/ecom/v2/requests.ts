import { z } from 'zod';
import { couponCode, guid, itemsUpTo, noCustomItems, note, quantity } from '../requests';

// Cart V2 bodies as the SDK sends them (wire logger) with the typings' limits.

/** Typings: `catalogItems` @maxSize 300 on create and add. */
const catalogItems = itemsUpTo(300);

const cartFields = {
  note,
  customCheckoutUrl: z.string().max(2048).nullable().optional(),
};

export const createBody = z.looseObject({
  cart: z.looseObject(cartFields).optional(),
  catalogItems,
  customItems: noCustomItems,
  coupons: z
    .array(z.looseObject({ code: couponCode }))
    .max(1)
    .optional(),
});

export const patchBody = z.looseObject({
  cart: z.looseObject({ ...cartFields, revision: z.string().optional() }),
});

export const calculateBody = z.looseObject({
  refreshCart: z.boolean().optional(),
  // CalculateCartForV1Request's field; the SDK's calculateCurrentCart cannot send it.
  expectedRevision: z.string().nullable().optional(),
});

export const estimateBody = z.looseObject({
  refreshCart: z.boolean().optional(),
  validationConfig: z
    .enum(['SKIP_VALIDATIONS', 'PRE_CHECKOUT_VALIDATIONS', 'CHECKOUT_VALIDATIONS'])
    .optional(),
  calculateDelivery: z.boolean().optional(),
  calculateAdditionalFees: z.boolean().optional(),
  calculateTax: z.boolean().optional(),
  calculateGiftCards: z.boolean().optional(),
});

export const addLinesBody = z.looseObject({ catalogItems, customItems: noCustomItems });

export const updateLinesBody = z.looseObject({
  lineItems: z
    .array(
      z.looseObject({
        lineItemId: guid,
        quantity: z.looseObject({ newQuantity: quantity }).optional(),
      }),
    )
    .min(1)
    .max(100),
});

export const removeLinesBody = z.looseObject({ lineItemIds: z.array(guid).min(1).max(100) });

export const addCouponBody = z.looseObject({ coupon: z.looseObject({ code: couponCode }) });

export const removeCouponBody = z.looseObject({ couponId: guid });
