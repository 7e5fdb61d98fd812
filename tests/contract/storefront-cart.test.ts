// The storefront's own cart code (lib/wix/cart.ts, checkout.ts, cart-merge.ts) against the
// emulator through the real SDK, as the cart page and its server actions use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { catalogReference } from '@/lib/cart/catalog-reference';
import { mintVisitorTokens } from '@/lib/wix/auth';
import {
  addToCart,
  applyCouponCode,
  deleteCart,
  getCart,
  removeCartLine,
  removeCouponCode,
  updateCartLineQuantity,
} from '@/lib/wix/cart';
import { CartError } from '@/lib/wix/cart-errors';
import type { Cart, CartItemInput } from '@/lib/wix/cart-types';
import { catalogV3 } from '@/lib/wix/catalog-v3';
import type { SessionTokens } from '@/lib/wix/types';
import { startTestEmulator } from './helpers';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.WIX_API_URL = emulator.url;
  delete process.env.WIX_CLIENT_ID;
});
afterAll(() => emulator.close());

/** A line for a product of the seeded V3 catalog, chosen as the variant picker would. */
async function item(
  slug: string,
  choices: Record<string, string> = {},
  quantity = 1,
): Promise<CartItemInput> {
  const product = await catalogV3.getProductBySlug(slug);
  if (!product) throw new Error(`no product ${slug}`);
  const variant = product.variants.find((v) =>
    Object.entries(choices).every(([name, value]) => v.choices[name] === value),
  );
  if (!variant) throw new Error(`${slug} has no variant ${JSON.stringify(choices)}`);
  return { reference: catalogReference('v3', product.id, variant.id), quantity };
}

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => (error instanceof CartError ? error : null),
  );

const lineNamed = (cart: Cart, name: string) => cart.lines.find((l) => l.name === name);

