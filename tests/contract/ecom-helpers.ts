import { createClient, OAuthStrategy } from '@wix/sdk';
import { currentCart, currentCartV2, orders } from '@wix/ecom';
import { redirects } from '@wix/redirects';
import { members } from '@wix/members';
import { products, productsV3 } from '@wix/stores';
import { expect } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';
import type { RunningEmulator } from '@/emulator/server';
import { sdkError } from './stores-helpers';

export const STORES_APP_ID = '215238eb-22a5-4c36-9e7b-e7c08025e04e';
export const STORES_APP_ID_ALIAS = '1380b703-ce81-ff05-f115-39571d94dfcd';
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
