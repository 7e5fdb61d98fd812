import { cookies } from 'next/headers';
import type { NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { friendlyPageResponse } from '@/lib/html-page';
import { warnOnce } from '@/lib/server-log';
import { findLogin, readSession, writeSession } from '@/lib/session';
import { exchangeLoginCode } from '@/lib/wix/auth';
import { notConnectedResponse, reportNotConnected } from '@/lib/not-connected';
import { keepCartAtSignIn } from '@/lib/wix/cart-merge';
import { classifyTokenError, describeError, isUnknownClient } from '@/lib/wix/errors';
import { getCurrentMember } from '@/lib/wix/members';
import { nowInSeconds } from '@/lib/wix/token-expiry';

export const dynamic = 'force-dynamic';

const OAUTH_ERRORS = new Set([
  'login_required',
  'consent_required',
  'interaction_required',
  'invalid_request',
  'unauthorized_client',
  'invalid_scope',
  'server_error',
  'temporarily_unavailable',
]);

// Wix's descriptions are a sentence or two; a longer one is cut rather than filling the page.
const MAX_DESCRIPTION = 300;

// The callback URL carries a one-time code: never let it leak through Referer or a cache.
const PRIVATE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

function failed(title: string, message: string, detail?: string, status = 400): Response {
  return friendlyPageResponse({
    status,
    title,
    message,
    detail,
    action: { href: '/login', label: 'Try again' },
    headers: PRIVATE,
  });
}

/**
 * Wix ended a sign-in with an error. Its description is shown only when `state` names a sign-in
 * this browser started (anyone can send a link with text of their choosing otherwise), and that
 * sign-in is then over.
 */
async function signInError(error: string, state: string | null, description: string | null) {
  const cookieStore = await cookies();
  const session = await readSession(cookieStore);
  const login = session && state ? findLogin(session, state) : undefined;
  if (session && login) {
    const logins = (session.logins ?? []).filter((l) => l !== login);
    await writeSession(cookieStore, { ...session, logins });
  }
  const detail = login && description ? description.slice(0, MAX_DESCRIPTION) : undefined;
  if (error === 'access_denied') {
    return failed(
      'Sign-in cancelled',
      'You cancelled signing in. You are still browsing as a guest.',
      detail,
    );
  }
  return failed(
    'Sign-in did not complete',
    // Only OAuth's own codes are named: the link could carry anyone's text.
    OAUTH_ERRORS.has(error) ? `Wix ended the sign-in (${error}).` : 'Wix ended the sign-in.',
    detail,
  );
}

/** Finishes a sign-in; a failure leaves the session as it was (an error from Wix ends that sign-in). */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const code = params.get('code');
  const state = params.get('state');
  const error = params.get('error');
  if (error) return signInError(error, state, params.get('error_description'));
  if (!code || !state) {
    return failed('This sign-in link is incomplete', 'The link is missing its code or state.');
  }
  const cookieStore = await cookies();
  const session = await readSession(cookieStore);
  const login = findLogin(session, state);
  if (!login) {
    return failed(
      'This sign-in cannot be finished here',
      'It was not started in this browser, or it has already been used.',
    );
  }
  const now = nowInSeconds();
  if (login.expiresAt <= now) {
    return failed('This sign-in has expired', 'Sign-ins must be finished within ten minutes.');
  }
  let tokens;
  try {
    tokens = await exchangeLoginCode(code, state, login);
  } catch (exchangeError) {
    if (isUnknownClient(exchangeError)) {
      reportNotConnected(describeError(exchangeError));
      return notConnectedResponse();
    }
    warnOnce('login-exchange', `Wix refused a sign-in code: ${describeError(exchangeError)}`);
    return classifyTokenError(exchangeError) === 'refused'
      ? failed('Sign-in failed', 'Wix did not accept this sign-in. It may have been used already.')
      : failed('Sign-in is unavailable right now', 'We could not reach Wix.', undefined, 503);
  }
  const [memberName, cartCount] = await Promise.all([
    getCurrentMember(tokens).then(
      (member) => member.name,
      () => undefined,
    ),
    // The visitor's cart goes to the member (read with the pre-login session's visitor tokens).
    keepCartAtSignIn(session?.tokens, tokens),
  ]);
  // A brand-new session: nothing from the pre-login cookie carries over (session fixation).
  // Its lifetime runs from now; token renewals never move `signedInAt`.
  await writeSession(cookieStore, {
    v: 1,
    tokens,
    signedInAt: now,
    seenAt: now,
    ...(memberName ? { memberName } : {}),
    ...(cartCount !== null ? { cart: { count: cartCount } } : {}),
  });
  return new Response(null, {
    status: 303,
    headers: { Location: `${getEnv().siteUrl}${login.returnTo}`, ...PRIVATE },
  });
}
