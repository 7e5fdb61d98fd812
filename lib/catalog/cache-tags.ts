// Cache tags of the cached Wix reads, so a webhook can refresh exactly what changed. Here, in
// pure lib/catalog, so revalidation needs no lib/wix import.

export const catalogTags = {
  all: 'catalog',
  products: 'catalog:products',
  collections: 'catalog:collections',
  product: (slug: string) => `catalog:product:${slug}`,
} as const;

export const serviceTags = {
  all: 'services',
  service: (slug: string) => `service:${slug}`,
} as const;
