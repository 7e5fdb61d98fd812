/** A retried read waits 100–300 ms, so many pages failing together do not retry in one burst. */
export const RETRY_JITTER_MS = { min: 100, max: 300 } as const;
/** Wix asking to wait longer than this means a page would rather show its fallback now. */
export const MAX_RETRY_AFTER_MS = 2_000;

/**
 * `Retry-After` in milliseconds from `nowMs`: delta seconds (`2`) or an HTTP date; null when
 * absent or unreadable. A date in the past is 0.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the HTTP date forms (they name a weekday or a month), never a bare number like "1.5".
  if (!/[a-z]{3}/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** Wix failed on its side or is shedding load: the only answers worth a second try. */
export const isRetryableStatus = (status: number) => status === 429 || status >= 500;

/** The pause before a read is sent again, or null when it should not be. */
export function retryDelay(
  failure: { status: number; retryAfter: string | null } | { networkError: true },
  nowMs: number,
  random: () => number = Math.random,
): number | null {
  const jitter = RETRY_JITTER_MS.min + random() * (RETRY_JITTER_MS.max - RETRY_JITTER_MS.min);
  if ('networkError' in failure) return jitter;
  if (!isRetryableStatus(failure.status)) return null;
  const asked = parseRetryAfter(failure.retryAfter, nowMs);
  if (asked === null) return jitter;
  return asked > MAX_RETRY_AFTER_MS ? null : Math.max(asked, jitter);
}
