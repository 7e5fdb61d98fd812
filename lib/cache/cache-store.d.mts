// What the cache handler needs from wherever entries live: this process's memory today
// (memory-store.mjs), a shared store such as Redis for several servers later.

/** One cached value as Next gave it, with when it was stored and the tags it carries. */
export type StoredEntry = {
  value: unknown;
  lastModified: number;
  tags: string[];
};

export interface CacheStore {
  get(key: string): Promise<StoredEntry | undefined>;
  set(key: string, entry: StoredEntry): Promise<void>;
  delete(key: string): Promise<void>;
  /** Records that these tags were revalidated at `at` (ms since the epoch). */
  revalidateTags(tags: string[], at: number): Promise<void>;
  /** The latest revalidation of any of these tags, if any was revalidated. */
  revalidatedAt(tags: string[]): Promise<number | undefined>;
}
