import type { EmulatorContext } from '../context';
import { newId } from '../crypto';
import type { RedirectSession } from '../store/schema';

export const REDIRECT_SESSION_TTL_MS = 60 * 60 * 1000;

/** The hosted page under /_wix/ that a session's fullUrl opens (login, logout, checkout, …). */
export type HostedPage = string;

type Intent = Pick<RedirectSession, 'auth' | 'logout' | 'intent'>;

export function createRedirectSession(ctx: EmulatorContext, intent: Intent): RedirectSession {
  const now = ctx.clock();
  const session: RedirectSession = {
    id: newId(),
    createdAt: now,
    expiresAt: now + REDIRECT_SESSION_TTL_MS,
    ...intent,
  };
  ctx.store.state.redirectSessions[session.id] = session;
  ctx.store.changed();
  return session;
}

/** The session when it exists and has not expired. */
export function findRedirectSession(
  ctx: EmulatorContext,
  id: string | undefined,
): RedirectSession | null {
  const session = id ? ctx.store.state.redirectSessions[id] : undefined;
  return session && session.expiresAt > ctx.clock() ? session : null;
}

/** The wire shape; the SDK dereferences `urlDetails.endpoint` without `?.`, so it is always present. */
export function redirectSessionBody(
  ctx: EmulatorContext,
  session: RedirectSession,
  page: HostedPage,
) {
  const endpoint = `${ctx.config.publicUrl}/_wix/${page}`;
  const fullUrl = `${endpoint}?session=${encodeURIComponent(session.id)}`;
  return {
    redirectSession: {
      id: session.id,
      fullUrl,
      urlDetails: { endpoint, searchParams: { session: session.id } },
      sessionToken: null,
      shortUrl: fullUrl,
    },
  };
}
