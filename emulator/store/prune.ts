import { DOMAIN_STATES } from '../domains/state';
import type { State } from './schema';

/** Drops expired auth codes, redirect sessions and login sessions; returns how many went. */
export function pruneExpired(state: State, now: number): number {
  let removed = 0;
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
