import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';
import {
  createShopClient,
  refusal,
  GUID,
  sdkError,
  seedProduct,
  STORES_APP_ID_ALIAS,
  v3Item,
  type SeedProduct,
} from './ecom-helpers';

// Cart V2 (`currentCartV2`) on a Catalog V3 site, through the real SDK.
let emulator: RunningEmulator;
let shirt: SeedProduct; // Size × Color, untracked
let breton: SeedProduct; // 20% off 39 → 31.2, last size out of stock
let jeans: SeedProduct; // counted: S 12, M 3, L 8, XL 20
let candle: SeedProduct; // no options, 12 counted
let hidden: SeedProduct;

beforeAll(async () => {
  emulator = await startTestEmulator();
  shirt = await seedProduct(emulator, 'classic-linen-shirt');
  breton = await seedProduct(emulator, 'striped-breton-top');
  jeans = await seedProduct(emulator, 'selvedge-straight-jeans');
  candle = await seedProduct(emulator, 'hand-poured-soy-candle');
  hidden = await seedProduct(emulator, 'heavyweight-pocket-tee');
});
afterAll(() => emulator.close());

describe('a visitor without a cart', () => {
  it('gets 404 OWNED_CART_NOT_FOUND from get, calculate and update calls', async () => {
    const shop = createShopClient();
    expect(await refusal(shop.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
    expect(await refusal(shop.currentCartV2.calculateCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
    expect(await refusal(shop.currentCartV2.removeCouponFromCurrentCart(shirt.id))).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
    expect(await refusal(shop.currentCartV2.deleteCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
  });
});

describe('adding and reading lines', () => {
  const shop = createShopClient();

  it('starts a cart with priced, described lines', async () => {
    const { cart } = await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [v3Item(shirt, { Size: 'M', Color: 'Cream' }, 2)],
    });
    expect(cart?._id).toMatch(GUID);
    expect(cart?.revision).toBe('1');
    expect(cart?._createdDate).toBeInstanceOf(Date);
    expect(cart?.currentCart).toBe(true);
    const [line] = cart?.lineItems ?? [];
    expect(line?._id).toMatch(GUID);
    expect(line?.name?.original).toBe('Classic Linen Shirt');
    expect(line?.quantityInfo).toMatchObject({ requestedQuantity: 2, confirmedQuantity: 2 });
    expect(line?.pricing?.unitPrice).toMatchObject({ amount: '59', formattedAmount: '$59.00' });
    expect(line?.pricing?.totalPrice).toMatchObject({ amount: '118', formattedAmount: '$118.00' });
    expect(line?.status).toBe('IN_STOCK');
    expect(line?.attributes?.image).toMatch(/^wix:image:\/\/v1\/emu-classic-linen-shirt-1\.png\//);
    expect(line?.attributes?.url).toMatch(/\/product-page\/classic-linen-shirt$/);
    expect(
      line?.attributes?.descriptionLines?.map((d) => [
        d.name?.original,
        d.plainText?.original ?? d.colorInfo?.original,
      ]),
    ).toEqual([
      ['Size', 'M'],
      ['Color', 'Cream'],
    ]);
    expect(line?.attributes?.descriptionLines?.[1]?.colorInfo?.code).toBe('#efe6d2');
    expect(line?.source?.catalogReference).toEqual(
      v3Item(shirt, { Size: 'M', Color: 'Cream' }).catalogReference,
    );
    expect(cart?.customerInfo?.visitorId).toMatch(GUID);
  });

  it('merges the same item into its line and bumps the revision', async () => {
    const before = await shop.currentCartV2.getCurrentCart();
    const { cart } = await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [
        v3Item(shirt, { Size: 'M', Color: 'Cream' }, 3),
        v3Item(breton, { Size: 'S' }, 3),
      ],
    });
    expect(cart?.lineItems).toHaveLength(2);
    expect(cart?.lineItems?.[0]?._id).toBe(before.cart?.lineItems?.[0]?._id);
    expect(cart?.lineItems?.[0]?.quantityInfo?.requestedQuantity).toBe(5);
    expect(Number(cart?.revision)).toBe(Number(before.cart?.revision) + 1);
  });

  it('calculates totals in cents: three discounted tops are $93.60', async () => {
    const { summary } = await shop.currentCartV2.calculateCurrentCart();
    expect(summary?.lineItems?.map((l) => l.totalPrice?.amount)).toEqual(['295', '93.6']);
    expect(summary?.priceSummary?.subtotal).toMatchObject({
      amount: '388.6',
      formattedAmount: '$388.60',
    });
    expect(summary?.priceSummary?.discount?.amount).toBe('0');
    expect(summary?.priceSummary?.total).toMatchObject({
      amount: '388.6',
      formattedAmount: '$388.60',
    });
    const estimate = await shop.currentCartV2.estimateCurrentCart({ calculateTax: true });
    expect(estimate.summary?.priceSummary?.total?.amount).toBe('388.6');
    const refreshed = await shop.currentCartV2.refreshCurrentCart();
    expect(refreshed.cart?.subtotal?.amount).toBe('388.6');
  });

  it('caps confirmed quantities at a tracked stock and shows out-of-stock lines as 0', async () => {
    const { cart } = await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [v3Item(jeans, { Size: 'M' }, 5), v3Item(breton, { Size: 'XL' }, 1)],
    });
    const jeansLine = cart?.lineItems?.[2];
    const soldOut = cart?.lineItems?.[3];
    expect(jeansLine?.quantityInfo).toMatchObject({
      requestedQuantity: 5,
      confirmedQuantity: 3,
      availableQuantity: 3,
    });
    expect(jeansLine?.status).toBe('PARTIALLY_IN_STOCK');
    expect(jeansLine?.pricing?.totalPrice?.amount).toBe('405');
    expect(soldOut?.quantityInfo).toMatchObject({ requestedQuantity: 1, confirmedQuantity: 0 });
    expect(soldOut?.status).toBe('OUT_OF_STOCK');
    const { summary } = await shop.currentCartV2.calculateCurrentCart();
    expect(summary?.violations?.[0]?.code).toBe('LINE_ITEMS_OUT_OF_STOCK');
  });

  it('updates quantities by line id (above stock is capped, not refused) and removes lines', async () => {
    const { cart } = await shop.currentCartV2.getCurrentCart();
    const [shirtLine, bretonLine, jeansLine, soldOut] = cart?.lineItems ?? [];
    const updated = await shop.currentCartV2.updateLineItemsInCurrentCart({
      lineItems: [
        { lineItemId: shirtLine?._id ?? '', quantity: { newQuantity: 1 } },
        { lineItemId: jeansLine?._id ?? '', quantity: { newQuantity: 50 } },
      ],
    });
    expect(updated.cart?.lineItems?.map((l) => l.quantityInfo?.confirmedQuantity)).toEqual([
      1, 3, 3, 0,
    ]);
    const removed = await shop.currentCartV2.removeLineItemsFromCurrentCart([
      bretonLine?._id ?? '',
      soldOut?._id ?? '',
    ]);
    expect(removed.cart?.lineItems?.map((l) => l.name?.original)).toEqual([
      'Classic Linen Shirt',
      'Selvedge Straight Jeans',
    ]);
  });

  it('refuses unknown line ids, duplicate and empty updates, changing nothing', async () => {
    const before = (await shop.currentCartV2.getCurrentCart()).cart;
    const [first] = before?.lineItems ?? [];
    const stranger = '0d4b5c6a-1111-4222-8333-444455556666';
    expect(
      await refusal(
        shop.currentCartV2.removeLineItemsFromCurrentCart([first?._id ?? '', stranger]),
      ),
    ).toEqual([404, 'LINE_ITEM_NOT_FOUND_IN_CART']);
    const twice = { lineItemId: first?._id ?? '', quantity: { newQuantity: 2 } };
    expect(
      await refusal(shop.currentCartV2.updateLineItemsInCurrentCart({ lineItems: [twice, twice] })),
    ).toEqual([400, 'DUPLICATE_LINE_ITEM_UPDATES']);
    expect(
      await refusal(
        shop.currentCartV2.updateLineItemsInCurrentCart({
          lineItems: [{ lineItemId: first?._id ?? '' }],
        }),
      ),
    ).toEqual([400, 'EMPTY_LINE_ITEM_UPDATES']);
    const zero = await sdkError(
      shop.currentCartV2.updateLineItemsInCurrentCart({
        lineItems: [{ lineItemId: first?._id ?? '', quantity: { newQuantity: 0 } }],
      }),
    );
    expect(zero.details?.validationError?.fieldViolations?.[0]?.field).toBe(
      'options.lineItems[0].quantity.newQuantity',
    );
    const badId = await sdkError(shop.currentCartV2.removeLineItemsFromCurrentCart(['li-1']));
    expect(badId.details?.validationError?.fieldViolations?.[0]?.field).toBe('lineItemIds[0]');
    expect((await shop.currentCartV2.getCurrentCart()).cart).toEqual(before);
  });
});

describe('revisions', () => {
  const shop = createShopClient();

  it('refuses an update carrying a stale revision with CART_REVISION_MISMATCH and changes nothing', async () => {
    const { cart } = await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [v3Item(candle)],
    });
    const stale = cart?.revision ?? '';
    await shop.currentCartV2.addLineItemsToCurrentCart({ catalogItems: [v3Item(candle)] });
    const error = await sdkError(
      shop.currentCartV2.updateCurrentCart({ revision: stale, note: 'late' }),
    );
    expect(error.status).toBe(409);
    expect(error.details?.applicationError).toMatchObject({
      code: 'CART_REVISION_MISMATCH',
      data: { expectedRevision: stale, currentRevision: String(Number(stale) + 1) },
    });
    const now = (await shop.currentCartV2.getCurrentCart()).cart;
    expect(now?.note).toBeNull();
    const updated = await shop.currentCartV2.updateCurrentCart({
      revision: now?.revision,
      note: 'Gift wrap',
    });
    expect(updated.cart?.note).toBe('Gift wrap');
    expect(Number(updated.cart?.revision)).toBe(Number(now?.revision) + 1);
  });

  it('refuses a raw calculate body whose expectedRevision is stale (the SDK cannot send one)', async () => {
    const { cart } = await shop.currentCartV2.getCurrentCart();
    const calculate = (expectedRevision: string) =>
      fetch(`${emulator.url}/ecom/v2/carts/current/calculate`, {
        method: 'POST',
        headers: {
          authorization: shop.auth.getTokens().accessToken.value,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ expectedRevision }),
      });
    const stale = await calculate('1');
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      details: {
        applicationError: {
          code: 'CART_REVISION_MISMATCH',
          data: { currentRevision: cart?.revision },
        },
      },
    });
    expect((await calculate(cart?.revision ?? '')).status).toBe(200);
  });

  it('leaves the revision alone when an update changes nothing', async () => {
    const { cart } = await shop.currentCartV2.getCurrentCart();
    const again = await shop.currentCartV2.updateCurrentCart({ note: cart?.note });
    expect(again.cart?.revision).toBe(cart?.revision);
  });
});

