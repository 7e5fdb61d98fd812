// The negative cache for product slugs: which slugs exist, learned from one cached list of the
// whole catalog, so a loop of random /products/<slug> URLs costs Wix nothing per slug.

/** Without a webhook, a product new in Wix is found after at most this long. */
export const KNOWN_SLUGS_TTL_MS = 60_000;

export type SlugList = {
  slugs: readonly string[];
  /** False when the catalog is larger than the list: an absent slug may still exist. */
  complete: boolean;
};

type Snapshot = { slugs: ReadonlySet<string>; complete: boolean; at: number };

type Options = {
  load: () => Promise<SlugList>;
  ttlMs?: number;
  now?: () => number;
};

export type KnownSlugs = {
  /** True only when the slug is surely no product: absent from a complete list. */
  isUnknown(slug: string): Promise<boolean>;
  /** Drops the list, so the next question loads it again (a catalog webhook arrived). */
  forget(): void;
};

export function createKnownSlugs({ load, ttlMs = KNOWN_SLUGS_TTL_MS, now = Date.now }: Options) {
  let snapshot: Snapshot | null = null;
  let pending: Promise<Snapshot | null> | null = null;

  function current(): Promise<Snapshot | null> {
    if (snapshot && now() - snapshot.at < ttlMs) return Promise.resolve(snapshot);
    if (pending) return pending;
    const attempt: Promise<Snapshot | null> = load()
      .then(
        (list) => {
          const loaded = { slugs: new Set(list.slugs), complete: list.complete, at: now() };
          // A list asked for before forget() may predate the change: answer with it, keep nothing.
          if (pending === attempt) snapshot = loaded;
          return loaded;
        },
        // Wix is failing: keep answering from the older list (or ask Wix per slug without one).
        () => snapshot,
      )
      .finally(() => {
        if (pending === attempt) pending = null;
      });
    pending = attempt;
    return attempt;
  }

  const known: KnownSlugs = {
    async isUnknown(slug) {
      const list = await current();
      return list !== null && list.complete && !list.slugs.has(slug);
    },
    forget() {
      snapshot = null;
      pending = null;
    },
  };
  return known;
}
