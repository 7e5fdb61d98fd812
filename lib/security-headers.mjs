import { WIX_HOST_SUFFIXES } from './wix-hosts.mjs';

const WIX_MEDIA_ORIGIN = 'https://static.wixstatic.com';
// CSP has no spelling for [::1]; the emulator answers on the other loopback names as well.
const LOOPBACK = ['localhost', '127.0.0.1'];
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
// The shop uses none of these; denying them means no script or frame it loads can ask.
const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

function parseUrl(value, name) {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // reported below
  }
  throw new Error(`${name} must be an http(s) URL, got "${value}"`);
}

/** The emulator's pages are reached under any loopback name, so each gets its own source. */
function apiOrigins(wixApiUrl) {
  if (!wixApiUrl) return [];
  const url = parseUrl(wixApiUrl, 'WIX_API_URL');
  if (![...LOOPBACK, '[::1]'].includes(url.hostname)) return [url.origin];
  const port = url.port ? `:${url.port}` : '';
  return LOOPBACK.map((host) => `${url.protocol}//${host}${port}`);
}

function pageHostSources(hosts) {
  for (const host of hosts) {
    if (!HOST_NAME.test(host)) {
      throw new Error(
        `WIX_MANAGED_PAGE_HOSTS must list host names such as checkout.example.com, got "${host}"`,
      );
    }
  }
  return hosts.map((host) => `https://${host}`);
}

/** @param {import('./security-headers.d.mts').ShopOrigins} origins */
export function contentSecurityPolicy({ wixApiUrl, emulator, pageHosts, dev }) {
  const api = apiOrigins(wixApiUrl);
  const wixPages = WIX_HOST_SUFFIXES.flatMap((suffix) => [
    `https://${suffix}`,
    `https://*.${suffix}`,
  ]);
  const directives = {
    'default-src': ["'self'"],
    // Prerendered and ISR pages are the same bytes for everyone (no nonce) and Next inlines a
    // different RSC payload script in each (no hashes), so inline scripts stay allowed; React's
    // development build needs eval.
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Server-rendered style attributes (colour swatches, next/image) count as inline styles.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", WIX_MEDIA_ORIGIN, ...(emulator ? api : [])],
    'font-src': ["'self'"],
    // The browser only calls the shop's own API routes; 'self' also covers next dev's HMR socket.
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Chrome also checks the redirects after a form post: /login, /logout and server actions
    // answer with Wix's (or the emulator's) sign-in, sign-out, checkout and booking pages.
    'form-action': ["'self'", ...wixPages, ...pageHostSources(pageHosts), ...api],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** @param {import('./security-headers.d.mts').ShopOrigins} origins */
export function securityHeaders(origins) {
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(origins) },
    { key: 'Permissions-Policy', value: DENIED_FEATURES.map((f) => `${f}=()`).join(', ') },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // For browsers older than frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
  // Browsers ignore HSTS over http, and on a plain-http SITE_URL it would only mislead.
  if (parseUrl(origins.siteUrl, 'SITE_URL').protocol === 'https:') {
    headers.push({
      key: 'Strict-Transport-Security',
      value: 'max-age=63072000; includeSubDomains',
    });
  }
  return headers;
}

/** The same variables lib/env.ts reads (next.config.mjs cannot import TypeScript). */
export function readShopOrigins(env) {
  return {
    siteUrl: env.SITE_URL?.trim() || 'http://localhost:3000',
    wixApiUrl: env.WIX_API_URL?.trim() || undefined,
    emulator: !env.WIX_CLIENT_ID?.trim(),
    pageHosts: (env.WIX_MANAGED_PAGE_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
    dev: env.NODE_ENV === 'development',
  };
}