describe('refusals of add-line-items: Wix codes, nothing half-applied', () => {
  const shop = createShopClient();

  it('refuses an unknown product, a hidden one and an unknown variant, adding nothing else', async () => {
    await shop.currentCartV2.addLineItemsToCurrentCart({ catalogItems: [v3Item(candle)] });
    const before = (await shop.currentCartV2.getCurrentCart()).cart;
    const unknown = {
      ...v3Item(candle),
      catalogReference: { ...v3Item(candle).catalogReference, catalogItemId: 'nope' },
    };
    const wrongVariant = {
      ...v3Item(shirt),
      catalogReference: {
        ...v3Item(shirt).catalogReference,
        options: { variantId: candle.variants[0]?.id },
      },
    };
    for (const bad of [unknown, v3Item(hidden, { Size: 'M' }), wrongVariant]) {
      const error = await sdkError(
        shop.currentCartV2.addLineItemsToCurrentCart({
          catalogItems: [v3Item(shirt, { Size: 'S', Color: 'Sky' }), bad],
        }),
      );
      expect(error.status).toBe(400);
      expect(error.details?.applicationError).toMatchObject({
        code: 'ITEM_NOT_FOUND_IN_CATALOG',
        data: { invalidItems: [{ catalogReference: bad.catalogReference }] },
      });
    }
    expect((await shop.currentCartV2.getCurrentCart()).cart).toEqual(before);
  });

  it('refuses quantities outside 1–100000 naming the field', async () => {
    for (const quantity of [0, 100_001, 1.5]) {
      const error = await sdkError(
        shop.currentCartV2.addLineItemsToCurrentCart({
          catalogItems: [v3Item(candle, {}, quantity)],
        }),
      );
      expect(error.status).toBe(400);
      expect(error.details?.validationError?.fieldViolations?.[0]?.field).toBe(
        'options.catalogItems[0].quantity',
      );
    }
    const merged = await sdkError(
      shop.currentCartV2.addLineItemsToCurrentCart({ catalogItems: [v3Item(candle, {}, 100_000)] }),
    );
    expect(merged.details?.validationError?.fieldViolations?.[0]?.field).toBe(
      'options.catalogItems[0].quantity',
    );
  });

  it('refuses more than 300 items per request and more than 300 lines per cart', async () => {
    const fresh = createShopClient();
    const notes = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        v3Item(candle, {}, 1, { customTextFields: { Note: `n${from + i}` } }),
      );
    const tooMany = await sdkError(
      fresh.currentCartV2.addLineItemsToCurrentCart({ catalogItems: notes(0, 301) }),
    );
    expect(tooMany.details?.validationError?.fieldViolations?.[0]?.field).toBe(
      'options.catalogItems',
    );
    const { cart } = await fresh.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: notes(0, 300),
    });
    expect(cart?.lineItems).toHaveLength(300);
    const full = await sdkError(
      fresh.currentCartV2.addLineItemsToCurrentCart({ catalogItems: notes(300, 1) }),
    );
    expect(full.details?.applicationError).toMatchObject({
      code: 'MAX_LINE_ITEMS_EXCEEDED',
      data: { requestCount: 301, maxCount: 300 },
    });
    expect(
      await refusal(fresh.currentCartV2.addLineItemsToCurrentCart({ catalogItems: [] })),
    ).toEqual([400, 'NO_LINE_ITEMS_TO_ADD']);
  });

  it('adds nothing for a V3 reference without variantId, like Wix (200, no line)', async () => {
    const fresh = createShopClient();
    const { cart } = await fresh.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [
        {
          catalogReference: {
            appId: v3Item(candle).catalogReference.appId,
            catalogItemId: candle.id,
          },
          quantity: 1,
        },
      ],
    });
    expect(cart?.lineItems).toEqual([]);
  });

  it('accepts the Stores app-def id alias and echoes it', async () => {
    const fresh = createShopClient();
    const item = v3Item(candle);
    const aliased = {
      ...item,
      catalogReference: { ...item.catalogReference, appId: STORES_APP_ID_ALIAS },
    };
    const { cart } = await fresh.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [aliased],
    });
    expect(cart?.lineItems?.[0]?.source?.catalogReference?.appId).toBe(STORES_APP_ID_ALIAS);
  });
});

