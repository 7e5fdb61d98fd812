/** Our own shapes; pages never see the SDK's. */

export type TokenRole = 'visitor' | 'member';

/** A Wix OAuth grant as the session keeps it (compact: it lives in a cookie). */
export type SessionTokens = {
  accessToken: string;
  /** Unix seconds. */
  accessExpiresAt: number;
  refreshToken: string;
  role: TokenRole;
};

/** What a sign-in needs to remember between /login and /auth/callback. */
export type LoginTransaction = {
  state: string;
  codeVerifier: string;
  returnTo: string;
  /** Unix seconds. */
  expiresAt: number;
};

export type Member = {
  id: string;
  name: string;
  email: string | null;
  memberSince: Date | null;
};

export type CatalogVersion = 'v1' | 'v3';

export type ProductImage = { url: string; width: number; height: number; alt: string };

export type OptionChoice = {
  value: string;
  /** CSS colour for swatch options. */
  color: string | null;
  /** False when every variant with this choice is out of stock. */
  inStock: boolean;
};

export type ProductOption = { name: string; kind: 'list' | 'color'; choices: OptionChoice[] };

export type ProductVariant = {
  id: string;
  /** Option name → chosen value, e.g. { Size: 'M', Color: 'Red' }. */
  choices: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  sku: string | null;
  inStock: boolean;
};

/** What a product card needs: the same for both catalogs. */
export type ProductSummary = {
  id: string;
  slug: string;
  name: string;
  currency: string;
  /** Lowest price a shopper pays. */
  price: number;
  /** Original price when discounted, else null. */
  compareAtPrice: number | null;
  ribbon: string | null;
  inStock: boolean;
  image: ProductImage | null;
};

export type Product = ProductSummary & {
  /** Sanitized HTML, safe to render. */
  descriptionHtml: string;
  plainDescription: string;
  images: ProductImage[];
  options: ProductOption[];
  variants: ProductVariant[];
  collectionIds: string[];
  /** ISO date: catalog data goes through the JSON-based data cache. */
  updatedAt: string | null;
};

export type Collection = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  image: ProductImage | null;
};

export type ProductSort = 'featured' | 'price-asc' | 'price-desc' | 'newest' | 'name';

export type ProductQuery = {
  collectionId?: string;
  search?: string;
  sort: ProductSort;
  page: number;
  pageSize: number;
};

export type ProductPage = {
  items: ProductSummary[];
  page: number;
  pageCount: number;
  total: number;
};
