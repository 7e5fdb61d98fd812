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

/** How long any call to Wix may take before it is aborted (the token endpoint has its own, shorter one in session upkeep). */
export const WIX_CALL_DEADLINE_MS = 10_000;

const isWixApiUrl = (url: string) => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && WIX_API_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
};

/** The caller's abort signal, if any, together with the deadline: whichever comes first. */
function withDeadline(signal: AbortSignal | null | undefined, ms: number): AbortSignal {
  const deadline = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, deadline]) : deadline;
}

/**
 * Wraps the global fetch for Wix API hosts: every call gets a deadline that aborts it, and with
 * `apiUrl` (the emulator, or a proxy) it goes there instead; other URLs pass through untouched.
 * Safe to call on every client creation: `next dev` resets the global fetch on recompiles, so
 * the wrapper marks itself and is put back whenever it is missing.
 */
export function installWixTransport(apiUrl?: string, deadlineMs = WIX_CALL_DEADLINE_MS): void {
  const current = globalThis.fetch as ReroutedFetch;
  const mark = apiUrl ?? '';
  if (current[TARGET] === mark) return;
  if (current[TARGET] !== undefined) {
    throw new Error(`Wix API reroute already points at ${current[TARGET] || 'Wix'}`);
  }
  const original = current;
  const transport: ReroutedFetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!isWixApiUrl(url)) return original(input, init);
    const target = apiUrl ? (rerouteWixUrl(url, apiUrl) ?? url) : url;
    const callerSignal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const signal = withDeadline(callerSignal, deadlineMs);
    if (input instanceof Request) return original(new Request(target, input), { ...init, signal });
    return original(target, { ...init, signal });
  };
  transport[TARGET] = mark;
  globalThis.fetch = transport;
}

/** Sends Wix API calls to `apiUrl` (the emulator), with the same deadline as every Wix call. */
export function installWixReroute(apiUrl: string): void {
  installWixTransport(apiUrl);
}
