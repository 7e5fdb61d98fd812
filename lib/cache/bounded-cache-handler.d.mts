import type { CacheStore } from './cache-store.mjs';

export function cacheMaxBytes(env?: Record<string, string | undefined>): number;

type Seeds = {
  read(key: string, ctx: unknown): Promise<{ value: unknown; lastModified: number } | null>;
};

export type HandlerContext = {
  kind?: string;
  fetchCache?: boolean;
  tags?: string[];
  softTags?: string[];
};

export interface CacheHandler {
  get(key: string, ctx?: HandlerContext): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, data: unknown, ctx?: HandlerContext): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

export function createCacheHandler(options: {
  store: CacheStore;
  now?: () => number;
  seeds?: (ctx: unknown) => Seeds | undefined;
  forget?: (key: string) => void;
}): new (ctx?: { revalidatedTags?: string[] }) => CacheHandler;

declare const BoundedCacheHandler: new (ctx?: unknown) => CacheHandler;
export default BoundedCacheHandler;
