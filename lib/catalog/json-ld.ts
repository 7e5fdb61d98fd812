import type { Product } from '../wix/types';

/** schema.org Product data for search engines. */
export function productJsonLd(product: Product, url: string) {
  const offers = (product.variants.length ? product.variants : [product]).map((item) => ({
    '@type': 'Offer',
    price: item.price.toFixed(2),
    priceCurrency: product.currency,
    availability: item.inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    url,
    ...('sku' in item && item.sku ? { sku: item.sku } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.plainDescription || undefined,
    image: product.images.map((image) => image.url),
    url,
    offers,
  };
}

/** JSON for a <script> tag: `<` is escaped so no text in it can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
