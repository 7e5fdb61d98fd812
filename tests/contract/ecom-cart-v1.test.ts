import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';
import {
  checkoutUrl,
  createShopClient,
  refusal,
  GUID,
  sdkError,
  seedProduct,
  STORES_APP_ID,
  submitCheckout,
  variantOf,
  type SeedProduct,
} from './ecom-helpers';

// Current cart V1 (`currentCart`, what Wix's templates call) on a Catalog V1 site, and its
// agreement with Cart V2 over the same carts.
let emulator: RunningEmulator;
let shirt: SeedProduct;
let jeans: SeedProduct;
let candle: SeedProduct;
const ZERO_VARIANT = '00000000-0000-0000-0000-000000000000';

beforeAll(async () => {
  emulator = await startTestEmulator({ catalog: 'v1' });
  shirt = await seedProduct(emulator, 'classic-linen-shirt');
  jeans = await seedProduct(emulator, 'selvedge-straight-jeans');
  candle = await seedProduct(emulator, 'hand-poured-soy-candle');
});
afterAll(() => emulator.close());

const item = (
  product: SeedProduct,
  options: Record<string, unknown> | undefined,
  quantity = 1,
) => ({
  catalogReference: {
    appId: STORES_APP_ID,
    catalogItemId: product.id,
    ...(options ? { options } : {}),
  },
  quantity,
});

describe('before the first add', () => {
  it('answers 404 OWNED_CART_NOT_FOUND to get, estimate, update and delete', async () => {
    const shop = createShopClient();
    const notFound = [404, 'OWNED_CART_NOT_FOUND'];
    expect(await refusal(shop.currentCart.getCurrentCart())).toEqual(notFound);
    expect(await refusal(shop.currentCart.estimateCurrentCartTotals())).toEqual(notFound);
    expect(await refusal(shop.currentCart.updateCurrentCart({ couponCode: 'SAVE10' }))).toEqual(
      notFound,
    );
    expect(
      await refusal(shop.currentCart.createCheckoutFromCurrentCart({ channelType: 'WEB' })),
    ).toEqual(notFound);
    expect(await refusal(shop.currentCart.deleteCurrentCart())).toEqual(notFound);
  });
});

