// Next's cache handler for this shop (`cacheHandler` in next.config.mjs): ISR pages and the data
// cache live in memory, bounded by bytes, and nothing is written to disk at run time, so endless
// random URLs cannot fill the disk or the memory. The store behind it is one small interface
// (cache-store.d.mts), so a shared store (Redis) can replace the memory one.
import { createMemoryStore } from './memory-store.mjs';
import { createSeedReader, forgetCacheControl } from './next-internals.mjs';

const MB = 1024 * 1024;
const DEFAULT_MAX_MB = 64;
const TAGS_HEADER = 'x-next-cache-tags';
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);

/** The cache's budget in bytes, from CACHE_MAX_MB (megabytes, default 64). */
export function cacheMaxBytes(env = process.env) {
  const raw = env.CACHE_MAX_MB?.trim();
  if (!raw) return DEFAULT_MAX_MB * MB;
  const megabytes = Number(raw);
  if (!Number.isFinite(megabytes) || megabytes < 1) {
    throw new Error(`CACHE_MAX_MB must be a number of megabytes, at least 1 (got "${raw}")`);
  }
  return Math.floor(megabytes * MB);
}

/** The tags of a stored value: a page's from its header, a data-cache answer's as stored. */
function ownTags(value, storedTags = []) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === 'string' ? header.split(',') : storedTags;
}

/**
 * A cache handler class over `store`; `seeds` reads build-time pages for keys not yet in it, and
 * `forget` is told of every key the handler will not keep.
 * @param {{ store: import('./cache-store.mjs').CacheStore, now?: () => number, seeds?: (ctx: any) => any, forget?: (key: string) => void }} options
 */
export function createCacheHandler({ store, now = Date.now, seeds, forget = () => {} }) {
  // Keys whose build-time page was already taken: a later miss renders instead of going back
  // to an older copy. Bounded by the pages the build prerendered.
  const seeded = new Set();

  return class BoundedCacheHandler {
    constructor(ctx = {}) {
      // Next creates a handler per request; everything it keeps lives in `store`.
      this.revalidatedTags = ctx.revalidatedTags ?? [];
      this.seeds = seeds?.(ctx);
    }

    async get(key, ctx = {}) {
      let entry = await store.get(key);
      if (!entry && this.seeds && RESPONSE_KINDS.has(ctx.kind) && !seeded.has(key)) {
        const seed = await this.seeds.read(key, ctx);
        if (seed) {
          seeded.add(key);
          entry = { ...seed, tags: ownTags(seed.value) };
          await store.set(key, entry);
        }
      }
      if (!entry) return null;
      const tags = [
        ...ownTags(entry.value, entry.tags),
        ...(ctx.tags ?? []),
        ...(ctx.softTags ?? []),
      ];
      if (tags.some((tag) => this.revalidatedTags.includes(tag))) return null;
      const revalidatedAt = await store.revalidatedAt(tags);
      // Like Next's own handler: a revalidated tag means a fresh render, not a stale answer.
      if (revalidatedAt !== undefined && revalidatedAt >= entry.lastModified) {
        await store.delete(key);
        return null;
      }
      return { lastModified: entry.lastModified, value: entry.value };
    }

    async set(key, data, ctx = {}) {
      // Not-found pages (any random slug) are cheap to render again and endless: never kept.
      if (!data || (RESPONSE_KINDS.has(data.kind) && data.status === 404)) {
        await store.delete(key);
        forget(key);
        return;
      }
      const tags = data.kind === 'FETCH' ? (ctx.tags ?? data.tags ?? []) : ownTags(data);
      await store.set(key, { value: data, lastModified: now(), tags });
    }

    async revalidateTag(...args) {
      const [tags] = args;
      const list = typeof tags === 'string' ? [tags] : (tags ?? []);
      if (list.length > 0) await store.revalidateTags(list, now());
    }

    resetRequestCache() {}
  };
}

export default createCacheHandler({
  store: createMemoryStore({ maxBytes: cacheMaxBytes(), onEvict: forgetCacheControl }),
  seeds: createSeedReader,
  forget: forgetCacheControl,
});
