import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { catalogV3 } from '@/lib/wix/catalog-v3';
import { fetchCatalogVersion } from '@/lib/wix/catalog-version';
import { StoresNotInstalledError } from '@/lib/wix/errors';
import { startTestEmulator } from './helpers';

describe('a Wix site without Wix Stores', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ catalog: 'none' });
    process.env.WIX_API_URL = emulator.url;
  });
  afterAll(() => emulator.close());

  it('is reported as such, so pages can say so', async () => {
    await expect(fetchCatalogVersion()).rejects.toBeInstanceOf(StoresNotInstalledError);
  });

  it('refuses catalog calls with a clear Wix-style error', async () => {
    await expect(catalogV3.listCollections()).rejects.toMatchObject({ status: 404 });
  });
});
