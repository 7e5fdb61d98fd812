// sitemap.xml and robots.txt from the storefront's own route modules, against the emulator:
// with Wix Stores and Bookings (the site without Stores: storefront-sitemap-no-stores.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '@/emulator/server';
import { startTestEmulator } from './helpers';

// Outside Next there is no data cache: every call asks the emulator.
vi.mock('next/cache', () => ({ unstable_cache: (fn: unknown) => fn }));

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  vi.resetModules();
});

async function sitemapOf(catalog: 'v3' | 'none'): Promise<string[]> {
  emulator = await startTestEmulator({ catalog });
  process.env.WIX_API_URL = emulator.url;
  delete process.env.WIX_CLIENT_ID;
  const { default: sitemap } = await import('@/app/sitemap');
  return (await sitemap()).map((entry) => new URL(entry.url).pathname);
}

describe('sitemap.xml', () => {
  it('lists the pages, collections, products and services', async () => {
    const paths = await sitemapOf('v3');
    expect(paths.slice(0, 2)).toEqual(['/', '/products']);
    expect(paths).toContain('/products/classic-linen-shirt');
    expect(paths).toContain('/services');
    expect(paths).toContain('/services/haircut');
    expect(paths).toContain('/services/yoga-flow');
    expect(paths.filter((p) => p.startsWith('/collections/')).length).toBeGreaterThan(0);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('robots.txt', () => {
  it('points at the sitemap and keeps crawlers off private and per-visitor pages', async () => {
    const { default: robots } = await import('@/app/robots');
    const rules = robots();
    expect(rules.sitemap).toMatch(/\/sitemap\.xml$/);
    const [rule] = [rules.rules].flat();
    for (const path of ['/account', '/cart', '/thank-you', '/booking-confirmed', '/api/']) {
      expect(rule?.disallow).toContain(path);
    }
  });
});
