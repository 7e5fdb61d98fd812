const lastLogged = new Map<string, number>();
const QUIET_MS = 60_000;

/** Logs a server-side warning; for events that are rare by design (a circuit breaker's state changes). */
export function warn(message: string): void {
  console.warn(`[storefront] ${message}`);
}

/** Logs a server-side warning at most once a minute per key, so an outage cannot flood logs. */
export function warnOnce(key: string, message: string): void {
  const now = Date.now();
  const last = lastLogged.get(key);
  if (last !== undefined && now - last < QUIET_MS) return;
  lastLogged.set(key, now);
  warn(message);
}
