export type ShopOrigins = {
  /** SITE_URL: https turns on HSTS. */
  siteUrl: string;
  /** WIX_API_URL: the emulator (or a proxy) whose pages the shop may redirect to. */
  wixApiUrl: string | undefined;
  /** No WIX_CLIENT_ID: the emulator serves Wix, media included. */
  emulator: boolean;
  /** WIX_MANAGED_PAGE_HOSTS, lower-cased. */
  pageHosts: string[];
  /** `next dev`: React's development build needs eval. */
  dev: boolean;
};

export type Header = { key: string; value: string };

export function contentSecurityPolicy(origins: ShopOrigins): string;
/** Throws a one-line message naming the variable when a value could not be a source. */
export function securityHeaders(origins: ShopOrigins): Header[];
export function readShopOrigins(env: Record<string, string | undefined>): ShopOrigins;
