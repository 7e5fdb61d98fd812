'use server';

import { headers } from 'next/headers';
import type { z } from 'zod';
import { redirect } from 'next/navigation';
import { catalogReference } from '@/lib/cart/catalog-reference';
import {
  addItemInput,
  couponIdInput,
  couponInput,
  lineInput,
  lineQuantityInput,
  parseForm,
  productLookupInput,
} from '@/lib/cart/input';
import { CART_MESSAGES, type NoticeCode } from '@/lib/cart/messages';
import { checkPurchasable, selectionFromPost } from '@/lib/cart/purchasable';
import { getEnv } from '@/lib/env';
import { isWixManagedPage } from '@/lib/wix-pages';
import { warnOnce } from '@/lib/server-log';
import {
  addToCart,
  applyCouponCode,
  getCart as readCart,
  removeCartLine,
  removeCouponCode,
  updateCartLineQuantity,
} from '@/lib/wix/cart';
import { getProduct } from '@/lib/wix/catalog';
import { getCatalogVersion } from '@/lib/wix/catalog-version';
import { createCheckoutRedirect } from '@/lib/wix/checkout';
import { describeError } from '@/lib/wix/errors';
import type { Cart } from '@/lib/wix/cart-types';
import type { SessionTokens } from '@/lib/wix/types';
import { failed, runCartAction, type CartActionResult } from './cart-action';

// Server actions of the cart. Each validates its form, acts as this browser's Wix identity and
// answers `{ok, cart}` or `{ok: false, error}`; none throws. A form posted without JavaScript
// (no `via=script` field) is answered with a redirect to /cart carrying a notice code instead.

function answer(form: FormData, result: CartActionResult, success: NoticeCode): CartActionResult {
  if (form.get('via') === 'script') return result;
  redirect(`/cart?notice=${result.ok ? success : result.notice}`);
}

function fieldsOf(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] ??= value;
  return fields;
}

/** The query of the product page a no-JavaScript form was posted from (its options). */
async function productPageQuery(slug: string): Promise<URLSearchParams | null> {
  const referer = (await headers()).get('referer');
  if (!referer) return null;
  try {
    const url = new URL(referer);
    if (url.origin !== getEnv().siteUrl) return null;
    return decodeURIComponent(url.pathname) === `/products/${slug}` ? url.searchParams : null;
  } catch {
    return null;
  }
}

/** The variant a form names, or the one its options stand for (forms posted without JS). */
type Chosen = { variantId: string } | { error: string; notice: NoticeCode };

async function chosenVariant(form: FormData): Promise<Chosen> {
  const named = form.get('variantId');
  if (typeof named === 'string' && named) return { variantId: named };
  const lookup = parseForm(productLookupInput, form);
  if (!lookup.ok) return { error: 'Choose your options first', notice: 'choose-options' };
  const product = await getProduct(lookup.data.slug);
  if (!product || product.id !== lookup.data.productId) {
    return { error: 'This product is no longer in the shop', notice: 'sold-out' };
  }
  const selection = selectionFromPost(
    product,
    fieldsOf(form),
    await productPageQuery(lookup.data.slug),
  );
  const check = checkPurchasable(product, selection);
  if (check.ok) return { variantId: check.variant.id };
  return { error: check.reason, notice: check.soldOut ? 'sold-out' : 'choose-options' };
}

async function addItemFrom(form: FormData): Promise<CartActionResult> {
  let chosen: Chosen;
  let catalog: 'v1' | 'v3';
  try {
    [chosen, catalog] = await Promise.all([chosenVariant(form), getCatalogVersion()]);
  } catch (error) {
    warnOnce('cart-catalog', `could not read the catalog for a cart add: ${describeError(error)}`);
    return failed(CART_MESSAGES.unavailable, 'unavailable');
  }
  if ('error' in chosen) return failed(chosen.error, chosen.notice);
  const input = parseForm(addItemInput, withField(form, 'variantId', chosen.variantId));
  if (!input.ok) return failed(input.error, 'invalid');
  const { productId, variantId, quantity } = input.data;
  const reference = catalogReference(catalog, productId, variantId);
  return runCartAction((tokens) => addToCart(tokens, [{ reference, quantity }]), {
    refusedMessage: 'The shop could not add this item to your cart.',
  });
}

function withField(form: FormData, name: string, value: string): FormData {
  const copy = new FormData();
  for (const [key, v] of form.entries()) copy.append(key, v);
  copy.set(name, value);
  return copy;
}

export async function addItem(form: FormData): Promise<CartActionResult> {
  return answer(form, await addItemFrom(form), 'added');
}

/** Validates a form, runs one cart change with its data, and answers (or redirects, no JS). */
async function changeWith<T>(
  form: FormData,
  schema: z.ZodType<T>,
  work: (data: T, tokens: SessionTokens) => Promise<Cart>,
  success: NoticeCode,
  refusedMessage?: string,
): Promise<CartActionResult> {
  const input = parseForm(schema, form);
  const result = input.ok
    ? await runCartAction((tokens) => work(input.data, tokens), { refusedMessage })
    : failed(input.error, 'invalid');
  return answer(form, result, success);
}

export async function updateItemQuantity(form: FormData): Promise<CartActionResult> {
  return changeWith(
    form,
    lineQuantityInput,
    (data, tokens) => updateCartLineQuantity(tokens, data.lineId, data.quantity),
    'updated',
  );
}

export async function removeItem(form: FormData): Promise<CartActionResult> {
  return changeWith(form, lineInput, (data, t) => removeCartLine(t, data.lineId), 'removed');
}

export async function applyCoupon(form: FormData): Promise<CartActionResult> {
  const result = await changeWith(
    withField(form, 'via', 'script'),
    couponInput,
    (data, tokens) => applyCouponCode(tokens, data.code),
    'coupon-applied',
    'That promo code cannot be used.',
  );
  const refused = !result.ok && result.notice === 'refused';
  return answer(form, refused ? { ...result, notice: 'coupon-refused' } : result, 'coupon-applied');
}

export async function removeCoupon(form: FormData): Promise<CartActionResult> {
  return changeWith(
    form,
    couponIdInput,
    (data, tokens) => removeCouponCode(tokens, data.couponId),
    'coupon-removed',
  );
}

/** The cart as Wix has it now (drawer, thank-you page); never mints an identity. */
export async function getCart(): Promise<CartActionResult> {
  return runCartAction(readCart, { mint: false });
}

/** Hands the cart over to Wix's hosted checkout: a redirect, or an error as data. */
export async function checkout(form: FormData): Promise<CartActionResult> {
  const handoff: { url: string | null } = { url: null };
  const result = await runCartAction(
    async (tokens) => {
      const cart = await readCart(tokens);
      if (cart.id && cart.lines.length) handoff.url = await createCheckoutRedirect(tokens, cart.id);
      return cart;
    },
    { mint: false },
  );
  if (!result.ok) return answer(form, result, 'checkout-failed');
  if (!result.cart.lines.length)
    return answer(form, failed(CART_MESSAGES.empty, 'refused'), 'refused');
  // Only Wix's own checkout page is followed: anything else could take the cart somewhere else.
  if (isWixManagedPage(handoff.url)) redirect(handoff.url);
  if (handoff.url) warnOnce('checkout-url', "Wix answered a checkout page outside Wix's hosts");
  return answer(form, failed(CART_MESSAGES.checkoutUnavailable, 'checkout-failed'), 'refused');
}
