import type { CacheStore } from './cache-store.mjs';

export type MemoryStoreOptions = {
  /** The most bytes the entries may take (as estimated by `sizeOf`). */
  maxBytes: number;
  /** The most revalidated tags remembered. */
  maxTags?: number;
  sizeOf?: (key: string, value: unknown) => number;
  /** Told of each key pushed out for room (or refused as too large). */
  onEvict?: (key: string) => void;
};

export type MemoryStore = CacheStore & {
  stats(): { entries: number; bytes: number; maxBytes: number };
};

export function createMemoryStore(options: MemoryStoreOptions): MemoryStore;
