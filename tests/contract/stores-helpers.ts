import { createClient, OAuthStrategy } from '@wix/sdk';
import { categories } from '@wix/categories';
import { catalogVersioning, collections, products, productsV3 } from '@wix/stores';
import { expect } from 'vitest';
import { EMULATOR_CLIENT_ID } from '@/emulator/defaults';

/** The modules a storefront uses for the catalog, with a visitor's OAuth tokens. */
export const createStoresClient = () =>
  createClient({
    modules: { productsV3, products, collections, catalogVersioning, categories },
    auth: OAuthStrategy({ clientId: EMULATOR_CLIENT_ID }),
  });

export type StoresClient = ReturnType<typeof createStoresClient>;

export const STORES_TREE = { appNamespace: '@wix/stores' };

/** Awaits a call that must fail and returns the SDK's error. */
export async function sdkError(call: Promise<unknown>) {
  const error = await call.then(
    () => expect.unreachable('the call should have failed'),
    (e: unknown) => e,
  );
  return error as {
    status?: number;
    message: string;
    details?: {
      applicationError?: { code?: string | number; description?: string };
      validationError?: { fieldViolations?: { field: string; description: string }[] };
    };
  };
}

export const unique = (xs: readonly unknown[]) => new Set(xs).size === xs.length;
