import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, OAuthStrategy } from '@wix/sdk';
import { currentCart, currentCartV2, orders } from '@wix/ecom';
import { redirects } from '@wix/redirects';
import { members } from '@wix/members';
import { products, productsV3 } from '@wix/stores';
import { expect } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import type { RunningEmulator } from '@/emulator/server';
import { sdkError } from './stores-helpers';

import { WIX_STORES_APP_DEF_ID, WIX_STORES_APP_ID } from '@/lib/wix-app-ids';

export const STORES_APP_ID = WIX_STORES_APP_ID;
export const STORES_APP_ID_ALIAS = WIX_STORES_APP_DEF_ID;
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A shopper's client: carts, orders, redirects and the catalog, with visitor tokens at first use. */
export const createShopClient = () =>
  createClient({
    modules: { currentCartV2, currentCart, orders, redirects, members, products, productsV3 },
    auth: OAuthStrategy({ clientId: EMULATOR_CLIENT_ID }),
  });

export type ShopClient = ReturnType<typeof createShopClient>;

export interface SeedVariant {
  id: string;
  choices: Record<string, string>;
  price: number;
  inStock: boolean;
  quantity: number | null;
}
export interface SeedProduct {
  id: string;
  slug: string;
  name: string;
  variants: SeedVariant[];
}

/** The emulator's own view of a product (ids, variants, stock), not a Wix API. */
export async function seedProduct(emulator: RunningEmulator, slug: string): Promise<SeedProduct> {
  const res = await fetch(`${emulator.url}/__emulator/catalog/products/${slug}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { product: SeedProduct }).product;
}

export function variantOf(product: SeedProduct, choices: Record<string, string> = {}): SeedVariant {
  const found = product.variants.find((v) =>
    Object.entries(choices).every(([k, value]) => v.choices[k] === value),
  );
  if (!found) throw new Error(`${product.slug} has no variant ${JSON.stringify(choices)}`);
  return found;
}

/** A Catalog V3 line: the variant id always goes in options. */
export function v3Item(
  product: SeedProduct,
  choices: Record<string, string> = {},
  quantity = 1,
  extra: Record<string, unknown> = {},
) {
  const variantId = variantOf(product, choices).id;
  return {
    catalogReference: {
      appId: STORES_APP_ID,
      catalogItemId: product.id,
      options: { variantId, ...extra },
    },
    quantity,
  };
}

/** Changes stock through the emulator's merchant route, as a shop owner would. */
export async function setStock(
  emulator: RunningEmulator,
  slug: string,
  stock: { variantId?: string; quantity?: number; inStock?: boolean },
) {
  const res = await fetch(`${emulator.url}/__emulator/catalog/products/${slug}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ stock }),
  });
  expect(res.status).toBe(200);
}

/** `[status, applicationError.code]` of a call that must fail. */
export async function refusal(call: Promise<unknown>) {
  const error = await sdkError(call);
  return [error.status, error.details?.applicationError?.code];
}

export { sdkError };

export const SHOP = 'http://localhost:3000';
export const CALLBACKS = {
  thankYouPageUrl: `${SHOP}/thank-you?from=wix`,
  postFlowUrl: `${SHOP}/`,
  cartPageUrl: `${SHOP}/cart`,
};

/** The storefront's hand-off: a redirect session for this checkout (or Cart V2 cart) id. */
export async function checkoutUrl(
  shop: ShopClient,
  checkoutId: string,
  callbacks: Record<string, string> = CALLBACKS,
): Promise<string> {
  const { redirectSession } = await shop.redirects.createRedirectSession({
    ecomCheckout: { checkoutId },
    callbacks,
  });
  expect(redirectSession?.fullUrl).toMatch(/\/_wix\/checkout\?session=/);
  return redirectSession?.fullUrl ?? '';
}

/** A hosted page's HTML without the whitespace between tags, for plain `toContain` checks. */
export const flatHtml = async (res: Response) => (await res.text()).replace(/>\s+</g, '><');

/** The hidden fields of the page's Checkout form (session, revision, quantities shown). */
export function hiddenFields(page: string): Record<string, string> {
  const form = page.slice(page.indexOf('action="/_wix/checkout/place-order"'));
  const fields = form
    .slice(0, form.indexOf('</form>'))
    .matchAll(/type="hidden" name="([^"]+)" value="([^"]*)"/g);
  return Object.fromEntries([...fields].map((m) => [m[1] ?? '', m[2] ?? '']));
}

export const BUYER = {
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  address: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'United Kingdom',
};

/** Opens the hosted checkout and submits its form as a shopper would (no redirect followed). */
export async function submitCheckout(
  pageUrl: string,
  fields: Record<string, string> = BUYER,
  payment: 'success' | 'declined' = 'success',
) {
  const page = await fetch(pageUrl);
  expect(page.status).toBe(200);
  const hidden = hiddenFields(await page.text());
  return fetch(new URL('/_wix/checkout/place-order', pageUrl), {
    method: 'POST',
    body: new URLSearchParams({ ...hidden, ...fields, payment }),
    redirect: 'manual',
  });
}

/** A local stand-in for the storefront's revalidation endpoint; records what it is sent. */
export async function startRevalidationServer() {
  const received: { changes: string[]; slug: string; entityId: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body) as (typeof received)[number]);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/revalidate`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
