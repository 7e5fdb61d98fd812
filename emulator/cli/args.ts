import path from 'node:path';
import { parseArgs } from 'node:util';
import { EMULATOR_DEFAULT_PORT } from '../defaults';
import { DEFAULT_ACCESS_TOKEN_TTL, DEFAULT_SITE_ORIGINS } from '../server';

export const USAGE = `Usage: npm run emulator -- [options]

  --port N                  port to listen on (default ${EMULATOR_DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS            address to bind (default 127.0.0.1)
  --public-url URL          origin browsers use for the hosted pages (default http://localhost:<port>)
  --data-dir DIR            where state.json lives (default <repo>/.emulator-data/default, or $EMULATOR_DATA_DIR)
  --reset                   reseed the state (demo member, default OAuth app)
  --access-token-ttl SECS   access-token lifetime (default ${DEFAULT_ACCESS_TOKEN_TTL})
  --site-origin ORIGIN      storefront origin allowed to receive redirects; repeatable
                            (default ${DEFAULT_SITE_ORIGINS.join(' and ')})
  --admin-api-key KEY       API key the OAuth Apps admin API accepts (default: a fixed local key)
  --site-id ID              site id the admin API expects in wix-site-id (default: a fixed local id)
  --catalog v1|v3|none      Stores catalog version of the site (default v3, like a new Wix site;
                            none: a site without the Wix Stores app)
  --latency MS              delay every Wix API answer by MS milliseconds (default 0)
  --revalidate-url URL      POST catalog changes made via /__emulator/catalog to this URL
  --revalidate-secret S     sent as x-revalidate-secret with those POSTs
  --cart-at-sign-in keep|move
                            a visitor's cart at sign-in: keep it with the visitor (default), or
                            move it to the member (merged into the member's cart if there is one)
  --help                    show this help`;

export class UsageError extends Error {}

export interface CliOptions {
  port: number;
  host: string;
  publicUrl?: string;
  dataDir: string;
  reset: boolean;
  accessTokenTtl: number;
  siteOrigins: string[];
  adminApiKey?: string;
  siteId?: string;
  catalog?: 'v1' | 'v3' | 'none';
  latencyMs?: number;
  revalidateUrl?: string;
  revalidateSecret?: string;
  cartAtSignIn?: 'keep' | 'move';
}

export type ParsedArgs = { help: true } | { help: false; options: CliOptions };

function integer(
  flag: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function origin(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `--${flag} must be an http(s) origin such as http://localhost:3000, got "${value}"`,
    );
  }
  if (!['http:', 'https:'].includes(url.protocol)) {
    throw new UsageError(`--${flag} must use http or https, got "${value}"`);
  }
  return url.origin;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^[\x21-\x7e]{1,512}$/.test(value)) {
    throw new UsageError(`--${flag} must be 1-512 printable characters without spaces`);
  }
  return value;
}

/** The Stores flags: catalog version, simulated latency, revalidation webhook. */
function catalogOptions(values: Record<string, string | boolean | string[] | undefined>) {
  const { catalog, latency } = values;
  if (catalog !== undefined && catalog !== 'v1' && catalog !== 'v3' && catalog !== 'none') {
    throw new UsageError(`--catalog must be v1, v3 or none, got "${String(catalog)}"`);
  }
  const url = values['revalidate-url'];
  const secret = values['revalidate-secret'];
  if (typeof secret === 'string' && typeof url !== 'string') {
    throw new UsageError('--revalidate-secret needs --revalidate-url');
  }
  return {
    catalog,
    latencyMs: typeof latency === 'string' ? integer('latency', latency, 0, 0, 60_000) : undefined,
    revalidateUrl: typeof url === 'string' ? httpUrl('revalidate-url', url) : undefined,
    revalidateSecret: nonEmpty('revalidate-secret', secret as string | undefined),
  } as const;
}

function cartAtSignIn(value: string | undefined): 'keep' | 'move' | undefined {
  if (value !== undefined && value !== 'keep' && value !== 'move') {
    throw new UsageError(`--cart-at-sign-in must be keep or move, got "${value}"`);
  }
  return value;
}

function httpUrl(flag: string, value: string): string {
  origin(flag, value);
  return new URL(value).href;
}

/** Parses the CLI flags; throws UsageError with a one-line message on anything unexpected. */
export function parseEmulatorArgs(
  argv: string[],
  env: Readonly<Record<string, string | undefined>>,
  repoRoot: string,
): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'public-url': { type: 'string' },
        'data-dir': { type: 'string' },
        reset: { type: 'boolean' },
        'access-token-ttl': { type: 'string' },
        'site-origin': { type: 'string', multiple: true },
        'admin-api-key': { type: 'string' },
        'site-id': { type: 'string' },
        catalog: { type: 'string' },
        latency: { type: 'string' },
        'revalidate-url': { type: 'string' },
        'revalidate-secret': { type: 'string' },
        'cart-at-sign-in': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  if (values.help) return { help: true };
  const dataDir =
    values['data-dir'] ?? env.EMULATOR_DATA_DIR ?? path.join(repoRoot, '.emulator-data', 'default');
  return {
    help: false,
    options: {
      port: integer('port', values.port, EMULATOR_DEFAULT_PORT, 0, 65535),
      host: values.host ?? '127.0.0.1',
      publicUrl:
        values['public-url'] === undefined ? undefined : origin('public-url', values['public-url']),
      dataDir: path.resolve(dataDir),
      reset: values.reset ?? false,
      accessTokenTtl: integer(
        'access-token-ttl',
        values['access-token-ttl'],
        DEFAULT_ACCESS_TOKEN_TTL,
        1,
        31_536_000,
      ),
      siteOrigins: (values['site-origin'] ?? DEFAULT_SITE_ORIGINS).map((o) =>
        origin('site-origin', o),
      ),
      adminApiKey: nonEmpty('admin-api-key', values['admin-api-key']),
      siteId: nonEmpty('site-id', values['site-id']),
      ...catalogOptions(values),
      cartAtSignIn: cartAtSignIn(values['cart-at-sign-in']),
    },
  };
}
