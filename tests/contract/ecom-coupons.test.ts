import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';
import {
  createShopClient,
  refusal,
  sdkError,
  seedProduct,
  v3Item,
  type SeedProduct,
} from './ecom-helpers';

// Seeded coupons: SAVE10 (10% off the subtotal) and EXPIRED20 (ended 2024-01-01). The clock
// starts on 2023-12-31 so that EXPIRED20 is still valid, then moves past its end.
let now = Date.parse('2023-12-31T12:00:00Z');
let emulator: RunningEmulator;
let breton: SeedProduct; // 31.20 after its own 20% off
let candle: SeedProduct; // 24

beforeAll(async () => {
  emulator = await startTestEmulator({ clock: () => now, accessTokenTtl: 31_536_000 });
  breton = await seedProduct(emulator, 'striped-breton-top');
  candle = await seedProduct(emulator, 'hand-poured-soy-candle');
});
afterAll(() => emulator.close());

describe('Cart V2 coupons', () => {
  const shop = createShopClient();

  it('SAVE10 takes 10% off the subtotal in calculate, rounded to the cent', async () => {
    await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [v3Item(breton, { Size: 'M' }, 3)],
    });
    const { cart } = await shop.currentCartV2.addCouponToCurrentCart({ code: 'save10' });
    expect(cart?.coupons?.map((c) => c.code)).toEqual(['SAVE10']);
    const { summary } = await shop.currentCartV2.calculateCurrentCart();
    expect(summary?.priceSummary).toMatchObject({
      subtotal: { amount: '93.6' },
      discount: { amount: '9.36', formattedAmount: '$9.36' },
      total: { amount: '84.24', formattedAmount: '$84.24' },
    });
    expect(summary?.discounts?.[0]).toMatchObject({
      source: { sourceType: 'COUPON', couponCode: 'SAVE10' },
      scope: 'CART_SUBTOTAL',
      total: { amount: '9.36' },
    });
  });

  it('refuses the same code again (409) and a second coupon (one per cart)', async () => {
    expect(await refusal(shop.currentCartV2.addCouponToCurrentCart({ code: 'SAVE10' }))).toEqual([
      409,
      'COUPON_ALREADY_EXISTS',
    ]);
    const second = await sdkError(shop.currentCartV2.addCouponToCurrentCart({ code: 'EXPIRED20' }));
    expect([second.status, second.details?.applicationError?.code]).toEqual([
      400,
      'MAX_COUPONS_PER_CART_EXCEEDED',
    ]);
  });

  it('removes the coupon by its id in the cart; another id is COUPON_NOT_FOUND_IN_CART', async () => {
    const coupon = (await shop.currentCartV2.getCurrentCart()).cart?.coupons?.[0];
    const other = '0d4b5c6a-1111-4222-8333-444455556666';
    expect(await refusal(shop.currentCartV2.removeCouponFromCurrentCart(other))).toEqual([
      404,
      'COUPON_NOT_FOUND_IN_CART',
    ]);
    const { cart } = await shop.currentCartV2.removeCouponFromCurrentCart(coupon?._id ?? '');
    expect(cart?.coupons).toEqual([]);
    const { summary } = await shop.currentCartV2.calculateCurrentCart();
    expect(summary?.priceSummary?.discount?.amount).toBe('0');
  });

  it('an applied coupon stops discounting once it expires, and calculate says so', async () => {
    await shop.currentCartV2.addCouponToCurrentCart({ code: 'EXPIRED20' });
    expect(
      (await shop.currentCartV2.calculateCurrentCart()).summary?.priceSummary?.discount?.amount,
    ).toBe('18.72');
    now = Date.parse('2024-01-02T12:00:00Z');
    const { summary } = await shop.currentCartV2.calculateCurrentCart();
    expect(summary?.priceSummary?.discount?.amount).toBe('0');
    expect(summary?.violations?.map((v) => v.code)).toContain('INVALID_COUPON_STATUS');
  });

  it('refuses an unknown code and an expired one with the typings’ codes and data', async () => {
    const fresh = createShopClient();
    await fresh.currentCartV2.addLineItemsToCurrentCart({ catalogItems: [v3Item(candle)] });
    const unknown = await sdkError(fresh.currentCartV2.addCouponToCurrentCart({ code: 'NOPE' }));
    expect(unknown.status).toBe(400);
    expect(unknown.details?.applicationError).toMatchObject({
      code: 'INVALID_COUPON_CODE',
      data: { couponCode: 'NOPE' },
    });
    const expired = await sdkError(
      fresh.currentCartV2.addCouponToCurrentCart({ code: 'EXPIRED20' }),
    );
    expect(expired.details?.applicationError).toMatchObject({
      code: 'INVALID_COUPON_STATUS',
      data: { couponCode: 'EXPIRED20', reason: 'EXPIRED' },
    });
    expect((await fresh.currentCartV2.getCurrentCart()).cart?.coupons).toEqual([]);
  });

  it('createCurrentCart takes a coupon with its items', async () => {
    const fresh = createShopClient();
    const { cart } = await fresh.currentCartV2.createCurrentCart({
      catalogItems: [v3Item(candle, {}, 2)],
      coupons: [{ code: 'SAVE10' }],
    });
    expect(cart?.coupons?.[0]?.code).toBe('SAVE10');
    const bad = createShopClient();
    expect(
      await refusal(
        bad.currentCartV2.createCurrentCart({
          catalogItems: [v3Item(candle)],
          coupons: [{ code: 'NOPE' }],
        }),
      ),
    ).toEqual([400, 'INVALID_COUPON_CODE']);
    expect(await refusal(bad.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
  });
});

