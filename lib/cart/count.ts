/**
 * The header's cart count: the last count Wix confirmed plus the steps of actions still waiting
 * for Wix. Pure; components/cart/session-store.ts keeps one of these per tab.
 */
export type CountState = {
  /** Null until the session (or a cart action) has said. */
  confirmed: number | null;
  pending: ReadonlyArray<{ id: number; delta: number }>;
};

export const INITIAL_COUNT: CountState = { confirmed: null, pending: [] };

/** What the header shows; null while nothing is known yet. */
export function shownCount(state: CountState): number | null {
  if (state.confirmed === null) return null;
  const sum = state.pending.reduce((n, p) => n + p.delta, state.confirmed);
  return Math.max(0, sum);
}

export function beginStep(state: CountState, id: number, delta: number): CountState {
  return { ...state, pending: [...state.pending, { id, delta }] };
}

/**
 * Ends a step: with Wix's count when it answered (later steps still count on top of it), or
 * without one, which rolls the step back.
 */
export function settleStep(state: CountState, id: number, count?: number): CountState {
  const pending = state.pending.filter((p) => p.id !== id);
  return { confirmed: count ?? state.confirmed, pending };
}

/** The session's count counts only until a cart action has answered (it is older). */
export function loadSessionCount(state: CountState, count: number): CountState {
  return state.confirmed === null ? { ...state, confirmed: count } : state;
}

/** The header link's accessible name: "Cart, 1 item", "Cart, 3 items"; just "Cart" while unknown. */
export function cartLinkLabel(count: number | null): string {
  return count === null ? 'Cart' : `Cart, ${count} ${count === 1 ? 'item' : 'items'}`;
}
