import { describe, expect, it } from 'vitest';
import { cacheMaxBytes, createCacheHandler } from './bounded-cache-handler.mjs';
import { createMemoryStore } from './memory-store.mjs';

const page = (tags: string, status = 200) => ({
  kind: 'APP_PAGE',
  html: '<p>hi</p>',
  rscData: Buffer.from('rsc'),
  status,
  headers: { 'x-next-cache-tags': tags },
});
const data = { kind: 'FETCH', data: { headers: {}, body: '"answer"', url: '' }, revalidate: 300 };

function setup(seeds?: Parameters<typeof createCacheHandler>[0]['seeds']) {
  const clock = { now: 1_000 };
  const forgotten: string[] = [];
  const store = createMemoryStore({ maxBytes: 1024 * 1024 });
  const forget = (key: string) => forgotten.push(key);
  const Handler = createCacheHandler({ store, now: () => clock.now, seeds, forget });
  return { clock, store, forgotten, handler: new Handler({}), Handler };
}

describe('BoundedCacheHandler', () => {
  it('answers what was set, stamped with the time it was stored', async () => {
    const { clock, handler } = setup();
    await handler.set('/p', page('catalog'), {});
    clock.now = 5_000;
    expect(await handler.get('/p', { kind: 'APP_PAGE' })).toEqual({
      lastModified: 1_000,
      value: page('catalog'),
    });
  });

  it('shares one store between the handlers Next creates per request', async () => {
    const { handler, Handler } = setup();
    await handler.set('/p', page('catalog'), {});
    expect(await new Handler({}).get('/p', { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('a revalidated tag of a page (from its x-next-cache-tags) makes it a miss', async () => {
    const { clock, handler } = setup();
    await handler.set('/p', page('catalog,catalog:product:mug'), {});
    await handler.set('/q', page('catalog:product:lamp'), {});
    clock.now = 2_000;
    await handler.revalidateTag('catalog:product:mug');
    expect(await handler.get('/p', { kind: 'APP_PAGE' })).toBeNull();
    expect(await handler.get('/q', { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('an entry stored after the revalidation is fresh again', async () => {
    const { clock, handler } = setup();
    await handler.revalidateTag(['catalog']);
    clock.now = 2_000;
    await handler.set('/p', page('catalog'), {});
    expect(await handler.get('/p', { kind: 'APP_PAGE' })).not.toBeNull();
    // A second change to the same tag counts as well.
    clock.now = 3_000;
    await handler.revalidateTag('catalog');
    expect(await handler.get('/p', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('data-cache answers are stale by their own tags and by the soft tags of the page asking', async () => {
    const { clock, handler } = setup();
    await handler.set('d1', data, { fetchCache: true, tags: ['catalog:products'] });
    await handler.set('d2', data, { fetchCache: true, tags: ['catalog:collections'] });
    clock.now = 2_000;
    await handler.revalidateTag('catalog:products');
    await handler.revalidateTag('_N_T_/products');
    expect(await handler.get('d1', { kind: 'FETCH', tags: ['catalog:products'] })).toBeNull();
    expect(await handler.get('d2', { kind: 'FETCH', tags: ['catalog:collections'] })).toEqual({
      lastModified: 1_000,
      value: data,
    });
    expect(
      await handler.get('d2', {
        kind: 'FETCH',
        tags: ['catalog:collections'],
        softTags: ['_N_T_/products'],
      }),
    ).toBeNull();
  });

  it('honours the tags Next says were revalidated elsewhere (minimal mode)', async () => {
    const { handler, Handler } = setup();
    await handler.set('d', data, { fetchCache: true, tags: ['catalog'] });
    const told = new Handler({ revalidatedTags: ['catalog'] });
    expect(await told.get('d', { kind: 'FETCH', tags: ['catalog'] })).toBeNull();
  });

  it('never keeps a not-found page, and drops what was there', async () => {
    const { store, forgotten, handler } = setup();
    await handler.set('/products/x', page('catalog'), {});
    await handler.set('/products/x', page('catalog', 404), {});
    await handler.set('/products/y', null, {});
    expect(await handler.get('/products/x', { kind: 'APP_PAGE' })).toBeNull();
    expect(store.stats().entries).toBe(0);
    // Nor does Next's own per-URL record of the page's lifetime stay behind.
    expect(forgotten).toEqual(['/products/x', '/products/y']);
  });

  it('reads a build-time page once, then keeps it in memory', async () => {
    const reads: string[] = [];
    const { clock, handler } = setup(() => ({
      read: async (key: string) => {
        reads.push(key);
        return key === '/built' ? { value: page('catalog'), lastModified: 500 } : null;
      },
    }));
    expect(await handler.get('/built', { kind: 'APP_PAGE' })).toEqual({
      lastModified: 500,
      value: page('catalog'),
    });
    expect(await handler.get('/built', { kind: 'APP_PAGE' })).not.toBeNull();
    expect(await handler.get('/other', { kind: 'APP_PAGE' })).toBeNull();
    expect(await handler.get('data', { kind: 'FETCH' })).toBeNull();
    expect(reads).toEqual(['/built', '/other']);
    // Once revalidated (and gone), the older build-time copy is not read again.
    clock.now = 2_000;
    await handler.revalidateTag('catalog');
    expect(await handler.get('/built', { kind: 'APP_PAGE' })).toBeNull();
    expect(await handler.get('/built', { kind: 'APP_PAGE' })).toBeNull();
    expect(reads).toEqual(['/built', '/other']);
  });
});

describe('cacheMaxBytes', () => {
  it('is 64 MB unless CACHE_MAX_MB says otherwise', () => {
    expect(cacheMaxBytes({})).toBe(64 * 1024 * 1024);
    expect(cacheMaxBytes({ CACHE_MAX_MB: ' 16 ' })).toBe(16 * 1024 * 1024);
  });

  it('refuses what is not a size, with the variable named', () => {
    expect(() => cacheMaxBytes({ CACHE_MAX_MB: 'lots' })).toThrow(/CACHE_MAX_MB/);
    expect(() => cacheMaxBytes({ CACHE_MAX_MB: '0' })).toThrow(/at least 1/);
  });
});
