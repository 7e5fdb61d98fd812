import { z } from 'zod';
import {
  CHANNEL_TYPES,
  couponCode,
  guid,
  itemsUpTo,
  noCustomItems,
  note,
  quantity,
} from '../requests';

// Current-cart V1 bodies as the SDK sends them (wire logger) with the typings' limits.

/** Typings: `lineItems` @maxSize 100 per add-to-cart, 300 on updateCurrentCart. */
export const addBody = z.looseObject({
  lineItems: itemsUpTo(100),
  customLineItems: noCustomItems,
  businessLocationId: guid.nullable().optional(),
});

export const updateQuantityBody = z.looseObject({
  // The SDK renames `_id` to `id`; the commerce template sends `id` already.
  lineItems: z
    .array(z.looseObject({ id: guid, quantity }))
    .min(1)
    .max(100),
});

export const removeBody = z.looseObject({ lineItemIds: z.array(guid).min(1).max(100) });

export const patchBody = z.looseObject({
  cartInfo: z
    .looseObject({
      buyerNote: note,
      overrideCheckoutUrl: z.string().max(1000).nullable().optional(),
    })
    .optional(),
  couponCode: couponCode.nullable().optional(),
  lineItems: itemsUpTo(300),
  customLineItems: noCustomItems,
});

export const estimateBody = z.looseObject({
  calculateTax: z.boolean().optional(),
  calculateShipping: z.boolean().optional(),
  calculateAdditionalFees: z.boolean().optional(),
});

export const createCheckoutBody = z.looseObject({
  channelType: z.enum(CHANNEL_TYPES, 'is required: one of Wix ChannelType values such as WEB'),
  email: z.string().max(254).nullable().optional(),
});
