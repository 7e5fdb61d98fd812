import { fileURLToPath } from 'node:url';
import { readShopOrigins, securityHeaders } from './lib/security-headers.mjs';

// Product images come from Wix media; in emulator mode the emulator serves them itself.
function imageHosts() {
  const hosts = [{ protocol: 'https', hostname: 'static.wixstatic.com', pathname: '/media/**' }];
  const api =
    process.env.WIX_API_URL && !process.env.WIX_CLIENT_ID ? new URL(process.env.WIX_API_URL) : null;
  if (api) {
    const protocol = api.protocol.replace(':', '');
    hosts.push({ protocol, hostname: api.hostname, port: api.port, pathname: '/media/**' });
  }
  return hosts;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folder so it never clobbers a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // ISR pages and the data cache in memory, bounded (CACHE_MAX_MB): nothing written at run time.
  cacheHandler: fileURLToPath(new URL('./lib/cache/bounded-cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // `npm test` runs tsc and eslint over the whole project once; builds need not repeat them.
  typescript: { ignoreBuildErrors: true },
  eslint: { ignoreDuringBuilds: true },
  images: { remotePatterns: imageHosts() },
  // The dev request log prints whole URLs; the callback's carries a one-time sign-in code.
  logging: { incomingRequests: { ignore: [/^\/auth\/callback/] } },
  reactStrictMode: true,
  async headers() {
    return [
      // Read at build time: a production server keeps the policy of the build it serves.
      { source: '/:path*', headers: securityHeaders(readShopOrigins(process.env)) },
      // These headers win over a route handler's own, so the callback is left out here.
      {
        source: '/((?!auth/callback).*)',
        headers: [{ key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' }],
      },
      // A shopper's cart, order and booking are theirs alone: no shared cache may keep them.
      {
        source: '/(cart|thank-you)',
        headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
      },
      // `:path*` also matches /booking-confirmed itself, and its .ics download.
      {
        source: '/booking-confirmed/:path*',
        headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
      },
      // The callback URL carries a one-time code: never send it on as a Referer.
      { source: '/auth/callback', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
};

export default nextConfig;
