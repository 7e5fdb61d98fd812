/**
 * A token bucket per key (a client address), in this process only: each key may spend `burst`
 * at once and earns `perMinute` back over a minute. The oldest keys are dropped beyond
 * `maxKeys`, so a flood of addresses cannot grow memory without bound.
 */
export function createRateLimit(options: {
  burst: number;
  perMinute: number;
  maxKeys?: number;
  now?: () => number;
}) {
  const { burst, perMinute, maxKeys = 10_000, now = Date.now } = options;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** Spends one token; answers how many seconds to wait when there is none. */
    take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at: t };
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 60_000) * perMinute);
      bucket.at = t;
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.ceil(((1 - bucket.tokens) * 60) / perMinute) };
    },
    get size() {
      return buckets.size;
    },
  };
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (Next adds
 * one for direct connections). Behind more proxies, each appends, so the last stays theirs.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip')?.trim() || 'unknown';
}