describe('create and delete', () => {
  it('createCurrentCart replaces the current cart; deleteCurrentCart ends it', async () => {
    const shop = createShopClient();
    const first = await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [v3Item(candle)],
    });
    const created = await shop.currentCartV2.createCurrentCart({
      catalogItems: [v3Item(shirt, { Size: 'L', Color: 'Sky' }, 2)],
      cart: { note: 'hello' },
    });
    expect(created.cart?._id).not.toBe(first.cart?._id);
    expect(created.cart?.note).toBe('hello');
    expect((await shop.currentCartV2.getCurrentCart()).cart?._id).toBe(created.cart?._id);
    await expect(shop.currentCartV2.deleteCurrentCart()).resolves.toBeUndefined();
    expect(await refusal(shop.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
  });
});

describe('isolation', () => {
  it('one visitor never sees or changes another visitor’s cart', async () => {
    const alice = createShopClient();
    const bob = createShopClient();
    const { cart } = await alice.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [v3Item(candle, {}, 2)],
    });
    expect(await refusal(bob.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
    await bob.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [v3Item(shirt, { Size: 'S', Color: 'Sky' })],
    });
    const aliceLine = cart?.lineItems?.[0]?._id ?? '';
    expect(await refusal(bob.currentCartV2.removeLineItemsFromCurrentCart([aliceLine]))).toEqual([
      404,
      'LINE_ITEM_NOT_FOUND_IN_CART',
    ]);
    expect(
      (await alice.currentCartV2.getCurrentCart()).cart?.lineItems?.[0]?.quantityInfo
        ?.requestedQuantity,
    ).toBe(2);
  });
});
