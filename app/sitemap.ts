import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/catalog/site-url';
import { getAllProducts, getCollections } from '@/lib/wix/catalog';

// Must be a literal for Next; the same lifetime as CATALOG_REVALIDATE_SECONDS.
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [products, collections] = await Promise.all([getAllProducts(), getCollections()]);
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/products'), changeFrequency: 'daily', priority: 0.8 },
    ...collections.map((c) => ({
      url: absoluteUrl(`/collections/${c.slug}`),
      changeFrequency: 'weekly' as const,
    })),
    ...products.map((p) => ({
      url: absoluteUrl(`/products/${p.slug}`),
      changeFrequency: 'weekly' as const,
    })),
  ];
}
