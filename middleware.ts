import { NextResponse, type NextRequest } from 'next/server';
import { sealSession, sessionCookieName, sessionCookieOptions, unsealSession } from './lib/session';
import { managesOwnSession, needsSession, upkeepSession } from './lib/session-upkeep';
import { nowInSeconds } from './lib/wix/token-expiry';

/** Session upkeep only: ensure and refresh Wix tokens, seal the cookie. */
export async function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (managesOwnSession(pathname)) return NextResponse.next();
  const name = sessionCookieName();
  const cookie = request.cookies.get(name)?.value;
  // A cookieless crawler on a catalog page costs Wix nothing and keeps the page cacheable.
  if (cookie === undefined && !needsSession(pathname)) return NextResponse.next();

  const result = await upkeepSession(await unsealSession(cookie), nowInSeconds());
  if (result.kind !== 'updated') return NextResponse.next();

  const seal = await sealSession(result.session);
  // The page rendering this very request reads the forwarded cookie, so it sees the new tokens.
  request.cookies.set(name, seal);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(name, seal, sessionCookieOptions());
  // A response that sets a session cookie must never be stored by a shared cache.
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  runtime: 'nodejs',
  matcher: [
    '/((?!_next/static|_next/image|favicon.ico|.*\\.(?:ico|png|jpg|jpeg|gif|webp|avif|svg|css|js|map|txt|xml|woff2?)$).*)',
  ],
};
