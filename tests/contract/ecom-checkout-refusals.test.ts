import { oAuthApps } from '@wix/auth-management';
import { ApiKeyStrategy, createClient } from '@wix/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import { EMULATOR_ADMIN_API_KEY, EMULATOR_SITE_ID } from '@/emulator/oauth-apps/defaults';
import type { RunningEmulator } from '@/emulator/server';
import { getPage, postForm, startTestEmulator } from './helpers';
import {
  BUYER,
  CALLBACKS,
  checkoutUrl,
  createShopClient,
  flatHtml,
  hiddenFields,
  refusal,
  sdkError,
  seedProduct,
  setStock,
  submitCheckout,
  v3Item,
  variantOf,
  type SeedProduct,
  type ShopClient,
} from './ecom-helpers';

// Everything the hosted checkout refuses: clear pages with the right status, never an order.
let emulator: RunningEmulator;
let jeans: SeedProduct;
let candle: SeedProduct;
let denim: SeedProduct; // out of stock

beforeAll(async () => {
  emulator = await startTestEmulator();
  jeans = await seedProduct(emulator, 'selvedge-straight-jeans');
  candle = await seedProduct(emulator, 'hand-poured-soy-candle');
  denim = await seedProduct(emulator, 'washed-denim-shirt');
});
afterAll(() => emulator.close());

async function cartCheckout(items: ReturnType<typeof v3Item>[], callbacks = CALLBACKS) {
  const shop = createShopClient();
  const { cart } = await shop.currentCartV2.addLineItemsToCurrentCart({ catalogItems: items });
  return {
    shop,
    cartId: cart?._id ?? '',
    pageUrl: await checkoutUrl(shop, cart?._id ?? '', callbacks),
  };
}

const placeOrderAt = (pageUrl: string) => new URL('/_wix/checkout/place-order', pageUrl);
const stillCurrent = async (shop: ShopClient) => (await shop.currentCartV2.getCurrentCart()).cart;

describe('the checkout form', () => {
  it('names missing fields and a bad email in an alert list (400), keeping what was entered', async () => {
    const { shop, pageUrl } = await cartCheckout([v3Item(candle)]);
    const empty = await submitCheckout(pageUrl, { firstName: 'Ada' });
    expect(empty.status).toBe(400);
    const page = await flatHtml(empty);
    expect(page).toMatch(
      /<div class="error" role="alert"><p>Please check the form:<\/p><ul><li>Enter your email\.<\/li>/,
    );
    expect(page).toContain('<li>Enter your postal code.</li>');
    expect(page).not.toContain('<li>Enter your first name.</li>');
    expect(page).toMatch(/name="firstName"[^>]*value="Ada"/);
    const badEmail = await submitCheckout(pageUrl, { ...BUYER, email: 'ada.example.com' });
    expect(badEmail.status).toBe(400);
    const again = await flatHtml(badEmail);
    expect(again).toContain('<li>Enter an email address like name@example.com.</li>');
    expect(again).toMatch(/name="city"[^>]*value="London"/);
    expect((await stillCurrent(shop))?.orderPlaced).toBe(false);
  });

  it('declines with the declining test card (402), changing nothing and keeping the fields', async () => {
    const { shop, pageUrl } = await cartCheckout([v3Item(jeans, { Size: 'S' }, 2)]);
    const before = await stillCurrent(shop);
    const res = await submitCheckout(pageUrl, BUYER, 'declined');
    expect(res.status).toBe(402);
    const page = await flatHtml(res);
    expect(page).toMatch(/role="alert">Your payment was declined/);
    expect(page).toMatch(/value="declined" checked/);
    expect(page).toMatch(/name="email"[^>]*value="ada@example.com"/);
    expect(await stillCurrent(shop)).toEqual(before);
    expect(variantOf(await seedProduct(emulator, jeans.slug), { Size: 'S' }).quantity).toBe(12);
    // The same page can still be paid with the other card.
    expect((await submitCheckout(pageUrl)).status).toBe(303);
  });
});

