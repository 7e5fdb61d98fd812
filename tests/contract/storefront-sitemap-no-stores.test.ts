// A site without Wix Stores still gets a sitemap (its services), never a 500. In a file of its
// own: the Wix reroute points at one emulator per test process.
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';

vi.mock('next/cache', () => ({ unstable_cache: (fn: unknown) => fn }));

let emulator: RunningEmulator;
afterAll(() => emulator.close());

describe('sitemap.xml on a site without Wix Stores', () => {
  it('lists the pages and services, and no products', async () => {
    emulator = await startTestEmulator({ catalog: 'none' });
    process.env.WIX_API_URL = emulator.url;
    delete process.env.WIX_CLIENT_ID;
    const { default: sitemap } = await import('@/app/sitemap');
    const paths = (await sitemap()).map((entry) => new URL(entry.url).pathname);
    expect(paths).toContain('/');
    expect(paths).toContain('/services/haircut');
    expect(paths.some((p) => p.startsWith('/products/') || p.startsWith('/collections/'))).toBe(
      false,
    );
  });
});