describe('V1 catalog references', () => {
  const shop = createShopClient();

  it('adds by option choices; a colour named or given as its hex code is the same line', async () => {
    const { cart } = await shop.currentCart.addToCurrentCart({
      lineItems: [
        item(shirt, { options: { Size: 'M', Color: 'Cream' } }, 1),
        item(shirt, { options: { Size: 'M', Color: '#efe6d2' } }, 2),
      ],
    });
    expect(cart?.lineItems).toHaveLength(1);
    const [line] = cart?.lineItems ?? [];
    expect(line?._id).toMatch(GUID);
    expect(line?.quantity).toBe(3);
    expect(line?.productName?.original).toBe('Classic Linen Shirt');
    expect(line?.price).toEqual({
      amount: '59',
      convertedAmount: '59',
      formattedAmount: '$59.00',
      formattedConvertedAmount: '$59.00',
    });
    expect(line?.lineItemPrice?.formattedAmount).toBe('$177.00');
    expect(line?.image).toMatch(/^wix:image:\/\/v1\/emu-classic-linen-shirt-1\.png\//);
    expect(line?.url).toMatch(/\/product-page\/classic-linen-shirt$/);
    expect(line?.availability?.status).toBe('AVAILABLE');
    expect(line?.descriptionLines?.map((d) => d.colorInfo?.code ?? d.plainText?.original)).toEqual([
      'M',
      '#efe6d2',
    ]);
    expect(line?.catalogReference?.options).toEqual({ options: { Size: 'M', Color: 'Cream' } });
    expect(cart?.buyerInfo?.visitorId).toMatch(GUID);
    expect(cart?.currency).toBe('USD');
    expect(cart?.revision).toBe('1');
    expect((cart as { subtotal?: { amount?: string } }).subtotal?.amount).toBe('177');
  });

  it('adds by variantId, and a product without options by the zero variant id or nothing', async () => {
    const { cart } = await shop.currentCart.addToCurrentCart({
      lineItems: [
        item(shirt, { variantId: variantOf(shirt, { Size: 'M', Color: 'Cream' }).id }),
        item(candle, { variantId: ZERO_VARIANT }),
        item(candle, undefined),
        item(candle, { customTextFields: { Engraving: 'For you' } }),
      ],
    });
    expect(cart?.lineItems?.map((l) => [l.productName?.original, l.quantity])).toEqual([
      ['Classic Linen Shirt', 4],
      ['Hand-Poured Soy Candle', 2],
      ['Hand-Poured Soy Candle', 1],
    ]);
    expect(cart?.lineItems?.[2]?.descriptionLines?.[0]?.plainText?.original).toBe('For you');
  });

  it('refuses an unknown choice or a missing option with ITEM_NOT_FOUND_IN_CATALOG, adding nothing', async () => {
    const before = await shop.currentCart.getCurrentCart();
    for (const options of [{ options: { Size: 'M', Color: 'Red' } }, { options: { Size: 'M' } }]) {
      expect(
        await refusal(
          shop.currentCart.addToCurrentCart({
            lineItems: [item(candle, undefined), item(shirt, options)],
          }),
        ),
      ).toEqual([400, 'ITEM_NOT_FOUND_IN_CATALOG']);
    }
    const tooMany = await sdkError(
      shop.currentCart.addToCurrentCart({
        lineItems: Array.from({ length: 101 }, () => item(candle, undefined)),
      }),
    );
    expect(tooMany.details?.validationError?.fieldViolations?.[0]?.field).toBe('options.lineItems');
    expect(await shop.currentCart.getCurrentCart()).toEqual(before);
  });
});

describe('quantities, removal, cart info, totals and checkout', () => {
  const shop = createShopClient();

  it('clamps a quantity above the stock to what is left (typings), with _id or id', async () => {
    const { cart } = await shop.currentCart.addToCurrentCart({
      lineItems: [item(jeans, { options: { Size: 'M' } }), item(candle, undefined, 2)],
    });
    const [jeansLine, candleLine] = cart?.lineItems ?? [];
    const updated = await shop.currentCart.updateCurrentCartLineItemQuantity([
      { _id: jeansLine?._id ?? '', quantity: 7 },
    ]);
    expect(updated.cart?.lineItems?.[0]?.quantity).toBe(3);
    expect(updated.cart?.lineItems?.[0]?.availability).toEqual({
      status: 'PARTIALLY_AVAILABLE',
      quantityAvailable: 3,
    });
    // The commerce template passes `id` instead of `_id`; the wire is the same.
    const templateStyle = [{ id: candleLine?._id ?? '', quantity: 5 }] as unknown as {
      _id: string;
      quantity: number;
    }[];
    const again = await shop.currentCart.updateCurrentCartLineItemQuantity(templateStyle);
    expect(again.cart?.lineItems?.[1]?.quantity).toBe(5);
    const zero = await sdkError(
      shop.currentCart.updateCurrentCartLineItemQuantity([
        { _id: candleLine?._id ?? '', quantity: 0 },
      ]),
    );
    expect(zero.status).toBe(400);
    expect(zero.details?.validationError?.fieldViolations?.[0]?.field).toMatch(
      /lineItems\[0\]\.quantity$/,
    );
  });

  it('estimates totals with calculated lines and a zero tax and shipping', async () => {
    const totals = await shop.currentCart.estimateCurrentCartTotals();
    expect(totals.priceSummary).toMatchObject({
      subtotal: { amount: '525', formattedAmount: '$525.00' },
      shipping: { amount: '0' },
      tax: { amount: '0' },
      discount: { amount: '0' },
      total: { amount: '525', formattedAmount: '$525.00' },
    });
    expect(
      totals.calculatedLineItems?.map((l) => l.pricesBreakdown?.lineItemPrice?.amount),
    ).toEqual(['405', '120']);
    expect(totals.currency).toBe('USD');
  });

  it('keeps a buyer note and an override checkout URL, refusing an over-long note', async () => {
    const url = 'http://localhost:3000/api/redirect-to-checkout?checkoutId={checkoutId}';
    const cart = await shop.currentCart.updateCurrentCart({
      cartInfo: { buyerNote: 'Leave at the door', overrideCheckoutUrl: url },
    });
    expect(cart.buyerNote).toBe('Leave at the door');
    expect(cart.overrideCheckoutUrl).toBe(url);
    const long = await sdkError(
      shop.currentCart.updateCurrentCart({ cartInfo: { buyerNote: 'x'.repeat(1001) } }),
    );
    expect(long.details?.validationError?.fieldViolations?.[0]?.field).toMatch(
      /cartInfo\.buyerNote$/,
    );
  });

  it('creates one checkout per cart: the same id again, and it is on the cart', async () => {
    const { checkoutId } = await shop.currentCart.createCheckoutFromCurrentCart({
      channelType: 'WEB',
    });
    expect(checkoutId).toMatch(GUID);
    const again = await shop.currentCart.createCheckoutFromCurrentCart({
      channelType: 'OTHER_PLATFORM',
    });
    expect(again.checkoutId).toBe(checkoutId);
    expect((await shop.currentCart.getCurrentCart()).checkoutId).toBe(checkoutId);
    const missing = await sdkError(shop.currentCart.createCheckoutFromCurrentCart({} as never));
    expect(missing.details?.validationError?.fieldViolations?.[0]?.field).toMatch(/channelType$/);
  });

  it('tolerates unknown ids on remove; removing the last line leaves an empty cart', async () => {
    const { lineItems = [] } = await shop.currentCart.getCurrentCart();
    const unknown = '0d4b5c6a-1111-4222-8333-444455556666';
    const { cart } = await shop.currentCart.removeLineItemsFromCurrentCart([
      ...lineItems.map((l) => l._id ?? ''),
      unknown,
    ]);
    expect(cart?.lineItems).toEqual([]);
    await expect(shop.currentCart.deleteCurrentCart()).resolves.toBeUndefined();
    expect(await refusal(shop.currentCart.getCurrentCart())).toEqual([404, 'OWNED_CART_NOT_FOUND']);
  });
});

describe('V1 and V2 are the same carts', () => {
  it('a V1 add and a V2 get agree, and the other way round', async () => {
    const shop = createShopClient();
    const v1 = await shop.currentCart.addToCurrentCart({
      lineItems: [item(shirt, { options: { Size: 'L', Color: 'Sky' } }, 2)],
    });
    const v2 = await shop.currentCartV2.getCurrentCart();
    expect(v2.cart?._id).toBe(v1.cart?._id);
    expect(v2.cart?.revision).toBe(v1.cart?.revision);
    expect(
      v2.cart?.lineItems?.map((l) => [
        l._id,
        l.quantityInfo?.requestedQuantity,
        l.pricing?.totalPrice?.amount,
      ]),
    ).toEqual(v1.cart?.lineItems?.map((l) => [l._id, l.quantity, l.lineItemPrice?.amount]));
    const added = await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [
        item(candle, undefined, 3),
        item(shirt, { options: { Size: 'L', Color: '#8fb8de' } }, 1),
      ],
    });
    const back = await shop.currentCart.getCurrentCart();
    expect(back.revision).toBe(added.cart?.revision);
    expect(back.lineItems?.map((l) => [l._id, l.quantity])).toEqual(
      added.cart?.lineItems?.map((l) => [l._id, l.quantityInfo?.requestedQuantity]),
    );
    expect(back.lineItems?.map((l) => l.quantity)).toEqual([3, 3]);
    const totals = await shop.currentCart.estimateCurrentCartTotals();
    const { summary } = await shop.currentCartV2.calculateCurrentCart();
    expect(totals.priceSummary?.total?.amount).toBe(summary?.priceSummary?.total?.amount);
  });
});

describe('checkout on a V1 catalog site', () => {
  it('orders a V1 cart through the hosted page; tracked stock goes down', async () => {
    const shop = createShopClient();
    await shop.currentCart.addToCurrentCart({
      lineItems: [item(candle, { variantId: ZERO_VARIANT }, 2)],
    });
    const { checkoutId } = await shop.currentCart.createCheckoutFromCurrentCart({
      channelType: 'WEB',
    });
    const res = await submitCheckout(await checkoutUrl(shop, checkoutId ?? ''));
    expect(res.status).toBe(303);
    const orderId = new URL(res.headers.get('location') ?? '').searchParams.get('orderId') ?? '';
    const order = await shop.orders.getOrder(orderId);
    expect(order.lineItems?.[0]?.catalogReference?.options).toEqual({ variantId: ZERO_VARIANT });
    expect(order.priceSummary?.total?.formattedAmount).toBe('$48.00');
    expect((await seedProduct(emulator, candle.slug)).variants[0]?.quantity).toBe(10);
  });
});
