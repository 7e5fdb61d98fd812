import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/emulator/server';
import { FAILURES_TO_OPEN, FIRST_PAUSE_MS } from '@/lib/wix/circuit-breaker';
import { classifyCallError } from '@/lib/wix/errors';
import { installWixTransport } from '@/lib/wix/reroute';
import { getServices } from '@/lib/wix/services';
import { RETRY_JITTER_MS } from '@/lib/wix/retry-policy';
import { createShopClient, seedProduct, v3Item, type SeedProduct } from './ecom-helpers';
import { tempDataDir } from './helpers';
import { sdkError } from './stores-helpers';

// The storefront's Wix transport (lib/wix/reroute.ts) against the emulator, through the real
// SDK: retries of reads, never of changes, and a circuit breaker per Wix API. Its clock is
// this file's, so the breaker's pause passes without waiting.
vi.mock('next/cache', () => ({ unstable_cache: (fn: unknown) => fn }));

let emulator: RunningEmulator;
let now = Date.parse('2026-03-01T12:00:00Z');
const pauses: number[] = [];
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
let mug: SeedProduct;
const shop = createShopClient();

const control = (path: string, body: unknown) =>
  fetch(`${emulator.url}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Wix API calls that reached the emulator, by path prefix. */
async function calls(prefix: string): Promise<number> {
  const stats = (await (await fetch(`${emulator.url}/__emulator/stats`)).json()) as {
    requests: { byPath: Record<string, number> };
  };
  return Object.entries(stats.requests.byPath)
    .filter(([path]) => path.startsWith(prefix))
    .reduce((sum, [, n]) => sum + n, 0);
}

const readProducts = () => shop.productsV3.queryProducts().limit(1).find();
const breakerLines = () =>
  warn.mock.calls
    .map((args) => String(args[0]))
    .filter((line) => /^\[storefront\] Wix \S+ API: /.test(line));

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dataDir: await tempDataDir(), log: false });
  process.env.WIX_API_URL = emulator.url;
  delete process.env.WIX_CLIENT_ID;
  installWixTransport(emulator.url, {
    now: () => now,
    sleep: async (ms) => {
      pauses.push(ms);
    },
  });
  mug = await seedProduct(emulator, 'stoneware-coffee-mug');
  // Visitor tokens first, so token grants are not part of what the tests count.
  expect((await readProducts()).items).toHaveLength(1);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  pauses.length = 0;
  warn.mockClear();
  await control('faults', {});
});

describe('reads', () => {
  it('are sent again after a jittered pause when Wix fails once, and succeed', async () => {
    const before = await calls('/stores/');
    await control('faults', { count: 1, status: 503, path: '/stores/' });
    expect((await readProducts()).items).toHaveLength(1);
    expect((await calls('/stores/')) - before).toBe(2);
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toBeGreaterThanOrEqual(RETRY_JITTER_MS.min);
    expect(pauses[0]).toBeLessThan(RETRY_JITTER_MS.max);
  });

  it('wait the Retry-After Wix asks for, or fail at once when it asks too much', async () => {
    await control('faults', { count: 1, status: 429, retryAfter: 1, path: '/stores/' });
    expect((await readProducts()).items).toHaveLength(1);
    expect(pauses).toEqual([1000]);

    const before = await calls('/stores/');
    await control('faults', { count: 1, status: 429, retryAfter: 30, path: '/stores/' });
    const error = await sdkError(readProducts());
    expect(error.status).toBe(429);
    expect((await calls('/stores/')) - before).toBe(1);
    // Back to a good answer: the run of failures is over.
    expect((await readProducts()).items).toHaveLength(1);
  });
});

describe('changes', () => {
  it('are sent exactly once, so nothing is added twice', async () => {
    const before = await calls('/ecom/');
    await control('faults', { count: 1, status: 503, path: '/ecom/' });
    const error = await sdkError(
      shop.currentCartV2.addLineItemsToCurrentCart({ catalogItems: [v3Item(mug)] }),
    );
    expect(classifyCallError(error)).toBe('unavailable');
    expect((await calls('/ecom/')) - before).toBe(1);
    const { cart } = await shop.currentCartV2.addLineItemsToCurrentCart({
      catalogItems: [v3Item(mug)],
    });
    expect(cart?.lineItems?.map((line) => line.quantityInfo?.requestedQuantity)).toEqual([1]);
  });
});

describe('the circuit breaker', () => {
  it('opens after repeated failures: calls fail at once, Wix is not called, one log line', async () => {
    expect((await control('outage', { down: true })).status).toBe(200);
    const before = await calls('/stores/');
    // Each read is tried twice and counts once.
    for (let i = 0; i < FAILURES_TO_OPEN; i++) {
      expect((await sdkError(readProducts())).status).toBe(503);
    }
    expect((await calls('/stores/')) - before).toBe(2 * FAILURES_TO_OPEN);
    expect(breakerLines()).toEqual([
      '[storefront] Wix stores API: circuit open after 5 failed calls in a row (last: HTTP 503); its calls fail at once for 5 s',
    ]);

    for (let i = 0; i < 3; i++) {
      const error = await sdkError(readProducts());
      expect(classifyCallError(error)).toBe('unavailable');
      expect(error.details?.applicationError?.code).toBe('SERVICE_UNAVAILABLE');
    }
    expect((await calls('/stores/')) - before).toBe(2 * FAILURES_TO_OPEN);
    expect(breakerLines()).toHaveLength(1);

    // Another Wix API is still called.
    const ecom = await calls('/ecom/');
    await sdkError(shop.currentCartV2.getCurrentCart());
    expect(await calls('/ecom/')).toBeGreaterThan(ecom);
  });

  it('stays open until its pause is over, then one probe closes it once Wix is back', async () => {
    await control('outage', { down: false });
    const before = await calls('/stores/');
    now += FIRST_PAUSE_MS - 1;
    expect((await sdkError(readProducts())).status).toBe(503);
    expect(await calls('/stores/')).toBe(before);

    now += 1;
    expect((await readProducts()).items).toHaveLength(1);
    expect((await calls('/stores/')) - before).toBe(1);
    expect(breakerLines()).toEqual([
      '[storefront] Wix stores API: circuit half-open, one probe call goes through',
      '[storefront] Wix stores API: probe answered, circuit closed after 5 s',
    ]);
    expect((await readProducts()).items).toHaveLength(1);
  });

  it('opens again for longer when the probe fails', async () => {
    await control('outage', { down: true });
    for (let i = 0; i < FAILURES_TO_OPEN; i++) await sdkError(readProducts());
    now += FIRST_PAUSE_MS;
    const before = await calls('/stores/');
    expect((await sdkError(readProducts())).status).toBe(503);
    // The probe went to Wix, alone: its failure is not retried.
    expect((await calls('/stores/')) - before).toBe(1);
    expect(breakerLines().at(-1)).toBe(
      '[storefront] Wix stores API: probe failed (HTTP 503), circuit open again for 10 s',
    );
    await control('outage', { down: false });
    now += 2 * FIRST_PAUSE_MS;
    expect((await readProducts()).items).toHaveLength(1);
  });
});

describe('a page while a circuit is open', () => {
  it('answers from the last good answer at once, without calling Wix', async () => {
    const services = await getServices();
    expect(services.length).toBeGreaterThan(0);
    await control('outage', { down: true });
    try {
      // Reads until the bookings circuit opens; each one answers the last good list.
      for (let i = 0; i < FAILURES_TO_OPEN; i++) {
        expect(await getServices()).toEqual(services);
      }
      expect(breakerLines().at(-1)).toMatch(/Wix bookings API: circuit open/);
      const before = await calls('/_api/bookings/');
      expect(await getServices()).toEqual(services);
      expect(await calls('/_api/bookings/')).toBe(before);
    } finally {
      await control('outage', { down: false });
    }
  });
});

describe('POST /__emulator/faults', () => {
  it('reports its plan and refuses a bad one with a clear message', async () => {
    const set = await control('faults', { rate: 0.01, status: 500 });
    expect(await set.json()).toMatchObject({ count: 0, rate: 0.01, status: 500, injected: 0 });
    const bad = await control('faults', { status: 404 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('"status"');
    const current = await fetch(`${emulator.url}/__emulator/faults`);
    expect(await current.json()).toMatchObject({ rate: 0.01, status: 500 });
  });

  it('fails every Wix call at rate 1 and none at rate 0', async () => {
    await control('faults', { rate: 1, status: 500, path: '/ecom/' });
    expect((await sdkError(shop.currentCartV2.getCurrentCart())).status).toBe(500);
    const plan = await fetch(`${emulator.url}/__emulator/faults`);
    // A read: tried twice, failed twice.
    expect(await plan.json()).toMatchObject({ rate: 1, injected: 2 });
    await control('faults', { rate: 0 });
    expect((await shop.currentCartV2.getCurrentCart()).cart?.lineItems).toHaveLength(1);
  });
});
