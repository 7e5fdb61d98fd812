import { isReadCall, wixApiOf } from './call-kind';
import { createResilientSender, type ResilienceOptions } from './resilient-call';

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

export interface TransportOptions extends ResilienceOptions {
  deadlineMs?: number;
}

/** Which Wix API a fetch call is for, and whether it may be sent twice, whatever form it came in. */
function describeCall(input: RequestInfo | URL, init: RequestInit | undefined, url: string) {
  const request = input instanceof Request ? input : null;
  const headers = new Headers(init?.headers ?? request?.headers);
  const method = init?.method ?? request?.method ?? 'GET';
  const body = init && 'body' in init ? init.body : request?.body;
  // A stream is gone once sent; only a body we still hold can go out a second time.
  const replayable = body === undefined || body === null || typeof body === 'string';
  const { pathname } = new URL(url);
  return {
    api: wixApiOf(pathname),
    retryable: replayable && isReadCall(method, pathname, headers.get('x-wix-bi-gateway')),
  };
}

/**
 * Wraps the global fetch for Wix API hosts: every call gets a deadline that aborts it (retries
 * included), a circuit breaker per Wix API, and one more try for a failed read (resilient-call);
 * with `apiUrl` (the emulator, or a proxy) it goes there instead. Other URLs pass through.
 * Safe to call on every client creation: `next dev` resets the global fetch on recompiles, so
 * the wrapper marks itself and is put back whenever it is missing.
 */
export function installWixTransport(apiUrl?: string, options: TransportOptions = {}): void {
  const current = globalThis.fetch as ReroutedFetch;
  const mark = apiUrl ?? '';
  if (current[TARGET] === mark) return;
  if (current[TARGET] !== undefined) {
    throw new Error(`Wix API reroute already points at ${current[TARGET] || 'Wix'}`);
  }
  const { deadlineMs = WIX_CALL_DEADLINE_MS, ...resilience } = options;
  const original = current;
  const send = createResilientSender(resilience);
  const transport: ReroutedFetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!isWixApiUrl(url)) return original(input, init);
    const target = apiUrl ? (rerouteWixUrl(url, apiUrl) ?? url) : url;
    const callerSignal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const signal = withDeadline(callerSignal, deadlineMs);
    return send({
      ...describeCall(input, init, url),
      signal,
      callerSignal,
      send: () =>
        input instanceof Request
          ? original(new Request(target, input), { ...init, signal })
          : original(target, { ...init, signal }),
    });
  };
  transport[TARGET] = mark;
  globalThis.fetch = transport;
}

/** Sends Wix API calls to `apiUrl` (the emulator), with the same deadline as every Wix call. */
export function installWixReroute(apiUrl: string): void {
  installWixTransport(apiUrl);
}
