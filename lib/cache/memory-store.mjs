import { entryBytes } from './entry-size.mjs';

// A segmented LRU: new entries wait in a small probation segment and only a second read moves
// them to the protected one, so a flood of one-off URLs (random searches) churns probation and
// cannot push out the pages shoppers actually revisit.
const PROTECTED_SHARE = 0.8;

function segment() {
  return { entries: new Map(), bytes: 0 };
}

/**
 * The cache kept in this process's memory, bounded by bytes, and the tags revalidated so far.
 * @param {import('./memory-store.mjs').MemoryStoreOptions} options
 */
export function createMemoryStore({
  maxBytes,
  maxTags = 10_000,
  sizeOf = entryBytes,
  onEvict = () => {},
}) {
  const protectedCap = Math.floor(maxBytes * PROTECTED_SHARE);
  const probationCap = maxBytes - protectedCap;
  const probation = segment();
  const shielded = segment();
  /** @type {Map<string, number>} tag → when it was last revalidated (oldest first) */
  const revalidated = new Map();

  const add = (into, key, record) => {
    into.entries.set(key, record);
    into.bytes += record.bytes;
  };
  const take = (from, key) => {
    const record = from.entries.get(key);
    if (record) {
      from.entries.delete(key);
      from.bytes -= record.bytes;
    }
    return record;
  };
  const oldestKey = (from) => from.entries.keys().next().value;
  const remove = (key) => take(shielded, key) ?? take(probation, key);

  function rebalance() {
    while (shielded.bytes > protectedCap) {
      const key = oldestKey(shielded);
      add(probation, key, take(shielded, key));
    }
    while (probation.bytes > probationCap) {
      const key = oldestKey(probation);
      take(probation, key);
      onEvict(key);
    }
  }

  return {
    async get(key) {
      const record = remove(key);
      if (!record) return undefined;
      add(shielded, key, record);
      rebalance();
      return record.entry;
    },
    async set(key, entry) {
      const wasShielded = shielded.entries.has(key);
      remove(key);
      const bytes = sizeOf(key, entry.value);
      // An entry that could never fit in probation is not kept at all.
      if (bytes > probationCap) return onEvict(key);
      add(wasShielded ? shielded : probation, key, { entry, bytes });
      rebalance();
    },
    async delete(key) {
      remove(key);
    },
    async revalidateTags(tags, at) {
      for (const tag of tags) {
        revalidated.delete(tag);
        revalidated.set(tag, at);
      }
      // Dropping the oldest records only matters for entries older than them; bounded anyway.
      while (revalidated.size > maxTags) revalidated.delete(oldestKey({ entries: revalidated }));
    },
    async revalidatedAt(tags) {
      let latest;
      for (const tag of tags) {
        const at = revalidated.get(tag);
        if (at !== undefined && (latest === undefined || at > latest)) latest = at;
      }
      return latest;
    },
    stats() {
      return {
        entries: probation.entries.size + shielded.entries.size,
        bytes: probation.bytes + shielded.bytes,
        maxBytes,
      };
    },
  };
}
