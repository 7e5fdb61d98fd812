import { z } from 'zod';
import { EMULATOR_CLIENT_ID } from '../emulator/defaults';
import type { SessionLimits } from './session-lifetime';

// Only ever used against the local emulator: a real WIX_CLIENT_ID requires SESSION_SECRET.
const DEV_SESSION_SECRET = 'dev-only-secret-for-the-local-wix-emulator-do-not-deploy';
/** What the emulator sends when it revalidates the shop's catalog (emulator mode only). */
export const DEV_REVALIDATE_SECRET = 'dev-only-revalidate-secret';
const MIN_REVALIDATE_SECRET_LENGTH = 16;
const MIN_SECRET_LENGTH = 32;

export type Env = {
  /** OAuth app client id: the real one, or the emulator's seeded app. */
  wixClientId: string;
  /** Where SDK traffic goes instead of *.wixapis.com; unset means real Wix. */
  wixApiUrl: string | undefined;
  /** True when no real WIX_CLIENT_ID is configured and the local emulator serves Wix. */
  emulator: boolean;
  /** Newest first; the first one seals, all of them unseal. */
  sessionSecrets: string[];
  /** Canonical origin, e.g. http://localhost:3000 (no trailing slash). */
  siteUrl: string;
  /** Shared secret of POST /api/revalidate; null disables the endpoint. */
  revalidateSecret: string | null;
  /** Hosts besides Wix's own that serve the site's Wix-managed pages (WIX_MANAGED_PAGE_HOSTS). */
  wixPageHosts: string[];
  /** When a member session ends (SESSION_MAX_AGE_DAYS, SESSION_IDLE_DAYS). */
  sessionLimits: SessionLimits;
};

export class EnvError extends Error {
  override name = 'EnvError';
}

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

function readSiteUrl(raw: string | undefined): string {
  const value = raw?.trim() || 'http://localhost:3000';
  const parsed = httpUrl.safeParse(value);
  if (!parsed.success) throw new EnvError(`SITE_URL must be an http(s) origin, got "${value}"`);
  const url = new URL(value);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new EnvError(`SITE_URL must be an origin without path or query, got "${value}"`);
  }
  return url.origin;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function readApiUrl(raw: string | undefined, realWix: boolean): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (!httpUrl.safeParse(value).success) {
    throw new EnvError(`WIX_API_URL must be an http(s) URL, got "${value}"`);
  }
  const url = new URL(value);
  // Real tokens travel to this address: plain http is only for a proxy on this machine.
  if (realWix && url.protocol !== 'https:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new EnvError(
      `WIX_API_URL must use https (or a loopback address) with a real WIX_CLIENT_ID, got "${value}"`,
    );
  }
  return value.replace(/\/$/, '');
}

function readSecrets(raw: string | undefined, emulator: boolean): string[] {
  const secrets = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (secrets.length === 0) {
    if (emulator) return [DEV_SESSION_SECRET];
    throw new EnvError(
      'SESSION_SECRET is required with a real WIX_CLIENT_ID (at least 32 characters, e.g. `openssl rand -base64 32`)',
    );
  }
  if (!emulator && secrets.includes(DEV_SESSION_SECRET)) {
    throw new EnvError(
      "SESSION_SECRET is the emulator's published development secret; a real WIX_CLIENT_ID needs your own (`openssl rand -base64 32`)",
    );
  }
  const short = secrets.findIndex((s) => s.length < MIN_SECRET_LENGTH);
  if (short !== -1) {
    throw new EnvError(
      `SESSION_SECRET entry ${short + 1} is ${secrets[short]!.length} characters; each needs at least ${MIN_SECRET_LENGTH}`,
    );
  }
  return secrets;
}

function readRevalidateSecret(raw: string | undefined, emulator: boolean): string | null {
  const value = raw?.trim();
  if (!value) return emulator ? DEV_REVALIDATE_SECRET : null;
  if (!emulator && value === DEV_REVALIDATE_SECRET) {
    throw new EnvError(
      "REVALIDATE_SECRET is the emulator's published development secret; a real WIX_CLIENT_ID needs your own",
    );
  }
  if (value.length < MIN_REVALIDATE_SECRET_LENGTH) {
    throw new EnvError(
      `REVALIDATE_SECRET is ${value.length} characters; it needs at least ${MIN_REVALIDATE_SECRET_LENGTH}`,
    );
  }
  return value;
}

const hostName = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function readPageHosts(raw: string | undefined): string[] {
  const hosts = (raw ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bad = hosts.find((h) => !hostName.test(h));
  if (bad !== undefined) {
    throw new EnvError(
      `WIX_MANAGED_PAGE_HOSTS must list host names such as checkout.example.com, got "${bad}"`,
    );
  }
  return hosts;
}

const DAY_SECONDS = 24 * 3600;
const DEFAULT_MAX_AGE_DAYS = 30;
// A week covers a weekly shopper; a shared or lost computer left alone longer signs out.
const DEFAULT_IDLE_DAYS = 7;
// The cookie itself lasts 30 days from its last write: a longer idle time could never apply.
const MAX_IDLE_DAYS = 30;
const MAX_AGE_LIMIT_DAYS = 365;

function readDays(name: string, raw: string | undefined, max: number): number | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const days = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(days >= 1 && days <= max)) {
    throw new EnvError(`${name} must be a whole number of days from 1 to ${max}, got "${value}"`);
  }
  return days;
}

function readSessionLimits(source: Record<string, string | undefined>): SessionLimits {
  const maxAge =
    readDays('SESSION_MAX_AGE_DAYS', source.SESSION_MAX_AGE_DAYS, MAX_AGE_LIMIT_DAYS) ??
    DEFAULT_MAX_AGE_DAYS;
  const idle = readDays('SESSION_IDLE_DAYS', source.SESSION_IDLE_DAYS, MAX_IDLE_DAYS);
  if (idle !== undefined && idle > maxAge) {
    throw new EnvError(
      `SESSION_IDLE_DAYS (${idle}) cannot be longer than SESSION_MAX_AGE_DAYS (${maxAge})`,
    );
  }
  const idleDays = idle ?? Math.min(DEFAULT_IDLE_DAYS, maxAge);
  return { maxAgeSeconds: maxAge * DAY_SECONDS, idleSeconds: idleDays * DAY_SECONDS };
}

/** Validates configuration; throws an EnvError whose message is one line naming the variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const clientId = source.WIX_CLIENT_ID?.trim();
  const wixApiUrl = readApiUrl(source.WIX_API_URL, Boolean(clientId));
  if (clientId !== undefined && clientId !== '' && !/^[\w-]{8,100}$/.test(clientId)) {
    throw new EnvError(`WIX_CLIENT_ID does not look like an OAuth client id: "${clientId}"`);
  }
  if (!clientId && !wixApiUrl) {
    throw new EnvError(
      'WIX_CLIENT_ID is not set: set it to your OAuth app client id, or run `npm run dev` to use the local emulator',
    );
  }
  const emulator = !clientId;
  return {
    wixClientId: clientId || EMULATOR_CLIENT_ID,
    wixApiUrl,
    emulator,
    sessionSecrets: readSecrets(source.SESSION_SECRET, emulator),
    siteUrl: readSiteUrl(source.SITE_URL),
    revalidateSecret: readRevalidateSecret(source.REVALIDATE_SECRET, emulator),
    wixPageHosts: readPageHosts(source.WIX_MANAGED_PAGE_HOSTS),
    sessionLimits: readSessionLimits(source),
  };
}

let cached: Env | undefined;

/** The validated configuration of this process (read once). */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
