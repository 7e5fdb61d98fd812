import { z } from 'zod';
import { MAX_QUANTITY } from './lines';

// Request bodies of the cart APIs, with the typings' limits (@maxSize, @min, @max, @format GUID).

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const guid = z.string().regex(GUID, 'must be a GUID');

export const quantity = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_QUANTITY, `must be at most ${MAX_QUANTITY}`);

export const catalogReferenceInput = z.object({
  appId: z.string().min(1),
  catalogItemId: z.string().min(1).max(36),
  options: z.record(z.string(), z.unknown()).nullable().optional(),
});

export const catalogItemInput = z.looseObject({
  catalogReference: catalogReferenceInput,
  quantity,
});
export type CatalogItemInput = z.infer<typeof catalogItemInput>;

export const itemsUpTo = (max: number) =>
  z.array(catalogItemInput).max(max, `at most ${max} items per request`).optional();

/** Custom line items need admin permissions on Wix; a visitor or member token cannot add them. */
export const noCustomItems = z
  .array(z.unknown())
  .max(0, 'custom line items need admin permissions and are not emulated')
  .optional();

export const couponCode = z.string().trim().min(1).max(50);
export const note = z.string().max(1000).nullable().optional();

export const CHANNEL_TYPES = [
  'UNSPECIFIED',
  'WEB',
  'POS',
  'EBAY',
  'AMAZON',
  'OTHER_PLATFORM',
  'WIX_APP_STORE',
  'WIX_INVOICES',
  'BACKOFFICE_MERCHANT',
  'WISH',
  'CLASS_PASS',
  'GLOBAL_E',
  'FACEBOOK',
  'ETSY',
  'TIKTOK',
  'FAIRE_COM',
  'PAYPAL_AGENTIC_CHECKOUT',
  'STRIPE_AGENTIC_CHECKOUT',
  'WIX_INVOICES_PLATFORM',
  'UCP_AGENTIC_CHECKOUT',
] as const;
