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
  return removed;
}
