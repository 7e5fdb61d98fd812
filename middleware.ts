import { NextResponse, type NextRequest } from 'next/server';
import { listingRewritePath } from './lib/catalog/listing';
import { sessionCookieName, sessionCookieOptions } from './lib/session';
import { managesOwnSession, needsSession, resealCookie } from './lib/session-upkeep';
import { nowInSeconds } from './lib/wix/token-expiry';

/**
 * A new seal when the session changed (tokens minted or renewed, a member's visit recorded or
 * session ended) or an older SESSION_SECRET sealed it, else null.
 */
async function renewedSeal(request: NextRequest): Promise<string | null> {
  const { pathname } = request.nextUrl;
  // Server actions (the cart's) read and write the session themselves: one writer per response.
  if (managesOwnSession(pathname) || request.headers.has('next-action')) return null;
  const cookie = request.cookies.get(sessionCookieName())?.value;
  // A cookieless request mints nothing here and keeps the page cacheable: a visitor gets a Wix
  // identity at the first cart action or sign-in.
  if (cookie === undefined && !needsSession(pathname)) return null;
  try {
    return await resealCookie(cookie, nowInSeconds());
  } catch (error) {
    // Session upkeep must never turn a page view into an error page.
    console.error(`[storefront] session upkeep failed: ${(error as Error).message}`);
    return null;
  }
}

/**
 * Session upkeep (ensure and refresh Wix tokens, seal the cookie), plus one routing step:
 * product listings are served from cacheable /listing/<key> pages.
 */
export async function middleware(request: NextRequest) {
  const seal = await renewedSeal(request);
  // The page rendering this very request reads the forwarded cookie, so it sees the new tokens.
  if (seal) request.cookies.set(sessionCookieName(), seal);
  const forward = { request: { headers: request.headers } };
  const listing = listingRewritePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  const response = listing
    ? NextResponse.rewrite(new URL(listing, request.url), forward)
    : NextResponse.next(forward);
  if (seal) {
    response.cookies.set(sessionCookieName(), seal, sessionCookieOptions());
    // A response that sets a session cookie must never be stored by a shared cache.
    response.headers.set('Cache-Control', 'private, no-store');
  }
  return response;
}

export const config = {
  runtime: 'nodejs',
  matcher: [
    '/((?!_next/static|_next/image|favicon.ico|.*\\.(?:ico|png|jpg|jpeg|gif|webp|avif|svg|css|js|map|txt|xml|woff2?)$).*)',
  ],
};
