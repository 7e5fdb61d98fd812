import { describe, expect, it } from 'vitest';
import { isReadCall, sdkMethodOf, wixApiOf } from './call-kind';

const bi = (fqn: string) => `environment=js-sdk,package-name=@wix/x,method-fqn=${fqn},entity=e`;

describe('wixApiOf', () => {
  it.each([
    ['/oauth2/token', 'oauth2'],
    ['/_api/redirects-api/v1/redirect-session', 'redirects'],
    ['/members/v1/members/my', 'members'],
    ['/stores/v3/products/search', 'stores'],
    ['/stores-reader/v1/products/query-platformized', 'stores'],
    ['/v2/collections/slug/sale', 'collections'],
    ['/categories/v1/categories/query', 'categories'],
    ['/v1/recommendations/get', 'recommendations'],
    ['/ecom/v2/carts/current/calculate', 'ecom'],
    ['/_api/bookings/v2/services/query', 'bookings'],
    ['/_api/bookings-reader/v2/extended-bookings/query', 'bookings'],
    ['/_api/bookings-service/v2/bookings', 'bookings'],
    ['/_api/service-availability/v2/time-slots', 'service-availability'],
    ['/wix-data/v2/items/query', 'wix-data'],
  ])('%s is the %s API', (path, api) => {
    expect(wixApiOf(path)).toBe(api);
  });

  it.each(['/', '', '/v1', '/%3Cscript%3E/x', `/${'a'.repeat(60)}/v1`])(
    'names %j "other" (never path text that is not an API name)',
    (path) => {
      expect(wixApiOf(path)).toBe('other');
    },
  );
});

describe('sdkMethodOf', () => {
  it('reads the method name from the SDK header', () => {
    expect(sdkMethodOf(bi('wix.bookings.services.v2.ServicesService.QueryServices'))).toBe(
      'QueryServices',
    );
    expect(sdkMethodOf('environment=js-sdk')).toBeNull();
    expect(sdkMethodOf(null)).toBeNull();
  });
});

describe('isReadCall', () => {
  it.each([
    ['GET', '/stores/v3/products/search', null],
    ['HEAD', '/members/v1/members/my', null],
    ['POST', '/_api/bookings/v2/services/query', bi('x.ServicesService.QueryServices')],
    [
      'POST',
      '/_api/service-availability/v2/time-slots',
      bi('x.AvailabilityTimeSlots.ListAvailabilityTimeSlots'),
    ],
    [
      'POST',
      '/_api/service-availability/v2/time-slots/get',
      bi('x.AvailabilityTimeSlots.GetAvailabilityTimeSlot'),
    ],
    ['post', '/v1/recommendations/get', bi('x.Recommendations.GetRecommendation')],
    // Without the SDK's header, a path that names a query.
    ['POST', '/categories/v1/categories/query', null],
    ['POST', '/ecom/v1/orders/search', null],
  ])('%s %s is a read', (method, path, header) => {
    expect(isReadCall(method, path, header)).toBe(true);
  });

  it.each([
    [
      'POST',
      '/ecom/v2/carts/current/add-line-items',
      bi('x.CurrentCartService.AddLineItemsToCurrentCart'),
    ],
    ['POST', '/ecom/v2/carts/current/calculate', bi('x.CurrentCartService.CalculateCurrentCart')],
    ['POST', '/_api/bookings-service/v2/bookings', bi('x.Bookings.CreateBooking')],
    [
      'POST',
      '/_api/redirects-api/v1/redirect-session',
      bi('x.RedirectSessionService.CreateRedirectSession'),
    ],
    ['POST', '/ecom/v1/carts/x/query', bi('x.Carts.GetOrCreateCart')],
    ['POST', '/ecom/v2/carts/current/add-line-items', null],
    ['PATCH', '/ecom/v2/carts/current', null],
    ['DELETE', '/ecom/v2/carts/current', null],
    // The token endpoint, whatever the method: session upkeep answers its failures itself.
    ['POST', '/oauth2/token', bi('wix.identity.oauth2.v1.Oauth2Ng.Token')],
    ['GET', '/oauth2/token', null],
  ])('%s %s is not a read', (method, path, header) => {
    expect(isReadCall(method, path, header)).toBe(false);
  });
});
