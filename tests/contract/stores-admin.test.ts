import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { NOT_API } from '@/emulator/http/latency';
import { startTestEmulator } from './helpers';
import { createStoresClient } from './stores-helpers';

const SECRET = 'test-revalidate-secret';
const LATENCY_MS = 120;
let emulator: RunningEmulator;
let receiver: http.Server;
const received: { secret: string | undefined; body: Record<string, unknown> }[] = [];
let answerStatus = 200;
const client = createStoresClient();

beforeAll(async () => {
  // Stands in for the storefront's POST /api/revalidate.
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({
        secret: req.headers['x-revalidate-secret'] as string,
        body: JSON.parse(body),
      });
      res.writeHead(answerStatus, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  emulator = await startTestEmulator({
    revalidateUrl: `http://127.0.0.1:${port}/api/revalidate`,
    revalidateSecret: SECRET,
    latencyMs: LATENCY_MS,
  });
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const admin = (slug: string, body: unknown) =>
  fetch(`${emulator.url}/__emulator/catalog/products/${slug}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const priceOf = async (slug: string) => {
  const { product } = await client.productsV3.getProductBySlug(slug);
  return product?.actualPriceRange?.minValue?.amount;
};

describe('changing the catalog while running', () => {
  it('shows a new price on the next read and tells the storefront', async () => {
    expect(await priceOf('oxford-button-down-shirt')).toBe('65');
    const before = (await client.productsV3.getProductBySlug('oxford-button-down-shirt')).product;
    received.length = 0;
    const res = await admin('oxford-button-down-shirt', { price: 49.5 });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer).toMatchObject({ changes: ['price'], webhook: { status: 200 } });
    expect(await priceOf('oxford-button-down-shirt')).toBe('49.5');
    const after = (await client.productsV3.getProductBySlug('oxford-button-down-shirt')).product;
    expect(after?._updatedDate?.getTime()).toBeGreaterThan(before?._updatedDate?.getTime() ?? 0);
    expect(received).toHaveLength(1);
    expect(received[0]?.secret).toBe(SECRET);
    expect(received[0]?.body).toMatchObject({
      eventType: 'wix.stores.catalog.v3.product_updated',
      catalogVersion: 'V3_CATALOG',
      entityId: before?._id,
      slug: 'oxford-button-down-shirt',
      changes: ['price'],
    });
    expect((received[0]?.body.collectionIds as string[]).length).toBe(2);
  });

  it('takes a variant out of stock and hides a product', async () => {
    const { product } = await client.productsV3.getProductBySlug('relaxed-linen-trousers');
    const variantId = product?.variantsInfo?.variants?.[1]?._id;
    await admin('relaxed-linen-trousers', { stock: { variantId, inStock: false } });
    const updated = (await client.productsV3.getProductBySlug('relaxed-linen-trousers')).product;
    expect(updated?.inventory?.availabilityStatus).toBe('PARTIALLY_OUT_OF_STOCK');
    expect(updated?.variantsInfo?.variants?.[1]?.inventoryStatus?.inStock).toBe(false);
    await admin(product?._id ?? '', { visible: false });
    const search = await client.productsV3.searchProducts({ search: { expression: 'trousers' } });
    expect(search.products?.map((p) => p.slug)).not.toContain('relaxed-linen-trousers');
    expect(search.products?.length).toBeGreaterThan(0);
  });

  it('refuses bad bodies and unknown products', async () => {
    expect((await admin('oxford-button-down-shirt', { price: 'cheap' })).status).toBe(400);
    expect(
      (await admin('oxford-button-down-shirt', { stock: { variantId: 'x', inStock: true } }))
        .status,
    ).toBe(400);
    expect((await admin('no-such-product', { price: 1 })).status).toBe(404);
  });

  it('lists the collections with their visibility and product counts', async () => {
    const { collections } = await (
      await fetch(`${emulator.url}/__emulator/catalog/collections`)
    ).json();
    expect(collections).toHaveLength(10);
    expect(collections.filter((c: { visible: boolean }) => !c.visible)).toEqual([
      expect.objectContaining({ slug: 'hidden-homepage-featured-items', numberOfProducts: 6 }),
      expect.objectContaining({ slug: 'hidden-homepage-carousel', numberOfProducts: 6 }),
    ]);
  });

  it('survives a storefront that answers with an error', async () => {
    answerStatus = 500;
    const res = await admin('ceramic-bud-vase', { price: 30 });
    answerStatus = 200;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ webhook: { status: 500 } });
    expect(await priceOf('ceramic-bud-vase')).toBe('30');
  });
});

describe('benchmark support', () => {
  it('delays Wix API answers but not media or emulator routes', async () => {
    await client.catalogVersioning.getCatalogVersion(); // token fetched outside the measurement
    const started = performance.now();
    await client.catalogVersioning.getCatalogVersion();
    expect(performance.now() - started).toBeGreaterThanOrEqual(LATENCY_MS - 5);
    // Which paths are spared is checked by name, not by a clock (a busy machine is slow anyway).
    for (const path of ['/__emulator/health', '/media/emu-ceramic-bud-vase-2.png', '/_wix/login']) {
      expect(
        NOT_API.some((pattern) => pattern.test(path)),
        path,
      ).toBe(true);
    }
    expect(NOT_API.some((pattern) => pattern.test('/stores/v3/products/search'))).toBe(false);
  });

  it('counts catalog calls per path', async () => {
    await fetch(`${emulator.url}/__emulator/stats/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await client.productsV3.searchProducts({});
    await client.productsV3.searchProducts({});
    await client.categories.getCategoryBySlug('shoes', { appNamespace: '@wix/stores' });
    const stats = await (await fetch(`${emulator.url}/__emulator/stats`)).json();
    expect(stats.catalog).toEqual({
      total: 3,
      byPath: { '/stores/v3/products/search': 2, '/categories/v1/categories/slug/shoes': 1 },
    });
  });
});
