import type { CartLine } from './model';

// Pure line arithmetic: every function returns new lines or a reason, never half a change.

/** Typings: `lineItems` @maxSize 300 per cart; quantity @min 1 @max 100000. */
export const MAX_CART_LINES = 300;
export const MAX_QUANTITY = 100_000;

export type NewLine = Omit<CartLine, 'id'>;

export type LinesResult =
  | { ok: true; lines: CartLine[] }
  | { ok: false; reason: 'max-lines'; count: number }
  | { ok: false; reason: 'max-quantity'; index: number };

/** Adds items; one already in the cart (same key) keeps its line and id and sums the quantity. */
export function addLines(
  lines: readonly CartLine[],
  additions: readonly NewLine[],
  newId: () => string,
): LinesResult {
  const next = lines.map((line) => ({ ...line }));
  for (const [index, addition] of additions.entries()) {
    const existing = next.find((line) => line.key === addition.key);
    if (existing) {
      existing.quantity += addition.quantity;
      if (existing.quantity > MAX_QUANTITY) return { ok: false, reason: 'max-quantity', index };
    } else {
      next.push({ id: newId(), ...addition });
    }
  }
  if (next.length > MAX_CART_LINES) return { ok: false, reason: 'max-lines', count: next.length };
  return { ok: true, lines: next };
}

/** New quantities by line id; ids not in the cart are reported, nothing changes then. */
export function setQuantities(
  lines: readonly CartLine[],
  updates: readonly { id: string; quantity: number }[],
): { ok: true; lines: CartLine[] } | { ok: false; unknownIds: string[] } {
  const unknownIds = updates.map((u) => u.id).filter((id) => !lines.some((l) => l.id === id));
  if (unknownIds.length) return { ok: false, unknownIds };
  const next = lines.map((line) => {
    const update = updates.find((u) => u.id === line.id);
    return update ? { ...line, quantity: update.quantity } : { ...line };
  });
  return { ok: true, lines: next };
}

export const removeLines = (lines: readonly CartLine[], ids: readonly string[]): CartLine[] =>
  lines.filter((line) => !ids.includes(line.id));

/** Sign-in merge: the member's lines first, the visitor's added to them; capped, never refused. */
export function mergeCarts(
  target: readonly CartLine[],
  source: readonly CartLine[],
  newId: () => string,
): CartLine[] {
  const next = target.map((line) => ({ ...line }));
  for (const line of source) {
    const existing = next.find((l) => l.key === line.key);
    if (existing) existing.quantity = Math.min(MAX_QUANTITY, existing.quantity + line.quantity);
    else if (next.length < MAX_CART_LINES) next.push({ ...line, id: newId() });
  }
  return next;
}