describe('a shopper’s cart through lib/wix/cart', () => {
  let shopper: SessionTokens;
  beforeAll(async () => {
    shopper = await mintVisitorTokens();
  });

  it('is empty, without an error, before the first add', async () => {
    expect(await getCart(shopper)).toMatchObject({ id: null, lines: [], count: 0 });
  });

  it('adds lines with Wix’s names, options, images and formatted prices', async () => {
    const cart = await addToCart(shopper, [
      await item('organic-cotton-tee', { Size: 'S', Color: 'Cream' }),
    ]);
    expect(cart.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(cart.count).toBe(1);
    const tee = lineNamed(cart, 'Organic Cotton Tee');
    expect(tee).toMatchObject({
      slug: 'organic-cotton-tee',
      options: [
        { name: 'Size', value: 'S' },
        { name: 'Color', value: 'Cream' },
      ],
      requestedQuantity: 1,
      unitPrice: '$25.00',
      linePrice: '$25.00',
      availability: 'in-stock',
      onlyLeft: null,
    });
    expect(tee?.image?.url).toMatch(new RegExp(`^${emulator.url}/media/`));
    // One Wix call: the add's own answer, whose subtotal the drawer shows.
    expect(cart.totals).toBeNull();
    expect(cart.subtotal).toBe('$25.00');
    expect((await getCart(shopper)).totals).toEqual({
      subtotal: '$25.00',
      discount: null,
      total: '$25.00',
    });
  });

  it('adds the same variant to its line, another variant as a line of its own', async () => {
    await addToCart(shopper, [await item('organic-cotton-tee', { Size: 'S', Color: 'Cream' })]);
    const cart = await addToCart(shopper, [
      await item('organic-cotton-tee', { Size: 'M', Color: 'Black' }),
      await item('stoneware-coffee-mug', { Color: 'Forest' }, 2),
    ]);
    expect(cart.lines).toHaveLength(3);
    expect(cart.count).toBe(5);
    const cream = cart.lines.find((l) => l.options.some((o) => o.value === 'Cream'));
    expect(cream).toMatchObject({ requestedQuantity: 2, linePrice: '$50.00' });
  });

  it('changes a quantity and removes a line', async () => {
    const before = await getCart(shopper);
    const mug = lineNamed(before, 'Stoneware Coffee Mug')!;
    const changed = await updateCartLineQuantity(shopper, mug.id, 3);
    expect(lineNamed(changed, 'Stoneware Coffee Mug')?.requestedQuantity).toBe(3);
    expect(changed.count).toBe(before.count + 1);
    const removed = await removeCartLine(shopper, mug.id);
    expect(lineNamed(removed, 'Stoneware Coffee Mug')).toBeUndefined();
    expect(removed.count).toBe(3);
  });

  it('refuses a promo code with Wix’s reason, applies and removes a good one', async () => {
    const expired = await failureOf(applyCouponCode(shopper, 'EXPIRED20'));
    expect(expired).toMatchObject({ failure: 'refused' });
    expect(expired?.reason).toMatch(/expired/i);
    expect((await getCart(shopper)).coupon).toBeNull();

    const saved = await applyCouponCode(shopper, 'SAVE10');
    expect(saved.coupon?.code).toBe('SAVE10');
    // Three tees at $25: 10% off, as Wix computes and formats it.
    expect(saved.totals).toEqual({ subtotal: '$75.00', discount: '$7.50', total: '$67.50' });
    const plain = await removeCouponCode(shopper, saved.coupon!.id);
    expect(plain.coupon).toBeNull();
    expect(plain.totals).toEqual({ subtotal: '$75.00', discount: null, total: '$75.00' });
  });

  it('says "only N left" when Wix confirms less than asked', async () => {
    const other = await mintVisitorTokens();
    // Size L of the selvedge jeans has 8 in stock.
    const cart = await addToCart(other, [await item('selvedge-straight-jeans', { Size: 'L' }, 9)]);
    expect(cart.lines[0]).toMatchObject({
      requestedQuantity: 9,
      confirmedQuantity: 8,
      availability: 'partial',
      onlyLeft: 8,
    });
  });

  it('refuses changes to lines that are not in the cart', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await failureOf(removeCartLine(shopper, missing))).toMatchObject({
      failure: 'refused',
    });
    expect(await failureOf(updateCartLineQuantity(shopper, missing, 2))).toMatchObject({
      failure: 'refused',
    });
  });

  it('keeps every shopper’s cart to themselves', async () => {
    const stranger = await mintVisitorTokens();
    expect((await getCart(stranger)).count).toBe(0);
  });

  it('deletes the cart; deleting a cart that is gone is no error', async () => {
    await deleteCart(shopper);
    expect(await getCart(shopper)).toMatchObject({ id: null, count: 0 });
    await expect(deleteCart(shopper)).resolves.toBeUndefined();
  });
});

describe('when Wix is down', () => {
  const setOutage = (down: boolean) =>
    fetch(`${emulator.url}/__emulator/outage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ down }),
    });
  const cartCalls = async () => {
    const stats = (await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as {
      requests: { byPath: Record<string, number> };
    };
    return Object.entries(stats.requests.byPath)
      .filter(([path]) => path.startsWith('/ecom/v2/carts/current'))
      .reduce((sum, [, n]) => sum + n, 0);
  };

  it('classifies the failure, retries a read once and never retries a change', async () => {
    const shopper = await mintVisitorTokens();
    const mug = await item('stoneware-coffee-mug', { Color: 'Cream' });
    await addToCart(shopper, [mug]);
    await fetch(`${emulator.url}/__emulator/stats/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await setOutage(true);
    try {
      expect(await failureOf(getCart(shopper))).toMatchObject({ failure: 'unavailable' });
      expect(await cartCalls()).toBe(2);
      expect(await failureOf(addToCart(shopper, [mug]))).toMatchObject({
        failure: 'unavailable',
      });
      expect(await cartCalls()).toBe(3);
    } finally {
      await setOutage(false);
    }
    // Nothing was lost, nothing was added twice.
    expect((await getCart(shopper)).count).toBe(1);
  });
});
