import { cookies } from 'next/headers';
import type { NextRequest } from 'next/server';
import { friendlyPageResponse } from '@/lib/html-page';
import { notConnectedResponse, reportNotConnected } from '@/lib/not-connected';
import { clientAddress, createRateLimit } from '@/lib/rate-limit';
import { sanitizeReturnTo } from '@/lib/return-to';
import { warnOnce } from '@/lib/server-log';
import { LOGIN_TTL_SECONDS, readSession, writeSession, writeSessionWithLogin } from '@/lib/session';
import { upkeepSession } from '@/lib/session-upkeep';
import { isWixManagedPage } from '@/lib/wix-pages';
import { createLoginRedirect } from '@/lib/wix/auth';
import { classifyCallError, describeError } from '@/lib/wix/errors';
import { nowInSeconds } from '@/lib/wix/token-expiry';

export const dynamic = 'force-dynamic';

function unavailable(returnTo: string, message: string): Response {
  return friendlyPageResponse({
    status: 503,
    title: 'Sign-in is unavailable right now',
    message,
    action: { href: `/login?returnTo=${encodeURIComponent(returnTo)}`, label: 'Try again' },
  });
}

// A sign-in without a session mints a Wix visitor grant: a loop of them costs Wix, so each
// address gets a burst of 30 and 30 a minute (per process).
const cookielessSignIns = createRateLimit({ burst: 30, perMinute: 30 });

function tooMany(returnTo: string, retryAfterSeconds: number): Response {
  return friendlyPageResponse({
    status: 429,
    title: 'Too many sign-in attempts',
    message: `Please wait ${retryAfterSeconds} seconds, then try again.`,
    action: { href: `/login?returnTo=${encodeURIComponent(returnTo)}`, label: 'Try again' },
    headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'private, no-store' },
  });
}

/** Starts a sign-in on the Wix-managed login page; the callback finishes it. */
export async function GET(request: NextRequest) {
  const returnTo = sanitizeReturnTo(request.nextUrl.searchParams.get('returnTo'));
  const cookieStore = await cookies();
  const now = nowInSeconds();
  const current = await readSession(cookieStore);
  if (!current?.tokens) {
    const allowed = cookielessSignIns.take(clientAddress(request.headers));
    if (!allowed.ok) return tooMany(returnTo, allowed.retryAfterSeconds);
  }
  const upkeep = await upkeepSession(current, now);
  if (upkeep.kind === 'unavailable') {
    return upkeep.reason === 'not-authorized'
      ? notConnectedResponse()
      : unavailable(returnTo, 'We could not reach Wix to start your sign-in. Nothing was changed.');
  }
  const { session } = upkeep;
  if (!session.tokens) return unavailable(returnTo, 'Wix gave this browser no session.');
  try {
    const { authUrl, login } = await createLoginRedirect(
      session.tokens,
      returnTo,
      now + LOGIN_TTL_SECONDS,
    );
    if (!isWixManagedPage(authUrl)) {
      if (upkeep.kind === 'updated') await writeSession(cookieStore, session);
      warnOnce('login-url', "Wix answered a sign-in page outside Wix's hosts; not following it");
      return unavailable(
        returnTo,
        'Wix sent an unexpected sign-in address, so we did not follow it.',
      );
    }
    await writeSessionWithLogin(cookieStore, session, login, now);
    return new Response(null, {
      status: 303,
      headers: { Location: authUrl, 'Cache-Control': 'private, no-store' },
    });
  } catch (error) {
    if (upkeep.kind === 'updated') await writeSession(cookieStore, session);
    // Wix refusing the redirect session is about the OAuth app's settings, not an outage.
    if (classifyCallError(error) === 'refused') {
      reportNotConnected(describeError(error));
      return notConnectedResponse();
    }
    warnOnce('login-redirect', `could not start a Wix sign-in: ${describeError(error)}`);
    return unavailable(
      returnTo,
      'Wix did not let us start your sign-in. Please try again shortly.',
    );
  }
}
