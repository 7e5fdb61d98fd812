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

  it('refreshes one service and the services page for a Bookings service change', () => {
    const event = parseCatalogEvent({
      eventType: 'wix.bookings.services.v2.service_updated',
      entityId: 's1',
      slug: 'haircut',
    });
    expect(event && tagsForEvent(event)).toEqual(['service:haircut', 'services']);
    expect(tagsForEvent({ eventType: 'wix.bookings.services.v2.service_deleted' })).toEqual([
      'services',
    ]);
  });

  it('leaves the product catalog alone for a service change, and services for a product change', () => {
    const service = tagsForEvent({ eventType: 'wix.bookings.services.v2.service_created' });
    expect(service.some((tag) => tag.startsWith('catalog'))).toBe(false);
    const product = tagsForEvent({ eventType: 'wix.stores.v3.product_updated', slug: 'x' });
    expect(product.some((tag) => tag.startsWith('service'))).toBe(false);
  });

  it.each([null, 'x', {}, { eventType: '' }, { eventType: 'a', slug: '../x' }])(
    'rejects %j',
    (body) => {
      expect(parseCatalogEvent(body)).toBeNull();
    },
  );
});
