import type { SessionData } from './session';

/** How long a member stays signed in: from sign-in (`maxAge`) and since the last visit (`idle`). */
export type SessionLimits = { maxAgeSeconds: number; idleSeconds: number };

/**
 * `seenAt` is rewritten at most this often (and at every token renewal): each rewrite is a
 * cookie on the response, which makes that page uncacheable.
 */
export const SEEN_REFRESH_SECONDS = 24 * 3600;

/** `touch`: the session goes on, but its last-visit time must be written now. */
export type LifetimeDecision = 'keep' | 'touch' | 'ended';

/** How stale `seenAt` may get: a quarter of the idle timeout when that is under four days. */
export function seenRefreshSeconds(limits: SessionLimits): number {
  return Math.min(SEEN_REFRESH_SECONDS, Math.floor(limits.idleSeconds / 4));
}

/**
 * Whether a member session may go on at `nowSeconds`. Renewing tokens never moves `signedInAt`,
 * so the absolute lifetime holds however active the member is. Visitor sessions never end here.
 */
export function decideSessionLifetime(
  session: SessionData | null,
  nowSeconds: number,
  limits: SessionLimits,
): LifetimeDecision {
  if (session?.tokens?.role !== 'member') return 'keep';
  const { signedInAt, seenAt } = session;
  // Sealed before sign-in times were recorded: the lifetime starts at this first visit.
  if (signedInAt === undefined || seenAt === undefined) return 'touch';
  if (nowSeconds - signedInAt >= limits.maxAgeSeconds) return 'ended';
  if (nowSeconds - seenAt >= limits.idleSeconds) return 'ended';
  return nowSeconds - seenAt >= seenRefreshSeconds(limits) ? 'touch' : 'keep';
}

/** The member session with this visit recorded (a visitor's is returned as it is). */
export function markSeen(session: SessionData, nowSeconds: number): SessionData {
  if (session.tokens?.role !== 'member') return session;
  return { ...session, signedInAt: session.signedInAt ?? nowSeconds, seenAt: nowSeconds };
}
