import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/catalog/site-url';
import { warnOnce } from '@/lib/server-log';
import { getAllProducts, getCollections } from '@/lib/wix/catalog';
import { describeError, unlessStoresMissing } from '@/lib/wix/errors';
import { getServices } from '@/lib/wix/services';

// Must be a literal for Next; the same lifetime as CATALOG_REVALIDATE_SECONDS.
export const revalidate = 300;

const weekly = (path: string) => ({ url: absoluteUrl(path), changeFrequency: 'weekly' as const });

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [catalog, services] = await Promise.all([
    // A site without Wix Stores still has a sitemap: its services and pages.
    unlessStoresMissing(Promise.all([getAllProducts(), getCollections()]), [[], []] as const),
    // Services are a part of the map, not a reason to fail it: they come back within 5 minutes.
    getServices().catch((error: unknown) => {
      warnOnce('sitemap-services', `sitemap without services: ${describeError(error)}`);
      return [];
    }),
  ]);
  const [products, collections] = catalog;
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/products'), changeFrequency: 'daily', priority: 0.8 },
    ...collections.map((c) => weekly(`/collections/${c.slug}`)),
    ...products.map((p) => weekly(`/products/${p.slug}`)),
    { url: absoluteUrl('/services'), changeFrequency: 'daily', priority: 0.8 },
    ...services.map((s) => weekly(`/services/${s.slug}`)),
  ];
}
