import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';
import {
  checkoutUrl,
  createShopClient,
  refusal,
  seedProduct,
  submitCheckout,
  v3Item,
} from './ecom-helpers';

// Carts, checkouts, orders and the order counter live in state.json and survive a restart.
let emulator: RunningEmulator;
afterAll(() => emulator.close());

// Same port: the reroute installed for this file keeps pointing at it.
async function restart() {
  await emulator.close();
  emulator = await startEmulator({ port: emulator.port, dataDir: emulator.dataDir, log: false });
}

describe('a restart on the same data dir', () => {
  const shopper = createShopClient();
  const buyer = createShopClient();

  it('keeps carts (revision, coupon, checkout id), orders, stock and the order number', async () => {
    emulator = await startTestEmulator();
    const candle = await seedProduct(emulator, 'hand-poured-soy-candle');
    await buyer.currentCartV2.addLineItemsToCurrentCart({ catalogItems: [v3Item(candle, {}, 3)] });
    const cartId = (await buyer.currentCartV2.getCurrentCart()).cart?._id ?? '';
    const placed = await submitCheckout(await checkoutUrl(buyer, cartId));
    const orderId = new URL(placed.headers.get('location') ?? '').searchParams.get('orderId') ?? '';
    await shopper.currentCart.addToCurrentCart({ lineItems: [v3Item(candle, {}, 2)] });
    await shopper.currentCart.updateCurrentCart({ couponCode: 'SAVE10' });
    const { checkoutId } = await shopper.currentCart.createCheckoutFromCurrentCart({
      channelType: 'WEB',
    });
    const before = await shopper.currentCartV2.getCurrentCart();

    await restart();

    expect(await shopper.currentCartV2.getCurrentCart()).toEqual(before);
    const again = await shopper.currentCart.createCheckoutFromCurrentCart({ channelType: 'WEB' });
    expect(again.checkoutId).toBe(checkoutId);
    expect((await buyer.orders.getOrder(orderId)).number).toBe('10001');
    expect(await refusal(buyer.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
    expect((await seedProduct(emulator, 'hand-poured-soy-candle')).variants[0]?.quantity).toBe(9);
    const next = await submitCheckout(await checkoutUrl(shopper, checkoutId ?? ''));
    const nextId = new URL(next.headers.get('location') ?? '').searchParams.get('orderId') ?? '';
    expect((await shopper.orders.getOrder(nextId)).number).toBe('10002');
  });

  it('gives a state file written before eCom existed the seeded coupons', async () => {
    await emulator.close();
    const file = path.join(emulator.dataDir, 'state.json');
    const state = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    delete state.ecom;
    await writeFile(file, JSON.stringify(state));
    emulator = await startEmulator({ port: emulator.port, dataDir: emulator.dataDir, log: false });
    const candle = await seedProduct(emulator, 'hand-poured-soy-candle');
    expect(await refusal(shopper.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
    await shopper.currentCartV2.addLineItemsToCurrentCart({ catalogItems: [v3Item(candle)] });
    const { cart } = await shopper.currentCartV2.addCouponToCurrentCart({ code: 'SAVE10' });
    expect(cart?.coupons?.[0]?.code).toBe('SAVE10');
  });
});
