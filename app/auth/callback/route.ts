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

/** Finishes a sign-in; every failure leaves the session exactly as it was. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const code = params.get('code');
  const state = params.get('state');
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description') ?? undefined;
    return error === 'access_denied'
      ? failed(
          'Sign-in cancelled',
          'You cancelled signing in. You are still browsing as a guest.',
          description,
        )
      : failed(
          'Sign-in did not complete',
          // Only OAuth's own codes are named: the link could carry anyone's text.
          OAUTH_ERRORS.has(error) ? `Wix ended the sign-in (${error}).` : 'Wix ended the sign-in.',
          description,
        );
  }
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
  if (login.expiresAt <= nowInSeconds()) {
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
  await writeSession(cookieStore, {
    v: 1,
    tokens,
    ...(memberName ? { memberName } : {}),
    ...(cartCount !== null ? { cart: { count: cartCount } } : {}),
  });
  return new Response(null, {
    status: 303,
    headers: { Location: `${getEnv().siteUrl}${login.returnTo}`, ...PRIVATE },
  });
}
