import { describe, expect, it } from 'vitest';
import { parseCatalogEvent, tagsForEvent } from './revalidation';

describe('catalog revalidation', () => {
  it('refreshes one product and the listings for a product change', () => {
    const event = parseCatalogEvent({
      eventType: 'wix.stores.catalog.v3.product_updated',
      entityId: 'p1',
      slug: 'linen-shirt',
    });
    expect(event && tagsForEvent(event)).toEqual([
      'catalog:product:linen-shirt',
      'catalog:products',
    ]);
  });

  it('refreshes the whole catalog for a product change without a slug', () => {
    expect(tagsForEvent({ eventType: 'wix.stores.v1.product_changed' })).toEqual(['catalog']);
  });

  it('refreshes collections and listings for collection and category changes', () => {
    expect(tagsForEvent({ eventType: 'wix.categories.v1.category_updated' })).toEqual([
      'catalog:collections',
      'catalog:products',
    ]);
  });

  it.each([null, 'x', {}, { eventType: '' }, { eventType: 'a', slug: '../x' }])(
    'rejects %j',
    (body) => {
      expect(parseCatalogEvent(body)).toBeNull();
    },
  );
});
