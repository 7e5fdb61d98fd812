import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { randomSecret } from '../crypto';

const CSRF_TTL_MS = 60 * 60 * 1000;
const MAX_TOKENS = 1000;
// Kept in memory only: a restart simply expires open forms.
const tokensByEmulator = new WeakMap<EmulatorContext, Map<string, number>>();

function tokens(ctx: EmulatorContext): Map<string, number> {
  let map = tokensByEmulator.get(ctx);
  if (!map) tokensByEmulator.set(ctx, (map = new Map()));
  return map;
}

/** A fresh single-use token for one rendered form. */
export function issueCsrfToken(ctx: EmulatorContext): string {
  const map = tokens(ctx);
  const token = randomSecret(24);
  map.set(token, ctx.clock() + CSRF_TTL_MS);
  // Oldest first (insertion order), so a flood of page views cannot grow the map without bound.
  for (const old of map.keys()) {
    if (map.size <= MAX_TOKENS) break;
    map.delete(old);
  }
  return token;
}

export function consumeCsrfToken(ctx: EmulatorContext, token: string | undefined): boolean {
  const map = tokens(ctx);
  const expiresAt = token ? map.get(token) : undefined;
  if (token) map.delete(token);
  return expiresAt !== undefined && expiresAt > ctx.clock();
}

/** The origins this emulator is reached on: its public URL and its own listening address. */
export function ownOrigins(ctx: EmulatorContext): Set<string> {
  const origins = new Set([new URL(ctx.config.publicUrl).origin]);
  if (ctx.config.apiUrl) {
    const { origin, port } = new URL(ctx.config.apiUrl);
    origins.add(origin);
    for (const host of ['localhost', '127.0.0.1', '[::1]']) origins.add(`http://${host}:${port}`);
  }
  return origins;
}

const hostOf = (origin: string) => new URL(origin).host;

/** A DNS-rebinding guard: the page answers only under the emulator's own host names. */
export function ownHostOnly(ctx: EmulatorContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    const hosts = new Set([...ownOrigins(ctx)].map(hostOf));
    if (!hosts.has(host)) {
      return c.text(`The dashboard only answers on ${ctx.config.publicUrl}`, 403);
    }
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Content-Type-Options', 'nosniff');
  };
}

/** Browsers send Origin on form POSTs (Referer as a fallback); anything else is cross-site. */
export function isSameOriginPost(c: Context, ctx: EmulatorContext): boolean {
  const origin = c.req.header('origin');
  const referer = c.req.header('referer');
  let source: string | null = origin && origin !== 'null' ? origin : null;
  if (!source && referer) {
    try {
      source = new URL(referer).origin;
    } catch {
      source = null;
    }
  }
  return source !== null && ownOrigins(ctx).has(source);
}
