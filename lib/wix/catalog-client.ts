import { createClient, OAuthStrategy } from '@wix/sdk';
import { availabilityTimeSlots, eventTimeSlots, services } from '@wix/bookings';
import { categories } from '@wix/categories';
import { catalogVersioning, collections, products, productsV3 } from '@wix/stores';
import { getEnv } from '../env';
import { mintVisitorTokens, renewSessionTokens } from './auth';
import { toSdkTokens } from './client';
import { installWixTransport } from './reroute';
import { decideTokenAction, nowInSeconds } from './token-expiry';
import type { SessionTokens } from './types';

// "Catalog" as in the style guide: Stores products and collections, and Bookings services and
// their free times.
const modules = {
  availabilityTimeSlots,
  catalogVersioning,
  categories,
  collections,
  eventTimeSlots,
  products,
  productsV3,
  services,
};

// Catalog data is the same for everyone, so one visitor grant serves the whole process:
// crawlers and shoppers alike cost Wix no token of their own.
let tokens: SessionTokens | undefined;
let pending: Promise<SessionTokens> | undefined;

async function refreshCatalogTokens(current: SessionTokens | undefined): Promise<SessionTokens> {
  if (current) {
    try {
      return await renewSessionTokens(current);
    } catch {
      // A refused renewal (revoked, app recreated) simply starts a new grant.
    }
  }
  return mintVisitorTokens();
}

async function catalogTokens(): Promise<SessionTokens> {
  if (tokens && decideTokenAction(tokens, nowInSeconds()) === 'keep') return tokens;
  // Single flight: concurrent renders share one grant instead of each minting their own.
  pending ??= refreshCatalogTokens(tokens).finally(() => {
    pending = undefined;
  });
  tokens = await pending;
  return tokens;
}

/** Drops the shared grant after Wix refused it, so the next read starts a new one. */
export function forgetCatalogTokens(): void {
  tokens = undefined;
}

/** A cookieless client for catalog reads, shared by every visitor. */
export async function getCatalogClient() {
  const env = getEnv();
  installWixTransport(env.wixApiUrl);
  return createClient({
    modules,
    auth: OAuthStrategy({ clientId: env.wixClientId, tokens: toSdkTokens(await catalogTokens()) }),
  });
}

export type CatalogClient = Awaited<ReturnType<typeof getCatalogClient>>;

/**
 * Runs a catalog read; when Wix no longer accepts the shared grant (401: the OAuth app was
 * recreated or its tokens revoked) it starts a new grant and reads once more.
 */
export async function withFreshGrantOn401<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if ((error as { status?: unknown } | null)?.status !== 401) throw error;
    forgetCatalogTokens();
    return read();
  }
}
