// Sign-in keeps the cart (lib/wix/cart-merge.ts) against the emulator: the visitor's lines go to
// the member's cart once, whether or not Wix moved the cart itself at the token exchange.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { catalogReference } from '@/lib/cart/catalog-reference';
import { mintVisitorTokens } from '@/lib/wix/auth';
import { addToCart, getCart } from '@/lib/wix/cart';
import { keepCartAtSignIn } from '@/lib/wix/cart-merge';
import type { CartItemInput } from '@/lib/wix/cart-types';
import { catalogV3 } from '@/lib/wix/catalog-v3';
import { fromSdkTokens, toSdkTokens } from '@/lib/wix/client';
import type { SessionTokens } from '@/lib/wix/types';
import { createWixClient, loginAsDemo, startTestEmulator } from './helpers';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.WIX_API_URL = emulator.url;
  delete process.env.WIX_CLIENT_ID;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => emulator.close());

async function item(slug: string, quantity: number): Promise<CartItemInput> {
  const product = await catalogV3.getProductBySlug(slug);
  const variant = product?.variants.find((v) => v.inStock);
  if (!product || !variant) throw new Error(`no buyable ${slug}`);
  return { reference: catalogReference('v3', product.id, variant.id), quantity };
}

/** Signs the demo member in; `as` is the visitor who starts the sign-in, as the shop does. */
async function signInDemo(as?: SessionTokens): Promise<SessionTokens> {
  const client = createWixClient();
  if (as) client.auth.setTokens(toSdkTokens(as));
  return fromSdkTokens((await loginAsDemo(client)).tokens);
}

const setOutage = (down: boolean) =>
  fetch(`${emulator.url}/__emulator/outage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ down }),
  });

/** The next `count` calls under `path` fail with 503 (POST /__emulator/faults). */
const failNext = (count: number, path: string) =>
  fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ count, path }),
  });

describe('signing in keeps the visitor’s cart', () => {
  it('adds the visitor’s lines to the member’s cart and empties the visitor’s', async () => {
    const visitor = await mintVisitorTokens();
    await addToCart(visitor, [
      await item('roll-top-backpack', 1),
      await item('stoneware-coffee-mug', 3),
    ]);
    // Another browser's visitor starts the sign-in, so Wix cannot have moved this cart.
    const member = await signInDemo();
    const before = (await getCart(member)).count;
    expect(await keepCartAtSignIn(visitor, member)).toBe(before + 4);
    expect((await getCart(member)).count).toBe(before + 4);
    expect((await getCart(visitor)).count).toBe(0);
    // A second run (a retried callback) finds no visitor cart and adds nothing.
    expect(await keepCartAtSignIn(visitor, member)).toBe(before + 4);
  });

  it('adds nothing twice when the visitor who signs in is the one with the cart', async () => {
    const visitor = await mintVisitorTokens();
    await addToCart(visitor, [await item('leather-card-holder', 2)]);
    const other = await signInDemo();
    const before = (await getCart(other)).count;
    // The shop's own flow: the visitor's tokens start the sign-in (Wix may move the cart then).
    const member = await signInDemo(visitor);
    expect(await keepCartAtSignIn(visitor, member)).toBe(before + 2);
    expect((await getCart(member)).count).toBe(before + 2);
  });

  it('answers the member’s count when there is no visitor cart or no visitor', async () => {
    const member = await signInDemo();
    const count = (await getCart(member)).count;
    expect(await keepCartAtSignIn(await mintVisitorTokens(), member)).toBe(count);
    expect(await keepCartAtSignIn(undefined, member)).toBe(count);
    // Member tokens in the old session (signing in again) are not a visitor cart to move.
    expect(await keepCartAtSignIn(member, member)).toBe(count);
  });

  it('adds the lines once more when Wix answered 503 to the first try, instead of losing them', async () => {
    const visitor = await mintVisitorTokens();
    await addToCart(visitor, [await item('ceramic-bud-vase', 2)]);
    const member = await signInDemo();
    const before = (await getCart(member)).count;
    await failNext(1, '/ecom/v2/carts/current/add-line-items');
    try {
      expect(await keepCartAtSignIn(visitor, member)).toBe(before + 2);
    } finally {
      await failNext(0, '/');
    }
    expect((await getCart(member)).count).toBe(before + 2);
    expect((await getCart(visitor)).count).toBe(0);
  });

  it('gives up after the second 503, and leaves the visitor’s cart as it was', async () => {
    const visitor = await mintVisitorTokens();
    await addToCart(visitor, [await item('ceramic-bud-vase', 1)]);
    const member = await signInDemo();
    const before = (await getCart(member)).count;
    await failNext(2, '/ecom/v2/carts/current/add-line-items');
    try {
      expect(await keepCartAtSignIn(visitor, member)).toBe(before);
    } finally {
      await failNext(0, '/');
    }
    expect((await getCart(member)).count).toBe(before);
    expect((await getCart(visitor)).count).toBe(1);
  });

  it('never throws when Wix is down, and leaves the visitor’s cart as it was', async () => {
    const visitor = await mintVisitorTokens();
    await addToCart(visitor, [await item('alpaca-wrap-scarf', 1)]);
    const member = await signInDemo();
    await setOutage(true);
    try {
      expect(await keepCartAtSignIn(visitor, member)).toBeNull();
    } finally {
      await setOutage(false);
    }
    expect((await getCart(visitor)).count).toBe(1);
  });
});
