import { getEnv, type Env } from './env';
import { WIX_HOST_SUFFIXES } from './wix-hosts.mjs';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const isWixHost = (host: string, extra: readonly string[]) =>
  extra.includes(host) ||
  WIX_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));

/** The emulator's pages: its own origin, under any loopback name when it listens on one. */
function isEmulatorPage(url: URL, apiUrl: string): boolean {
  const api = new URL(apiUrl);
  if (url.origin === api.origin) return true;
  return (
    LOOPBACK.has(api.hostname) &&
    LOOPBACK.has(url.hostname) &&
    url.protocol === api.protocol &&
    url.port === api.port
  );
}

/**
 * Whether a URL that Wix answered with (sign-in, sign-out, checkout, booking) may be followed:
 * https on Wix's own hosts, or the emulator's pages when the emulator serves Wix. Anything else
 * would send the shopper, or their session's next step, somewhere the shop does not know.
 */
export function isWixManagedPage(value: unknown, env: Env = getEnv()): value is string {
  const url = parse(value);
  if (!url || url.username || url.password) return false;
  if (env.wixApiUrl && isEmulatorPage(url, env.wixApiUrl)) return true;
  return url.protocol === 'https:' && isWixHost(url.hostname, env.wixPageHosts);
}
