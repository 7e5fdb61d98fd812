import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/emulator/server';
import { loginAsDemo, startTestEmulator, tempDataDir, type WixClient } from './helpers';
import {
  createShopClient,
  GUID,
  refusal,
  seedProduct,
  v3Item,
  type SeedProduct,
  type ShopClient,
} from './ecom-helpers';

// What happens to a visitor's cart when they sign in: `keep` (default) and `--cart-at-sign-in move`.
let emulator: RunningEmulator;
afterAll(() => emulator.close());

/** A visitor with a cart, and a client holding that visitor's tokens to look at it afterwards. */
async function visitorWithCart(items: ReturnType<typeof v3Item>[]) {
  const shop = createShopClient();
  const { cart } = await shop.currentCartV2.addLineItemsToCurrentCart({ catalogItems: items });
  const asVisitor = createShopClient();
  asVisitor.auth.setTokens(shop.auth.getTokens());
  return { shop, visitorCart: cart, asVisitor };
}

const signIn = (shop: ShopClient) => loginAsDemo(shop as unknown as WixClient);

describe('keep (the default)', () => {
  it('leaves the visitor’s cart with the visitor; the member starts without one', async () => {
    emulator = await startTestEmulator();
    const candle = await seedProduct(emulator, 'hand-poured-soy-candle');
    const { shop, visitorCart, asVisitor } = await visitorWithCart([v3Item(candle, {}, 2)]);
    await signIn(shop);
    expect(await refusal(shop.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
    const kept = await asVisitor.currentCartV2.getCurrentCart();
    expect(kept.cart?._id).toBe(visitorCart?._id);
    expect(kept.cart?.lineItems?.[0]?.quantityInfo?.requestedQuantity).toBe(2);
  });
});

describe('move', () => {
  let candle: SeedProduct;
  let shirt: SeedProduct;
  let memberCartId = '';

  it('moves the cart to a member who has none: same id, now the member’s', async () => {
    const port = emulator.port;
    await emulator.close();
    // Same port: the reroute installed for this file keeps pointing at it.
    emulator = await startEmulator({
      port,
      dataDir: await tempDataDir(),
      log: false,
      cartAtSignIn: 'move',
    });
    candle = await seedProduct(emulator, 'hand-poured-soy-candle');
    shirt = await seedProduct(emulator, 'classic-linen-shirt');
    const { shop, visitorCart, asVisitor } = await visitorWithCart([v3Item(candle, {}, 2)]);
    await shop.currentCartV2.addCouponToCurrentCart({ code: 'SAVE10' });
    await signIn(shop);
    const { cart } = await shop.currentCartV2.getCurrentCart();
    memberCartId = cart?._id ?? '';
    expect(memberCartId).toBe(visitorCart?._id);
    expect(cart?.customerInfo?.memberId).toMatch(GUID);
    expect(cart?.customerInfo?.visitorId).toBeUndefined();
    expect(cart?.coupons?.[0]?.code).toBe('SAVE10');
    expect(Number(cart?.revision)).toBeGreaterThan(Number(visitorCart?.revision));
    expect(await refusal(asVisitor.currentCartV2.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
  });

  it('merges into the member’s cart (same item: quantities added) and deletes the visitor’s', async () => {
    const { shop, asVisitor } = await visitorWithCart([
      v3Item(candle, {}, 3),
      v3Item(shirt, { Size: 'M', Color: 'Sky' }, 1),
    ]);
    await signIn(shop);
    const { cart } = await shop.currentCartV2.getCurrentCart();
    expect(cart?._id).toBe(memberCartId);
    expect(
      cart?.lineItems?.map((l) => [l.name?.original, l.quantityInfo?.requestedQuantity]),
    ).toEqual([
      ['Hand-Poured Soy Candle', 5],
      ['Classic Linen Shirt', 1],
    ]);
    expect(await refusal(asVisitor.currentCart.getCurrentCart())).toEqual([
      404,
      'OWNED_CART_NOT_FOUND',
    ]);
  });

  it('does nothing for a visitor without a cart', async () => {
    const shop = createShopClient();
    await shop.auth.generateVisitorTokens();
    await signIn(shop);
    const { cart } = await shop.currentCartV2.getCurrentCart();
    expect(cart?._id).toBe(memberCartId);
    expect(cart?.lineItems).toHaveLength(2);
  });
});
