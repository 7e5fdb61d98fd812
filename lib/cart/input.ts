import { z } from 'zod';
import { SLUG } from '../catalog/listing';
import { MAX_QUANTITY, MIN_QUANTITY } from './limits';

const tooFew = `Enter a quantity of at least ${MIN_QUANTITY}`;
const tooMany = `Enter a quantity of at most ${MAX_QUANTITY.toLocaleString('en-US')}`;
const quantity = z.coerce
  .number({ error: 'Enter a quantity' })
  .int({ error: 'Enter a whole number' })
  .min(MIN_QUANTITY, { error: tooFew })
  .max(MAX_QUANTITY, { error: tooMany });

// Wix ids are GUID-shaped (8-4-4-4-12 hex) without RFC version bits (V1 variant ids have none).
const guid = (what: string) => z.guid({ error: `That ${what} is not valid` });

export const addItemInput = z.object({
  productId: guid('product'),
  variantId: guid('option choice'),
  quantity,
});

/** A quantity field, and optionally the stepper button pressed (`step` = -1 or 1). */
export const lineQuantityInput = z
  .object({ lineId: guid('cart line'), quantity, step: z.enum(['-1', '1']).optional() })
  .transform(({ lineId, quantity, step }) => ({ lineId, quantity: quantity + Number(step ?? 0) }))
  .refine((line) => line.quantity >= MIN_QUANTITY, { error: tooFew })
  .refine((line) => line.quantity <= MAX_QUANTITY, { error: tooMany });

export const lineInput = z.object({ lineId: guid('cart line') });

export const couponIdInput = z.object({ couponId: guid('promo code') });

/** A form posted without JavaScript names its product by id and slug, not its variant. */
export const productLookupInput = z.object({
  productId: guid('product'),
  slug: z.string().regex(SLUG, { error: 'That product is not valid' }),
});

export const couponInput = z.object({
  code: z
    .string({ error: 'Enter a promo code' })
    .trim()
    .min(1, { error: 'Enter a promo code' })
    .max(30, { error: 'Promo codes are at most 30 characters' })
    .regex(/^[\x20-\x7E]+$/, { error: 'Promo codes use letters, digits and symbols only' }),
});

export type ParsedInput<T> = { ok: true; data: T } | { ok: false; error: string };

/** Reads a form's fields with a schema; the first problem is the message shown. */
export function parseForm<T>(schema: z.ZodType<T>, form: FormData): ParsedInput<T> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !(key in fields)) fields[key] = value;
  }
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? 'That request is not valid' };
}
