import { useSyncExternalStore } from 'react';
import type { SessionSummary } from '@/lib/session';
import {
  beginStep,
  INITIAL_COUNT,
  loadSessionCount,
  settleStep,
  shownCount,
  type CountState,
} from '@/lib/cart/count';

// The header's view of this browser's session, shared by the member menu, the cart link and
// every cart form in the tab: read once from /api/session (the cookie, never Wix), then moved
// by cart actions as they happen. Client-only: on the server every render sees "loading".

type Snapshot = {
  /** undefined while /api/session has not answered. */
  member: SessionSummary['member'] | undefined;
  /** null while unknown. */
  count: number | null;
};

const LOADING: Snapshot = { member: undefined, count: null };

let member: Snapshot['member'] = undefined;
let counts: CountState = INITIAL_COUNT;
let snapshot = LOADING;
let nextStep = 1;
let loading = false;
const listeners = new Set<() => void>();

function publish(): void {
  snapshot = { member, count: shownCount(counts) };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads /api/session once per page load; a failure shows a signed-out visitor with 0 items. */
export function loadSession(): void {
  if (loading) return;
  loading = true;
  fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<SessionSummary>) : null))
    .catch(() => null)
    .then((summary) => {
      member = summary?.member ?? null;
      const count = summary?.cart?.count;
      counts = loadSessionCount(counts, typeof count === 'number' ? count : 0);
      publish();
    });
}

export function useSessionSummary(): Snapshot {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => LOADING,
  );
}

/** The header count's optimistic steps (see lib/cart/count.ts). */
export const cartCount = {
  /** Moves the count at once; answers the step to settle when Wix has answered. */
  begin(delta: number): number {
    const id = nextStep++;
    counts = beginStep(counts, id, delta);
    publish();
    return id;
  },
  /** Wix's count, or none to roll the step back. */
  settle(step: number | null, count?: number): void {
    counts =
      step === null
        ? { ...counts, confirmed: count ?? counts.confirmed }
        : settleStep(counts, step, count);
    publish();
  },
};
