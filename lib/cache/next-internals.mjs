// The two places the cache handler borrows from Next's internals (checked against 15.5): where
// they are missing, the handler still works, only without build-time pages at start.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const INTERNALS = 'next/dist/server/lib/incremental-cache';

function load(path) {
  try {
    return require(`${INTERNALS}/${path}`);
  } catch {
    return undefined;
  }
}

/**
 * Reads the pages `next build` prerendered, read-only, through Next's own file-system cache
 * with writing turned off: a restarted server starts with them instead of asking Wix again.
 * @param {any} ctx what Next passes to a cache handler's constructor
 */
export function createSeedReader(ctx) {
  const FileSystemCache = load('file-system-cache')?.default;
  if (!FileSystemCache || !ctx?.fs || !ctx.serverDistDir) return undefined;
  const disk = new FileSystemCache({
    ...ctx,
    flushToDisk: false,
    maxMemoryCacheSize: 0,
    revalidatedTags: [],
  });
  return {
    /** @param {string} key @param {any} context */
    async read(key, context) {
      const found = await disk.get(key, context).catch(() => null);
      return found?.value ? { value: found.value, lastModified: found.lastModified ?? 0 } : null;
    },
  };
}

const cacheControls = load('shared-cache-controls.external')?.SharedCacheControls?.cacheControls;

/**
 * Next keeps each cached page's lifetime in a map of its own, one record per URL ever cached;
 * the handler drops the record with the page, so that map is bounded too.
 * @param {string} key
 */
export function forgetCacheControl(key) {
  if (cacheControls instanceof Map) cacheControls.delete(key);
}
