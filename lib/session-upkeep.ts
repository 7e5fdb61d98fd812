import { getEnv } from './env';
import { warnOnce } from './server-log';
import { emptySession, openSession, sealSession, type SessionData } from './session';
import { decideSessionLifetime, markSeen, type SessionLimits } from './session-lifetime';
import { mintVisitorTokens, renewSessionTokens } from './wix/auth';
import { classifyTokenError, describeError, isUnknownClient } from './wix/errors';
import { decideTokenAction } from './wix/token-expiry';
import type { SessionTokens } from './wix/types';

/**
 * Routes where a visitor first needs a Wix identity; elsewhere a cookieless request mints
 * nothing (cart actions and /login mint their own, at the moment they need one).
 */
export const SESSION_ROUTES = ['/account'];

/** Routes that read and write the session themselves (one cookie writer per response). */
export const SELF_MANAGED_ROUTES = ['/login', '/auth/callback', '/logout'];

function matches(pathname: string, routes: readonly string[]): boolean {
  return routes.some((route) => pathname === route || pathname.startsWith(`${route}/`));
}

export function needsSession(pathname: string): boolean {
  return matches(pathname, SESSION_ROUTES);
}

export function managesOwnSession(pathname: string): boolean {
  return matches(pathname, SELF_MANAGED_ROUTES);
}

export type UpkeepResult =
  | { kind: 'unchanged'; session: SessionData }
  | { kind: 'updated'; session: SessionData }
  /**
   * Wix could not give this browser tokens now: go on without touching its cookie.
   * `not-authorized` means Wix does not know this shop's OAuth app (deleted, or a wrong
   * WIX_CLIENT_ID).
   */
  | { kind: 'unavailable'; reason: 'unreachable' | 'not-authorized' };

export type TokenSource = {
  mint: () => Promise<SessionTokens>;
  renew: (tokens: SessionTokens) => Promise<SessionTokens>;
};

const wix: TokenSource = { mint: mintVisitorTokens, renew: renewSessionTokens };

/** How long a page view waits for Wix's token endpoint before it goes on without it. */
export const TOKEN_DEADLINE_MS = 3000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Wix token endpoint did not answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function reportTokenFailure(step: string, error: unknown): void {
  if (isUnknownClient(error)) {
    warnOnce(
      'unknown-client',
      `This store is not connected to Wix (OAuth app not authorized): Wix refused client id ${getEnv().wixClientId} (invalid_client). The OAuth app was deleted or WIX_CLIENT_ID is wrong: create one (Headless Settings, or npm run oauth-apps -- create) and set WIX_CLIENT_ID.`,
    );
  } else {
    warnOnce(`token-${step}`, `could not ${step} Wix tokens: ${describeError(error)}`);
  }
}

/**
 * Keeps the session's Wix tokens usable: mints visitor tokens when there are none, renews
 * tokens about to expire, and falls back to a fresh visitor when Wix refuses a renewal
 * (a member whose refresh token was revoked becomes a visitor, with no error page). A member
 * session past its lifetime or idle timeout ends the same way, even when Wix is unreachable
 * (it then has no tokens until Wix answers again).
 */
export async function upkeepSession(
  current: SessionData | null,
  nowSeconds: number,
  source: TokenSource = wix,
  deadlineMs = TOKEN_DEADLINE_MS,
  limits: SessionLimits = getEnv().sessionLimits,
): Promise<UpkeepResult> {
  const lifetime = decideSessionLifetime(current, nowSeconds, limits);
  if (lifetime === 'ended') return startVisitor(current, source, deadlineMs, true);
  const action = decideTokenAction(current?.tokens, nowSeconds);
  if (current && action === 'keep') {
    return lifetime === 'touch'
      ? { kind: 'updated', session: markSeen(current, nowSeconds) }
      : { kind: 'unchanged', session: current };
  }
  if (current?.tokens && action === 'renew') {
    try {
      const tokens = await withDeadline(source.renew(current.tokens), deadlineMs);
      // Writing the cookie anyway: the visit is recorded for free (the sign-in time stays).
      return { kind: 'updated', session: markSeen({ ...current, tokens }, nowSeconds) };
    } catch (error) {
      if (classifyTokenError(error) === 'unavailable') {
        reportTokenFailure('renew', error);
        return { kind: 'unavailable', reason: 'unreachable' };
      }
    }
  }
  return startVisitor(current, source, deadlineMs, false);
}

/** A fresh visitor session (pending sign-ins kept); `ending` a member's, it ends regardless. */
async function startVisitor(
  current: SessionData | null,
  source: TokenSource,
  deadlineMs: number,
  ending: boolean,
): Promise<UpkeepResult> {
  const fresh: SessionData = { ...emptySession(), logins: current?.logins };
  try {
    const tokens = await withDeadline(source.mint(), deadlineMs);
    return { kind: 'updated', session: { ...fresh, tokens } };
  } catch (error) {
    reportTokenFailure('mint', error);
    if (ending) return { kind: 'updated', session: fresh };
    return {
      kind: 'unavailable',
      reason: isUnknownClient(error) ? 'not-authorized' : 'unreachable',
    };
  }
}

/**
 * The cookie's new seal, or null when it may stay as it is: upkeep changed the session, or an
 * older SESSION_SECRET sealed it (rotation reaches every cookie at its next read, not only at
 * its next renewal).
 */
export async function resealCookie(
  cookie: string | undefined,
  nowSeconds: number,
  secrets: readonly string[] = getEnv().sessionSecrets,
  source: TokenSource = wix,
): Promise<string | null> {
  const { session, sealedWithOlderSecret } = await openSession(cookie, secrets);
  const result = await upkeepSession(session, nowSeconds, source);
  if (result.kind === 'updated') return sealSession(result.session, secrets);
  return sealedWithOlderSecret && session ? sealSession(session, secrets) : null;
}
