import { cookies } from 'next/headers';
import type { NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { friendlyPageResponse } from '@/lib/html-page';
import { warnOnce } from '@/lib/server-log';
import { clearSession, isMember, readSession } from '@/lib/session';
import { createLogoutRedirect } from '@/lib/wix/auth';
import { describeError } from '@/lib/wix/errors';
import { isWixManagedPage } from '@/lib/wix-pages';

export const dynamic = 'force-dynamic';

/** Browsers send Origin on POST; Sec-Fetch-Site covers the rare one that does not. */
function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (origin) return origin === getEnv().siteUrl;
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) {
    return friendlyPageResponse({
      status: 403,
      title: 'Sign-out refused',
      message: 'Sign-out requests must come from this shop. You are still signed in.',
      action: { href: '/', label: 'Back to the shop' },
    });
  }
  const cookieStore = await cookies();
  const session = await readSession(cookieStore);
  const home = `${getEnv().siteUrl}/`;
  if (!isMember(session) || !session?.tokens) {
    return Response.redirect(home, 303);
  }
  let location = home;
  try {
    // The Wix-managed logout page ends the Wix login too, then returns to the home page.
    const wixLogout = await createLogoutRedirect(session.tokens);
    // Anything but Wix's own page: sign out here only, and say so in the log.
    if (isWixManagedPage(wixLogout)) location = wixLogout;
    else
      warnOnce('logout-url', 'Wix answered a logout page outside its hosts; signing out locally');
  } catch (error) {
    warnOnce('logout', `Wix logout failed, signing out locally: ${describeError(error)}`);
  }
  clearSession(cookieStore);
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'private, no-store' },
  });
}

/** Signing out changes state, so a link or prefetch (GET) must never do it. */
export function GET() {
  return friendlyPageResponse({
    status: 405,
    title: 'Use the Sign out button',
    message: 'Signing out only works from the Sign out button in the shop header.',
    action: { href: '/', label: 'Back to the shop' },
    headers: { Allow: 'POST' },
  });
}
