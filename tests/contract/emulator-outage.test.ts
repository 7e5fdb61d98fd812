import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { catalogV3 } from '@/lib/wix/catalog-v3';
import { forgetCatalogTokens } from '@/lib/wix/catalog-client';
import { startTestEmulator } from './helpers';

const setOutage = (emulator: RunningEmulator, down: boolean) =>
  fetch(`${emulator.url}/__emulator/outage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ down }),
  });

describe('a simulated Wix outage', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    process.env.WIX_API_URL = emulator.url;
  });
  afterAll(() => emulator.close());

  it('makes the storefront catalog throw, never answer an empty catalog', async () => {
    expect((await catalogV3.listCollections()).length).toBeGreaterThan(0);
    expect((await setOutage(emulator, true)).status).toBe(200);
    await expect(catalogV3.listCollections()).rejects.toMatchObject({ status: 503 });
    forgetCatalogTokens();
    await expect(catalogV3.listCollections()).rejects.toThrow(/Failed to fetch tokens/);
  });

  it('keeps the hosted pages and media up, and ends when switched off', async () => {
    const media = await fetch(`${emulator.url}/media/emu-ceramic-bud-vase-1.png`);
    expect(media.status).toBe(200);
    expect((await fetch(`${emulator.url}/_wix/login?session=nope`)).status).toBe(400);
    await setOutage(emulator, false);
    expect((await catalogV3.listCollections()).length).toBeGreaterThan(0);
  });

  it('refuses a switch without a boolean', async () => {
    const response = await fetch(`${emulator.url}/__emulator/outage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
  });
});