describe('stock at the moment of the order', () => {
  it('refuses when stock changed since the page was shown, naming the item and what is left', async () => {
    const { shop, pageUrl } = await cartCheckout([v3Item(jeans, { Size: 'L' }, 5)]);
    const shown = hiddenFields(await (await getPage(pageUrl)).text());
    await setStock(emulator, jeans.slug, {
      variantId: variantOf(jeans, { Size: 'L' }).id,
      quantity: 2,
    });
    const res = await postForm(placeOrderAt(pageUrl), { ...shown, ...BUYER, payment: 'success' });
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(page).toContain(
      'Stock changed while you were checking out: Selvedge Straight Jeans (Size: L) has only 2 left.',
    );
    expect((await stillCurrent(shop))?.orderPlaced).toBe(false);
    // The refreshed page shows the new quantity; placing it now orders the two that are left.
    const retry = await postForm(placeOrderAt(pageUrl), {
      ...hiddenFields(page),
      ...BUYER,
      payment: 'success',
    });
    expect(retry.status).toBe(303);
    const orderId = new URL(retry.headers.get('location') ?? '').searchParams.get('orderId') ?? '';
    expect((await shop.orders.getOrder(orderId)).lineItems?.[0]?.quantity).toBe(2);
    const after = variantOf(await seedProduct(emulator, jeans.slug), { Size: 'L' });
    expect([after.quantity, after.inStock]).toEqual([0, false]);
  });

  it('refuses an order when nothing in the cart is in stock', async () => {
    const { pageUrl } = await cartCheckout([v3Item(denim, { Size: 'M' })]);
    const page = await (await getPage(pageUrl)).text();
    expect(page).toContain('Out of stock: not included');
    const res = await submitCheckout(pageUrl);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Nothing in your cart is in stock');
  });
});

describe('return addresses', () => {
  const admin = createClient({
    modules: { oAuthApps },
    auth: ApiKeyStrategy({ apiKey: EMULATOR_ADMIN_API_KEY, siteId: EMULATOR_SITE_ID }),
  }).oAuthApps;

  it('refuses to open with a callback outside allowedRedirectDomains, naming it (400)', async () => {
    const evil = 'https://evil.example/thanks';
    const { pageUrl } = await cartCheckout([v3Item(candle)], {
      ...CALLBACKS,
      thankYouPageUrl: evil,
    });
    const res = await getPage(pageUrl);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`The return address ${evil} is not in this app`);
  });

  it('checks again when placing the order: a domain removed meanwhile stops it', async () => {
    const { shop, pageUrl } = await cartCheckout([v3Item(candle)]);
    const shown = hiddenFields(await (await getPage(pageUrl)).text());
    const domains = (await admin.getOAuthApp(EMULATOR_CLIENT_ID)).allowedRedirectDomains ?? [];
    expect(domains).toContain('localhost:3000');
    await admin.updateOAuthApp(EMULATOR_CLIENT_ID, { allowedRedirectDomains: ['127.0.0.1:3000'] }, [
      'allowedRedirectDomains',
    ]);
    try {
      const res = await postForm(placeOrderAt(pageUrl), { ...shown, ...BUYER, payment: 'success' });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(
        `The return address ${CALLBACKS.thankYouPageUrl} is not in this app`,
      );
      expect((await stillCurrent(shop))?.orderPlaced).toBe(false);
    } finally {
      await admin.updateOAuthApp(EMULATOR_CLIENT_ID, { allowedRedirectDomains: domains }, [
        'allowedRedirectDomains',
      ]);
    }
  });
});

describe('sessions and carts that cannot be checked out', () => {
  it('says an unknown, missing or non-checkout session has expired (400)', async () => {
    for (const url of ['/_wix/checkout?session=nope', '/_wix/checkout']) {
      const res = await getPage(new URL(url, emulator.publicUrl));
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('This checkout link has expired');
    }
    const posted = await postForm(new URL('/_wix/checkout/place-order', emulator.publicUrl), {
      ...BUYER,
    });
    expect(posted.status).toBe(400);
  });

  it('says an empty cart is empty (409) with a way back to the cart', async () => {
    const { shop, pageUrl } = await cartCheckout([v3Item(candle)]);
    const { cart } = await shop.currentCartV2.getCurrentCart();
    await shop.currentCartV2.removeLineItemsFromCurrentCart([cart?.lineItems?.[0]?._id ?? '']);
    const res = await getPage(pageUrl);
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(page).toContain('Your cart is empty');
    expect(page).toContain('Back to cart');
  });

  it('says the cart is gone when it was replaced after the session was made (404)', async () => {
    const { shop, pageUrl } = await cartCheckout([v3Item(candle)]);
    await shop.currentCartV2.createCurrentCart({ catalogItems: [v3Item(candle, {}, 2)] });
    const res = await getPage(pageUrl);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This cart is gone');
  });

  it('refuses a redirect session for another shopper’s cart, an unknown id and a malformed one', async () => {
    const { cartId } = await cartCheckout([v3Item(candle)]);
    const stranger = createShopClient();
    const session = (checkoutId: string) =>
      stranger.redirects.createRedirectSession({
        ecomCheckout: { checkoutId },
        callbacks: CALLBACKS,
      });
    expect(await refusal(session(cartId))).toEqual([404, 'CHECKOUT_NOT_FOUND']);
    expect(await refusal(session('0d4b5c6a-1111-4222-8333-444455556666'))).toEqual([
      404,
      'CHECKOUT_NOT_FOUND',
    ]);
    const malformed = await sdkError(session('chk-1'));
    expect(malformed.status).toBe(400);
    expect(malformed.details?.validationError?.fieldViolations?.[0]?.field).toMatch(
      /ecomCheckout\.checkoutId$/,
    );
  });
});
