// The SDK hard-codes these hosts and calls the global fetch (see ../shared/wix-api.md §9), so
// pointing it at the emulator means rewriting those two hosts on the global fetch.
const WIX_API_HOSTS = new Set(['www.wixapis.com', 'edge.wixapis.com']);
const TARGET = Symbol.for('storefront.wixRerouteTarget');

type ReroutedFetch = typeof fetch & { [TARGET]?: string };

/** Returns the URL rewritten to `apiUrl` when it targets a Wix API host, else null. */
export function rerouteWixUrl(url: string, apiUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !WIX_API_HOSTS.has(parsed.hostname)) return null;
  const target = new URL(apiUrl);
  const basePath = target.pathname.replace(/\/$/, '');
  return `${target.origin}${basePath}${parsed.pathname}${parsed.search}`;
}

/**
 * Wraps the global fetch so Wix API hosts go to `apiUrl`; other URLs pass through untouched.
 * Safe to call on every client creation: `next dev` resets the global fetch on recompiles, so
 * the wrapper marks itself and is put back whenever it is missing.
 */
export function installWixReroute(apiUrl: string): void {
  const current = globalThis.fetch as ReroutedFetch;
  if (current[TARGET] === apiUrl) return;
  if (current[TARGET]) throw new Error(`Wix API reroute already points at ${current[TARGET]}`);
  const original = current;
  const rerouted: ReroutedFetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const target = rerouteWixUrl(url, apiUrl);
    if (!target) return original(input, init);
    if (input instanceof Request) return original(new Request(target, input), init);
    return original(target, init);
  };
  rerouted[TARGET] = apiUrl;
  globalThis.fetch = rerouted;
}
