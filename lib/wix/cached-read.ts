import { withFreshGrantOn401 } from './catalog-client';
import { createLastGood } from './last-good';

/** Without a revalidation call, changes in Wix show up within this many seconds. */
export const WIX_READ_REVALIDATE_SECONDS = 300;

export type CachedReads<S> = {
  /** One read under `key` (unique per question asked): see createCachedReads. */
  read<T>(key: string, work: (source: S) => Promise<T>): Promise<T>;
  /** `unstable_cache` options: the domain's tag, these tags and the common lifetime. */
  options(...tags: string[]): { tags: string[]; revalidate: number };
};

type Setup<S> = {
  /** What `work` reads from (the catalog version's source, or the shared client). */
  source: () => Promise<S>;
  /** The tag every read of this domain carries, so one revalidation refreshes them all. */
  tag: string;
  /** Errors that are answers (e.g. "Stores is not installed"), never hidden behind an older one. */
  isAnswer?: (error: unknown) => boolean;
};

/**
 * The reads that cached functions make of shared, cookieless Wix data: each survives the shop's
 * OAuth app being recreated (a new grant on 401) and falls back to Wix's last answer when Wix
 * fails. Errors are thrown, never cached: an outage must not leave an empty catalog behind.
 */
export function createCachedReads<S>({ source, tag, isAnswer }: Setup<S>): CachedReads<S> {
  const withLastGood = createLastGood(500, isAnswer);
  return {
    read: (key, work) =>
      withLastGood(key, () => withFreshGrantOn401(async () => work(await source()))),
    options: (...tags) => ({ tags: [tag, ...tags], revalidate: WIX_READ_REVALIDATE_SECONDS }),
  };
}
