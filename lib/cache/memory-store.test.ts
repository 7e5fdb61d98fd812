import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store.mjs';

// Each value's size is its `bytes` field, so the budget is easy to reason about.
const sizeOf = (_key: string, value: unknown) => (value as { bytes: number }).bytes;
const entry = (bytes: number) => ({ value: { bytes }, lastModified: 0, tags: [] });
const store = (maxBytes = 1000) => createMemoryStore({ maxBytes, sizeOf });

describe('createMemoryStore', () => {
  it('keeps what fits and counts its bytes', async () => {
    const cache = store();
    await cache.set('a', entry(100));
    await cache.set('b', entry(50));
    expect(await cache.get('a')).toEqual(entry(100));
    expect(cache.stats()).toEqual({ entries: 2, bytes: 150, maxBytes: 1000 });
  });

  it('replacing an entry counts only its new size', async () => {
    const cache = store();
    await cache.set('a', entry(100));
    await cache.set('a', entry(30));
    expect(cache.stats().bytes).toBe(30);
    await cache.delete('a');
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('evicts the least recently used one-off entries first, within a fifth of the budget', async () => {
    const cache = store();
    for (const key of ['a', 'b', 'c']) await cache.set(key, entry(80));
    // Probation holds 200 bytes: the third entry pushes out the oldest.
    expect(await cache.get('a')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 160 });
  });

  it('a flood of one-off entries cannot push out entries read again', async () => {
    const cache = store();
    for (const key of ['home', 'product']) {
      await cache.set(key, entry(100));
      await cache.get(key);
    }
    for (let i = 0; i < 1000; i++) await cache.set(`search-${i}`, entry(50));
    expect(await cache.get('home')).toBeDefined();
    expect(await cache.get('product')).toBeDefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(1000);
  });

  it('never holds more than its budget: protected entries spill back to probation', async () => {
    const cache = store();
    for (let i = 0; i < 20; i++) {
      await cache.set(`k${i}`, entry(150));
      await cache.get(`k${i}`);
      expect(cache.stats().bytes).toBeLessThanOrEqual(1000);
    }
    // The most recently read survive; the oldest are gone.
    expect(await cache.get('k19')).toBeDefined();
    expect(await cache.get('k0')).toBeUndefined();
  });

  it('refuses an entry larger than probation, and forgets the older value under its key', async () => {
    const cache = store();
    await cache.set('big', entry(100));
    await cache.set('big', entry(201));
    expect(await cache.get('big')).toBeUndefined();
    expect(cache.stats().bytes).toBe(0);
  });

  it('tells of each key pushed out for room or refused', async () => {
    const evicted: string[] = [];
    const cache = createMemoryStore({
      maxBytes: 1000,
      sizeOf,
      onEvict: (key) => evicted.push(key),
    });
    for (const key of ['a', 'b', 'c']) await cache.set(key, entry(80));
    await cache.set('huge', entry(500));
    await cache.delete('b');
    expect(evicted).toEqual(['a', 'huge']);
  });

  it('remembers the latest revalidation of any of the given tags', async () => {
    const cache = store();
    expect(await cache.revalidatedAt(['a'])).toBeUndefined();
    await cache.revalidateTags(['a', 'b'], 10);
    await cache.revalidateTags(['b'], 20);
    expect(await cache.revalidatedAt(['a'])).toBe(10);
    expect(await cache.revalidatedAt(['a', 'b', 'c'])).toBe(20);
  });

  it('remembers a bounded number of tags, dropping the longest unrevalidated', async () => {
    const cache = createMemoryStore({ maxBytes: 1000, maxTags: 2, sizeOf });
    await cache.revalidateTags(['a'], 1);
    await cache.revalidateTags(['b'], 2);
    await cache.revalidateTags(['a'], 3);
    await cache.revalidateTags(['c'], 4);
    expect(await cache.revalidatedAt(['b'])).toBeUndefined();
    expect(await cache.revalidatedAt(['a'])).toBe(3);
    expect(await cache.revalidatedAt(['c'])).toBe(4);
  });
});
