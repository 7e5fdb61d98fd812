import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { getPage, postForm, startTestEmulator } from './helpers';
import {
  BUYER,
  CALLBACKS,
  checkoutUrl,
  createShopClient,
  flatHtml,
  GUID,
  refusal,
  seedProduct,
  startRevalidationServer,
  submitCheckout,
  v3Item,
  type SeedProduct,
} from './ecom-helpers';

// The hosted checkout end to end: cart → redirect session → page → order → thank-you URL.
let emulator: RunningEmulator;
let revalidation: Awaited<ReturnType<typeof startRevalidationServer>>;
let jeans: SeedProduct; // counted: S 12, M 3, L 8, XL 20
let candle: SeedProduct; // 12 counted
let shirt: SeedProduct; // untracked

beforeAll(async () => {
  revalidation = await startRevalidationServer();
  emulator = await startTestEmulator({ revalidateUrl: revalidation.url });
  jeans = await seedProduct(emulator, 'selvedge-straight-jeans');
  candle = await seedProduct(emulator, 'hand-poured-soy-candle');
  shirt = await seedProduct(emulator, 'classic-linen-shirt');
});
afterAll(async () => {
  await emulator.close();
  await revalidation.close();
});

describe('a Cart V2 checkout with a promo code', () => {
  const shop = createShopClient();
  let pageUrl = '';
  let orderId = '';

  it('hands the cart id to createRedirectSession and opens a checkout page', async () => {
    const { cart } = await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [
        v3Item(jeans, { Size: 'M' }, 2),
        v3Item(candle, {}, 1),
        v3Item(shirt, { Size: 'S', Color: 'Sky' }, 1),
      ],
    });
    pageUrl = await checkoutUrl(shop, cart?._id ?? '');
    const res = await getPage(pageUrl);
    expect(res.status).toBe(200);
    const page = await flatHtml(res);
    for (const part of [
      '<h1>Checkout</h1>',
      'Selvedge Straight Jeans',
      'Size: M',
      '$270.00',
      'Size: S, Color: Sky',
      '<label for="promo-code">Promo code</label>',
      '>Apply</button>',
      'aria-label="Checkout"',
      '<label for="checkout-email">Email</label>',
      '<label for="checkout-firstName">First name</label>',
      '<label for="checkout-lastName">Last name</label>',
      '<label for="checkout-address">Address</label>',
      '<label for="checkout-city">City</label>',
      '<label for="checkout-postalCode">Postal code</label>',
      '<label for="checkout-country">Country</label>',
      '<legend>Payment</legend>',
      'Test card: payment succeeds',
      'Test card: payment is declined',
      '>Place order</button>',
      `href="${CALLBACKS.cartPageUrl}?wixMemberLoggedIn=false">Back to cart</a>`,
    ]) {
      expect(page).toContain(part);
    }
    expect(page).toContain('<dt>Total</dt><dd>$353.00</dd>');
    expect(page).not.toMatch(/<script/i);
  });

  it('applies SAVE10 from the page, then refuses a code that does not exist', async () => {
    const session = new URL(pageUrl).searchParams.get('session') ?? '';
    const applied = await postForm(new URL('/_wix/checkout/promo', pageUrl), {
      session,
      code: 'save10',
    });
    expect(applied.status).toBe(303);
    const page = await flatHtml(await getPage(pageUrl));
    expect(page).toContain('<dt>Discount (SAVE10)</dt><dd>−$35.30</dd>');
    expect(page).toContain('<dt>Total</dt><dd>$317.70</dd>');
    const unknown = await postForm(new URL('/_wix/checkout/promo', pageUrl), {
      session,
      code: 'NOPE',
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(
      /role="alert">Coupon code &quot;NOPE&quot; does not exist/,
    );
    expect((await shop.currentCartV2.getCurrentCart()).cart?.coupons?.[0]?.code).toBe('SAVE10');
  });

  it('places the order and 303s to thankYouPageUrl with orderId and wixMemberLoggedIn', async () => {
    const before = revalidation.received.length;
    const res = await submitCheckout(pageUrl);
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${CALLBACKS.postFlowUrl}thank-you`);
    expect(location.searchParams.get('from')).toBe('wix');
    expect(location.searchParams.get('wixMemberLoggedIn')).toBe('false');
    orderId = location.searchParams.get('orderId') ?? '';
    expect(orderId).toMatch(GUID);
    // The storefront heard about both tracked products before the shopper got back; not the shirt.
    const told = revalidation.received.slice(before);
    expect(told.map((e) => e.slug).sort()).toEqual([
      'hand-poured-soy-candle',
      'selvedge-straight-jeans',
    ]);
    expect(told.every((e) => e.changes.join() === 'stock')).toBe(true);
  });

  it('took the stock: jeans M 3 → 1, the candle 12 → 11', async () => {
    const after = await seedProduct(emulator, 'selvedge-straight-jeans');
    expect(after.variants.find((v) => v.choices.Size === 'M')?.quantity).toBe(1);
    expect((await seedProduct(emulator, 'hand-poured-soy-candle')).variants[0]?.quantity).toBe(11);
    const { product } = await shop.productsV3.getProductBySlug('selvedge-straight-jeans');
    expect(product?._updatedDate?.getTime()).toBeGreaterThan(Date.parse('2024-06-01'));
  });

  it('leaves no current cart (V2 and V1 say 404)', async () => {
    expect(await refusal(shop.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
    expect(await refusal(shop.currentCart.getCurrentCart())).toEqual([404, 'OWNED_CART_NOT_FOUND']);
  });

  it('lets the buyer read the order: number, lines, money strings, address, PAID/APPROVED', async () => {
    const order = await shop.orders.getOrder(orderId);
    expect(order._id).toBe(orderId);
    expect(order.number).toBe('10001');
    expect(order._createdDate).toBeInstanceOf(Date);
    expect(order.paymentStatus).toBe('PAID');
    expect(order.status).toBe('APPROVED');
    expect(order.buyerInfo?.visitorId).toMatch(GUID);
    expect(order.buyerInfo?.email).toBe(BUYER.email);
    expect(
      order.lineItems?.map((l) => [
        l.productName?.original,
        l.quantity,
        l.totalPriceAfterTax?.amount,
      ]),
    ).toEqual([
      ['Selvedge Straight Jeans', 2, '270'],
      ['Hand-Poured Soy Candle', 1, '24'],
      ['Classic Linen Shirt', 1, '59'],
    ]);
    expect(order.lineItems?.[0]?.price).toEqual({ amount: '135', formattedAmount: '$135.00' });
    expect(order.lineItems?.[0]?.image).toMatch(
      /^wix:image:\/\/v1\/emu-selvedge-straight-jeans-1\.png/,
    );
    expect(order.lineItems?.[0]?.descriptionLines?.[0]?.plainText?.original).toBe('M');
    expect(order.priceSummary).toMatchObject({
      subtotal: { amount: '353', formattedAmount: '$353.00' },
      discount: { amount: '35.3', formattedAmount: '$35.30' },
      total: { amount: '317.7', formattedAmount: '$317.70' },
    });
    expect(order.appliedDiscounts?.[0]?.coupon?.code).toBe('SAVE10');
    expect(order.billingInfo?.contactDetails).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
    expect(order.billingInfo?.address).toMatchObject({
      addressLine1: BUYER.address,
      city: 'London',
      postalCode: 'SW1Y 4JH',
      country: 'GB',
    });
    expect(order.shippingInfo?.logistics?.shippingDestination?.address?.city).toBe('London');
  });

  it('answers the same 404 ORDER_NOT_FOUND to another visitor and for unknown or malformed ids', async () => {
    const other = createShopClient();
    expect(await refusal(other.orders.getOrder(orderId))).toEqual([404, 'ORDER_NOT_FOUND']);
    expect(await refusal(shop.orders.getOrder('0d4b5c6a-1111-4222-8333-444455556666'))).toEqual([
      404,
      'ORDER_NOT_FOUND',
    ]);
    expect(await refusal(shop.orders.getOrder('not an id'))).toEqual([404, 'ORDER_NOT_FOUND']);
  });

  it('is single use: the page now says the checkout is finished, with a way back', async () => {
    const res = await getPage(pageUrl);
    expect(res.status).toBe(410);
    const page = await res.text();
    expect(page).toContain('This checkout is finished');
    expect(page).toContain('Order number 10001');
    expect(page).toContain(
      `href="${CALLBACKS.postFlowUrl}?wixMemberLoggedIn=false">Back to the shop</a>`,
    );
    const session = new URL(pageUrl).searchParams.get('session') ?? '';
    const again = await postForm(new URL('/_wix/checkout/place-order', pageUrl), {
      session,
      ...BUYER,
    });
    expect(again.status).toBe(410);
    expect(await refusal(shop.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
  });
});

describe('a V1 checkout without thankYouPageUrl', () => {
  it('orders from createCheckoutFromCurrentCart and shows the emulator thank-you page', async () => {
    const shop = createShopClient();
    await shop.currentCart.addToCurrentCart({ lineItems: [v3Item(candle, {}, 2)] });
    const { checkoutId } = await shop.currentCart.createCheckoutFromCurrentCart({
      channelType: 'OTHER_PLATFORM',
    });
    const pageUrl = await checkoutUrl(shop, checkoutId ?? '', {
      postFlowUrl: `${CALLBACKS.postFlowUrl}shop`,
    });
    const res = await submitCheckout(pageUrl);
    expect(res.status).toBe(303);
    const thanks = await getPage(res.headers.get('location') ?? '');
    expect(thanks.status).toBe(200);
    const page = await thanks.text();
    expect(page).toContain('Thank you for your order');
    expect(page).toContain('Order number 10002');
    expect(page).toContain(
      `href="${CALLBACKS.postFlowUrl}shop?wixMemberLoggedIn=false">Continue shopping</a>`,
    );
    expect(await refusal(shop.currentCart.getCurrentCart())).toEqual([404, 'OWNED_CART_NOT_FOUND']);
  });

  it('keeps the V1 checkout id and channel on the order', async () => {
    const shop = createShopClient();
    await shop.currentCart.addToCurrentCart({
      lineItems: [v3Item(shirt, { Size: 'L', Color: 'Cream' })],
    });
    const { checkoutId } = await shop.currentCart.createCheckoutFromCurrentCart({
      channelType: 'OTHER_PLATFORM',
    });
    const res = await submitCheckout(await checkoutUrl(shop, checkoutId ?? ''));
    const orderId = new URL(res.headers.get('location') ?? '').searchParams.get('orderId') ?? '';
    const order = await shop.orders.getOrder(orderId);
    expect(order.checkoutId).toBe(checkoutId);
    expect(order.channelInfo?.type).toBe('OTHER_PLATFORM');
    expect(order.number).toBe('10003');
  });
});
