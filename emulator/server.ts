import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Stats } from './admin/stats';
import { createApp } from './app';
import { systemClock, type Clock } from './clock';
import type { EmulatorContext } from './context';
import { EMULATOR_CLIENT_ID } from './defaults';
import { EMULATOR_ADMIN_API_KEY, EMULATOR_SITE_ID } from './oauth-apps/defaults';
import { Store } from './store/store';

export const DEFAULT_ACCESS_TOKEN_TTL = 14400;
const CLOSE_GRACE_MS = 20;
export const DEFAULT_SITE_ORIGINS = ['http://localhost:3000', 'http://127.0.0.1:3000'];

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  dataDir: string;
  /** Reseed the state, discarding apps, members and tokens. */
  reset?: boolean;
  /** Access-token lifetime in seconds. */
  accessTokenTtl?: number;
  /** Origin browsers use for the hosted pages; default `http://localhost:<port>`. */
  publicUrl?: string;
  siteOrigins?: string[];
  /** true: one console line per request; a function receives the lines instead. */
  log?: boolean | ((line: string) => void);
  clock?: Clock;
  /** Stores catalog version of the site; default 'v3'. */
  catalog?: 'v1' | 'v3' | 'none';
  /** Milliseconds added to every Wix API answer (not hosted pages, media or /__emulator). */
  latencyMs?: number;
  /** POST a webhook-style body here when the catalog changes through /__emulator/catalog. */
  revalidateUrl?: string;
  /** Sent as `x-revalidate-secret` with those POSTs. */
  revalidateSecret?: string;
  /** API key for the OAuth Apps admin API; default EMULATOR_ADMIN_API_KEY. */
  adminApiKey?: string;
  /** Site id the admin API expects in `wix-site-id`; default EMULATOR_SITE_ID. */
  siteId?: string;
  /** A visitor's cart when they sign in: 'keep' it with the visitor (default) or 'move' it. */
  cartAtSignIn?: 'keep' | 'move';
}

export interface RunningEmulator {
  /** Where to send API calls (what installWixReroute needs). */
  url: string;
  publicUrl: string;
  port: number;
  dataDir: string;
  clientId: string;
  adminApiKey: string;
  siteId: string;
  close(): Promise<void>;
}

/** Starts the emulator; throws StateCorruptError when the data dir holds an unreadable state. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const { dataDir, host = '127.0.0.1', clock = systemClock } = options;
  const store = await Store.open({
    dataDir,
    reset: options.reset ?? false,
    siteOrigins: options.siteOrigins ?? DEFAULT_SITE_ORIGINS,
    clock,
  });
  const ctx: EmulatorContext = {
    store,
    clock,
    stats: new Stats(),
    config: {
      publicUrl: '',
      accessTokenTtl: options.accessTokenTtl ?? DEFAULT_ACCESS_TOKEN_TTL,
      dataDir,
      apiUrl: '',
      adminApiKey: options.adminApiKey ?? EMULATOR_ADMIN_API_KEY,
      siteId: options.siteId ?? EMULATOR_SITE_ID,
    },
  };
  const log = options.log === true ? console.log : options.log || null;
  ctx.config.catalog = options.catalog ?? 'v3';
  ctx.config.latencyMs = options.latencyMs ?? 0;
  ctx.config.cartAtSignIn = options.cartAtSignIn ?? 'keep';
  ctx.config.log = log;
  ctx.config.revalidate = options.revalidateUrl
    ? { url: options.revalidateUrl, secret: options.revalidateSecret ?? '' }
    : null;
  const app = createApp(ctx, log);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  ctx.config.publicUrl = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, '');
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  ctx.config.apiUrl = url;
  let closed: Promise<void> | null = null;
  return {
    url,
    publicUrl: ctx.config.publicUrl,
    port,
    dataDir,
    clientId: EMULATOR_CLIENT_ID,
    adminApiKey: options.adminApiKey ?? EMULATOR_ADMIN_API_KEY,
    siteId: options.siteId ?? EMULATOR_SITE_ID,
    close() {
      closed ??= new Promise<void>((resolve) => {
        // A short pause lets an in-process client (tests) notice its pooled sockets are gone.
        server.close(() => setTimeout(resolve, CLOSE_GRACE_MS));
        if ('closeAllConnections' in server) server.closeAllConnections();
        store.flush();
      });
      return closed;
    },
  };
}
