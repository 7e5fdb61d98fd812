import { getCatalogClient } from './catalog-client';
import { StoresNotInstalledError } from './errors';
import type { CatalogVersion } from './types';

/** Which Wix Stores catalog the site runs; throws StoresNotInstalledError without Stores. */
export async function fetchCatalogVersion(): Promise<CatalogVersion> {
  const client = await getCatalogClient();
  const { catalogVersion } = await client.catalogVersioning.getCatalogVersion();
  if (catalogVersion === 'V1_CATALOG') return 'v1';
  if (catalogVersion === 'V3_CATALOG') return 'v3';
  throw new StoresNotInstalledError();
}

let version: Promise<CatalogVersion> | undefined;

/** Asked once per server process; a failure is not remembered, so the next request retries. */
export function getCatalogVersion(): Promise<CatalogVersion> {
  version ??= fetchCatalogVersion().catch((error: unknown) => {
    version = undefined;
    throw error;
  });
  return version;
}