describe('current-cart V1 coupons', () => {
  const shop = createShopClient();

  it('applies couponCode; the discount shows in the cart and the estimated totals', async () => {
    await shop.currentCart.addToCurrentCart({ lineItems: [v3Item(candle, {}, 2)] });
    const cart = await shop.currentCart.updateCurrentCart({ couponCode: 'SAVE10' });
    expect(cart.appliedDiscounts?.[0]?.coupon?.code).toBe('SAVE10');
    const totals = await shop.currentCart.estimateCurrentCartTotals();
    expect(totals.priceSummary).toMatchObject({
      subtotal: { amount: '48' },
      discount: { amount: '4.8', formattedAmount: '$4.80' },
      total: { amount: '43.2', formattedAmount: '$43.20' },
    });
    expect(totals.appliedDiscounts?.[0]?.coupon).toMatchObject({
      code: 'SAVE10',
      amount: { amount: '4.8' },
    });
    const v2 = await shop.currentCartV2.calculateCurrentCart();
    expect(v2.summary?.priceSummary?.total?.amount).toBe('43.2');
  });

  it('refuses unknown and expired codes; the same code again is a no-op', async () => {
    expect(await refusal(shop.currentCart.updateCurrentCart({ couponCode: 'NOPE' }))).toEqual([
      400,
      'ERROR_COUPON_DOES_NOT_EXIST',
    ]);
    expect(await refusal(shop.currentCart.updateCurrentCart({ couponCode: 'EXPIRED20' }))).toEqual([
      400,
      'ERROR_COUPON_HAS_EXPIRED',
    ]);
    const before = await shop.currentCart.getCurrentCart();
    expect((await shop.currentCart.updateCurrentCart({ couponCode: 'SAVE10' })).revision).toBe(
      before.revision,
    );
  });

  it('applies nothing of a PATCH whose coupon is refused', async () => {
    const before = await shop.currentCart.getCurrentCart();
    const fresh = createShopClient();
    await fresh.currentCart.addToCurrentCart({ lineItems: [v3Item(candle)] });
    const freshBefore = await fresh.currentCart.getCurrentCart();
    expect(
      await refusal(
        fresh.currentCart.updateCurrentCart({
          couponCode: 'NOPE',
          cartInfo: { buyerNote: 'never stored' },
          lineItems: [v3Item(breton, { Size: 'S' })],
        }),
      ),
    ).toEqual([400, 'ERROR_COUPON_DOES_NOT_EXIST']);
    expect(await fresh.currentCart.getCurrentCart()).toEqual(freshBefore);
    expect(await shop.currentCart.getCurrentCart()).toEqual(before);
  });

  it('removeCouponFromCurrentCart takes it off', async () => {
    const { cart } = await shop.currentCart.removeCouponFromCurrentCart();
    expect(cart?.appliedDiscounts).toEqual([]);
    expect(
      (await shop.currentCart.estimateCurrentCartTotals()).priceSummary?.discount?.amount,
    ).toBe('0');
  });
});
