import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LISTING,
  listingHref,
  listingKey,
  listingRewritePath,
  parseListingKey,
  parseListingParams,
  SLUG,
} from './listing';

const params = (query: string) => new URLSearchParams(query);

describe('parseListingParams', () => {
  it('reads valid state', () => {
    expect(
      parseListingParams(params('q=%20linen%20%20shirt&sort=price-asc&page=2'), 'shirts'),
    ).toEqual({
      collection: 'shirts',
      q: 'linen shirt',
      sort: 'price-asc',
      page: 2,
    });
  });

  it.each(['sort=cheapest', 'page=0', 'page=-1', 'page=1.5', 'page=abc', 'page=9999'])(
    'falls back to defaults for %s',
    (query) => {
      expect(parseListingParams(params(query))).toEqual(DEFAULT_LISTING);
    },
  );

  it('caps long searches and refuses odd collection slugs', () => {
    expect(parseListingParams(params(`q=${'a'.repeat(300)}`)).q).toHaveLength(100);
    expect(parseListingParams(params(''), '../etc').collection).toBeNull();
    expect(parseListingParams(params(''), 'a b').collection).toBeNull();
  });
});

describe('listingHref', () => {
  it('keeps only non-default parameters', () => {
    expect(listingHref(DEFAULT_LISTING)).toBe('/products');
    expect(listingHref(DEFAULT_LISTING, { q: 'linen shirt', page: 2 })).toBe(
      '/products?q=linen+shirt&page=2',
    );
    expect(listingHref({ ...DEFAULT_LISTING, collection: 'shirts' }, { sort: 'newest' })).toBe(
      '/collections/shirts?sort=newest',
    );
  });
});

describe('listing keys', () => {
  it('round-trips every canonical state', () => {
    const states = [
      DEFAULT_LISTING,
      { collection: 'shirts', q: '', sort: 'featured' as const, page: 1 },
      { collection: null, q: 'café au lait', sort: 'price-desc' as const, page: 3 },
    ];
    for (const state of states) expect(parseListingKey(listingKey(state))).toEqual(state);
  });

  it('refuses keys that are not canonical', () => {
    const junk = Buffer.from(JSON.stringify([null, '', 'featured', 0])).toString('base64url');
    expect(parseListingKey(junk)).toBeNull();
    expect(parseListingKey('not-base64-json')).toBeNull();
    expect(parseListingKey(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
  });
});

describe('listingRewritePath', () => {
  it('rewrites product and collection listings', () => {
    expect(listingRewritePath('/products', params(''))).toBe('/listing/all');
    expect(listingRewritePath('/products', params('page=2'))).toBe(
      `/listing/${listingKey({ ...DEFAULT_LISTING, page: 2 })}`,
    );
    expect(listingRewritePath('/collections/shirts', params(''))).toBe(
      `/listing/${listingKey({ ...DEFAULT_LISTING, collection: 'shirts' })}`,
    );
  });

  it('keeps slugs in any script and refuses malformed or path-breaking ones', () => {
    expect(listingRewritePath('/collections/%D7%A9%D7%9C%D7%95%D7%9D', params(''))).toBe(
      `/listing/${listingKey({ ...DEFAULT_LISTING, collection: 'שלום' })}`,
    );
    expect(listingRewritePath('/collections/%E0', params(''))).toBeNull();
    expect(listingRewritePath('/collections/a%2Fb', params(''))).toBeNull();
    expect(listingRewritePath('/collections/a%00b', params(''))).toBeNull();
  });

  it('leaves other paths alone', () => {
    expect(listingRewritePath('/products/linen-shirt', params(''))).toBeNull();
    expect(listingRewritePath('/collections/BAD%20SLUG', params(''))).toBeNull();
    expect(listingRewritePath('/', params(''))).toBeNull();
  });
});

describe('SLUG', () => {
  it('accepts slugs in any script and refuses what could leave a path segment', () => {
    for (const ok of ['classic-linen-shirt', 'tee.v2', 'ütü-ölçer', '日本茶', '...x']) {
      expect(SLUG.test(ok), ok).toBe(true);
    }
    for (const bad of [
      '.',
      '..',
      'a/b',
      'a%2Fb',
      '%2e%2e',
      'a\\b',
      'a b',
      'a?b',
      'a#b',
      '',
      'x'.repeat(201),
    ]) {
      expect(SLUG.test(bad), bad).toBe(false);
    }
  });
});
