import type { ProductSort } from '../wix/types';

export const PAGE_SIZE = 12;
const MAX_PAGE = 500;
const MAX_SEARCH_LENGTH = 100;

export const SORT_OPTIONS: ReadonlyArray<{ value: ProductSort; label: string }> = [
  { value: 'featured', label: 'Featured' },
  { value: 'price-asc', label: 'Price: low to high' },
  { value: 'price-desc', label: 'Price: high to low' },
  { value: 'newest', label: 'Newest' },
  { value: 'name', label: 'Name' },
];

/** Everything that decides what a product listing shows: all of it lives in the URL. */
export type ListingState = {
  collection: string | null;
  q: string;
  sort: ProductSort;
  page: number;
};

export const DEFAULT_LISTING: ListingState = { collection: null, q: '', sort: 'featured', page: 1 };

type Params = { get(name: string): string | null };

// Wix slugs may be in any script; what matters is that one cannot leave its path segment
// (no separators, no encoded ones, not `.` or `..`).
export const SLUG = /^(?!\.{1,2}$)[^/\\?#%\s\p{Cc}]{1,200}$/u;

/** Reads listing state from query parameters; anything invalid falls back to the default. */
export function parseListingParams(params: Params, collection: string | null = null): ListingState {
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    collection: collection && SLUG.test(collection) ? collection : null,
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH),
    sort: SORT_OPTIONS.some((o) => o.value === sort) ? (sort as ProductSort) : 'featured',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The public URL of a listing, with only the parameters that differ from the default. */
export function listingHref(state: ListingState, changes: Partial<ListingState> = {}): string {
  const next = { ...state, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.sort !== 'featured') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const path = next.collection ? `/collections/${next.collection}` : '/products';
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

// Listings are rewritten to /listing/<key> so each distinct listing is one cacheable (ISR)
// page; the key is the canonical listing encoded as base64url, so spellings of the same listing
// share one page and keys that are not canonical are refused.
export function listingKey(state: ListingState): string {
  if (state.collection === null && !state.q && state.sort === 'featured' && state.page === 1) {
    return 'all';
  }
  return Buffer.from(JSON.stringify([state.collection, state.q, state.sort, state.page])).toString(
    'base64url',
  );
}

/** The state behind a listing key, or null when the key is not canonical. */
export function parseListingKey(key: string): ListingState | null {
  if (key === 'all') return DEFAULT_LISTING;
  try {
    const raw: unknown = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
    if (!Array.isArray(raw) || raw.length !== 4) return null;
    const [collection, q, sort, page] = raw as unknown[];
    const params = new URLSearchParams({ q: String(q), sort: String(sort), page: String(page) });
    const state = parseListingParams(params, typeof collection === 'string' ? collection : null);
    return listingKey(state) === key ? state : null;
  } catch {
    return null;
  }
}

/** Where middleware sends a listing URL internally, or null for any other path. */
export function listingRewritePath(pathname: string, params: Params): string | null {
  if (pathname === '/products') return `/listing/${listingKey(parseListingParams(params))}`;
  const match = /^\/collections\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return null; // malformed percent-encoding: a plain 404
  }
  if (!SLUG.test(slug)) return null;
  return `/listing/${listingKey(parseListingParams(params, slug))}`;
}
