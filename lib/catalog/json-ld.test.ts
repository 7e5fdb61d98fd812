import { describe, expect, it } from 'vitest';
import type { Product } from '../wix/types';
import { productJsonLd, serializeJsonLd } from './json-ld';

const product: Product = {
  id: 'p1',
  slug: 'shirt',
  name: 'Shirt </script><script>alert(1)</script>',
  currency: 'USD',
  price: 20,
  compareAtPrice: 25,
  ribbon: null,
  inStock: true,
  image: null,
  descriptionHtml: '<p>Nice</p>',
  plainDescription: 'Nice',
  images: [{ url: 'https://static.wixstatic.com/media/a.png', width: 1, height: 1, alt: '' }],
  options: [],
  variants: [
    { id: 'v1', choices: {}, price: 20, compareAtPrice: 25, sku: 'S-1', inStock: true },
    { id: 'v2', choices: {}, price: 22, compareAtPrice: null, sku: null, inStock: false },
  ],
  collectionIds: [],
  updatedAt: null,
};

describe('productJsonLd', () => {
  it('describes every variant as an offer', () => {
    const data = productJsonLd(product, 'https://shop.example/products/shirt');
    expect(data.offers).toEqual([
      expect.objectContaining({
        price: '20.00',
        availability: 'https://schema.org/InStock',
        sku: 'S-1',
      }),
      expect.objectContaining({ price: '22.00', availability: 'https://schema.org/OutOfStock' }),
    ]);
    expect(data.image).toEqual(['https://static.wixstatic.com/media/a.png']);
  });

  it('cannot break out of its script tag', () => {
    const json = serializeJsonLd(productJsonLd(product, 'https://shop.example/p'));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).name).toBe(product.name);
  });
});
