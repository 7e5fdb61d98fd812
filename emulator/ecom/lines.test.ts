import { describe, expect, it } from 'vitest';
import {
  addLines,
  MAX_CART_LINES,
  mergeCarts,
  removeLines,
  setQuantities,
  type NewLine,
} from './lines';
import type { CartLine } from './model';

const ref = { appId: 'app', catalogItemId: 'p1' };
const item = (key: string, quantity: number): NewLine => ({
  catalogReference: ref,
  productId: 'p1',
  variantId: key,
  textFields: {},
  key,
  quantity,
});
let counter = 0;
const newId = () => `id-${++counter}`;

describe('adding lines', () => {
  it('merges the same item into one line, keeping its id and summing the quantity', () => {
    const first = addLines([], [item('a', 2)], newId);
    if (!first.ok) throw new Error('first add fails');
    const [line] = first.lines;
    const second = addLines(first.lines, [item('a', 3), item('b', 1)], newId);
    if (!second.ok) throw new Error('second add fails');
    expect(second.lines).toHaveLength(2);
    expect(second.lines[0]).toMatchObject({ id: line?.id, key: 'a', quantity: 5 });
    expect(second.lines[1]).toMatchObject({ key: 'b', quantity: 1 });
  });

  it('merges duplicates inside one request too', () => {
    const result = addLines([], [item('a', 1), item('a', 1)], newId);
    expect(result.ok && result.lines.map((l) => l.quantity)).toEqual([2]);
  });

  it('refuses more than 300 lines and a merged quantity over 100000, changing nothing', () => {
    const full = Array.from({ length: MAX_CART_LINES }, (_, i) => item(`k${i}`, 1));
    const filled = addLines([], full, newId);
    if (!filled.ok) throw new Error('300 lines fit');
    expect(addLines(filled.lines, [item('extra', 1)], newId)).toEqual({
      ok: false,
      reason: 'max-lines',
      count: 301,
    });
    expect(addLines(filled.lines, [item('k0', 100_000)], newId)).toEqual({
      ok: false,
      reason: 'max-quantity',
      index: 0,
    });
    expect(filled.lines[0]?.quantity).toBe(1);
  });
});

describe('quantities and removal', () => {
  const lines: CartLine[] = [
    { id: 'l1', ...item('a', 1) },
    { id: 'l2', ...item('b', 2) },
  ];

  it('sets quantities by id and reports unknown ids without changing anything', () => {
    const set = setQuantities(lines, [{ id: 'l2', quantity: 7 }]);
    expect(set.ok && set.lines.map((l) => l.quantity)).toEqual([1, 7]);
    expect(setQuantities(lines, [{ id: 'nope', quantity: 1 }])).toEqual({
      ok: false,
      unknownIds: ['nope'],
    });
    expect(lines[1]?.quantity).toBe(2);
  });

  it('removes by id and tolerates unknown ids', () => {
    expect(removeLines(lines, ['l1', 'zzz']).map((l) => l.id)).toEqual(['l2']);
  });

  it('merges a visitor cart into a member cart by item, adding quantities', () => {
    const visitor: CartLine[] = [
      { id: 'v1', ...item('b', 3) },
      { id: 'v2', ...item('c', 1) },
    ];
    const merged = mergeCarts(lines, visitor, newId);
    expect(merged.map((l) => [l.key, l.quantity])).toEqual([
      ['a', 1],
      ['b', 5],
      ['c', 1],
    ]);
    expect(merged[1]?.id).toBe('l2');
  });
});
