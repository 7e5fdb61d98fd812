import { DOMAIN_STATES } from '../domains/state';
import type { State } from './schema';

const DAY_MS = 24 * 3600 * 1000;
/** A grant nobody renewed for this long is forgotten (the shop's own session lasts 30 days). */
export const GRANT_IDLE_MS = 30 * DAY_MS;
/** A revoked grant is kept a day, so its refresh token still fails with "revoked". */
export const REVOKED_GRANT_KEPT_MS = DAY_MS;

/**
 * Drops expired auth codes, redirect sessions and login sessions, idle and revoked refresh
 * grants, and what each domain says has expired; returns how many core entries went.
 */
export function pruneExpired(state: State, now: number): number {
  let removed = 0;
  for (const [id, grant] of Object.entries(state.refreshGrants)) {
    const idle = now - (grant.lastUsedAt ?? grant.createdAt) > GRANT_IDLE_MS;
    const revoked = grant.revokedAt !== null && now - grant.revokedAt > REVOKED_GRANT_KEPT_MS;
    if (idle || revoked) {
      delete state.refreshGrants[id];
      removed++;
    }
  }
  for (const table of [state.authCodes, state.redirectSessions, state.loginSessions]) {
    for (const [key, entry] of Object.entries(table)) {
      if (entry.expiresAt <= now) {
        delete table[key];
        removed++;
      }
    }
  }
  for (const [key, domain] of Object.entries(DOMAIN_STATES)) {
    const prune = domain.prune as ((slice: unknown, now: number) => void) | undefined;
    prune?.(state[key as keyof typeof DOMAIN_STATES], now);
  }
  return removed;
}
