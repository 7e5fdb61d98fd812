// What a virtual shopper does next: one of these, by weight.

export const ACTION_WEIGHTS = {
  product: 24,
  listing: 8,
  collection: 8,
  search: 7,
  'random search': 5,
  services: 3,
  service: 5,
  home: 5,
  cart: 4,
  'cart add': 24,
  account: 4,
  checkout: 3,
} as const;

export type Action = keyof typeof ACTION_WEIGHTS;

/** The action whose share of the weights `r` (0 ≤ r < 1) falls in. */
export function pickAction(r: number, weights: Record<Action, number> = ACTION_WEIGHTS): Action {
  const entries = Object.entries(weights) as [Action, number][];
  const sum = entries.reduce((total, [, w]) => total + w, 0);
  let left = r * sum;
  for (const [action, weight] of entries) {
    if (left < weight) return action;
    left -= weight;
  }
  return entries.at(-1)![0];
}

/** One element of a non-empty list, chosen by `r` (0 ≤ r < 1). */
export function pick<T>(list: readonly T[], r: number): T {
  if (list.length === 0) throw new Error('nothing to choose from');
  return list[Math.min(list.length - 1, Math.floor(r * list.length))]!;
}
