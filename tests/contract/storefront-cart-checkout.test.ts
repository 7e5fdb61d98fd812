// The storefront's checkout hand-off (lib/wix/checkout.ts) and thank-you read (lib/wix/orders.ts)
// against the emulator's hosted checkout, through the real SDK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { catalogReference } from '@/lib/cart/catalog-reference';
import { isWixManagedPage } from '@/lib/wix-pages';
import { mintVisitorTokens } from '@/lib/wix/auth';
import { addToCart, getCart } from '@/lib/wix/cart';
import { catalogV3 } from '@/lib/wix/catalog-v3';
import { createCheckoutRedirect } from '@/lib/wix/checkout';
import { getOrder } from '@/lib/wix/orders';
import type { SessionTokens } from '@/lib/wix/types';
import { BUYER, submitCheckout } from './ecom-helpers';
import { startTestEmulator } from './helpers';

const SITE = 'http://localhost:3000';
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
  process.env.WIX_API_URL = emulator.url;
  process.env.SITE_URL = SITE;
  delete process.env.WIX_CLIENT_ID;
});
afterAll(() => emulator.close());

async function reference(slug: string, choices: Record<string, string> = {}) {
  const product = await catalogV3.getProductBySlug(slug);
  const variant = product?.variants.find((v) =>
    Object.entries(choices).every(([name, value]) => v.choices[name] === value),
  );
  if (!product || !variant) throw new Error(`no ${slug} ${JSON.stringify(choices)}`);
  return catalogReference('v3', product.id, variant.id);
}

describe('checkout and the thank-you page', () => {
  let buyer: SessionTokens;
  let pageUrl = '';
  let orderId = '';

  beforeAll(async () => {
    buyer = await mintVisitorTokens();
  });

  it('hands the cart to Wix’s hosted checkout, with callbacks from SITE_URL', async () => {
    const cart = await addToCart(buyer, [
      { reference: await reference('hand-poured-soy-candle'), quantity: 2 },
      {
        reference: await reference('organic-cotton-tee', { Size: 'M', Color: 'Black' }),
        quantity: 1,
      },
    ]);
    const url = await createCheckoutRedirect(buyer, cart.id!);
    expect(isWixManagedPage(url)).toBe(true);
    pageUrl = url!;
    const page = await (await fetch(pageUrl)).text();
    expect(page).toContain('Hand-Poured Soy Candle');
    // "Back to cart" is Wix's way back to the shop: the cartPageUrl the shop sent.
    expect(page).toContain(`href="${SITE}/cart?wixMemberLoggedIn=false"`);
  });

  it('comes back to <SITE_URL>/thank-you with the order id, and the cart is empty after', async () => {
    const res = await submitCheckout(pageUrl);
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${SITE}/thank-you`);
    orderId = location.searchParams.get('orderId') ?? '';
    expect(orderId).not.toBe('');
    expect(await getCart(buyer)).toMatchObject({ lines: [], count: 0 });
  });

  it('reads the order for its buyer, reshaped with Wix’s formatted money', async () => {
    const order = await getOrder(buyer, orderId);
    expect(order?.number).toMatch(/^\d+$/);
    expect(order?.lines.map((l) => [l.name, l.quantity])).toEqual([
      ['Hand-Poured Soy Candle', 2],
      ['Organic Cotton Tee', 1],
    ]);
    expect(order?.lines[1]?.options).toEqual([
      { name: 'Size', value: 'M' },
      { name: 'Color', value: 'Black' },
    ]);
    expect(order?.totals.total).toMatch(/^\$\d[\d,]*\.\d\d$/);
    expect(order?.shippingAddress?.lines).toContain(BUYER.address);
    expect(order?.buyer).toEqual({
      name: `${BUYER.firstName} ${BUYER.lastName}`,
      email: BUYER.email,
    });
  });

  it('answers null for someone else’s order and for an unknown one, alike', async () => {
    expect(await getOrder(await mintVisitorTokens(), orderId)).toBeNull();
    expect(await getOrder(buyer, '8a0c2f52-5d61-4d4c-9b1e-0d8a2a8f1c11')).toBeNull();
  });
});
