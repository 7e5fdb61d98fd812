import { describe, expect, it } from 'vitest';
import {
  beginStep,
  cartLinkLabel,
  INITIAL_COUNT,
  loadSessionCount,
  settleStep,
  shownCount,
} from './count';

describe('the header count', () => {
  it('is unknown until the session says, then shows it', () => {
    expect(shownCount(INITIAL_COUNT)).toBeNull();
    expect(shownCount(loadSessionCount(INITIAL_COUNT, 3))).toBe(3);
  });

  it('moves at once, then takes the count Wix answered', () => {
    let state = loadSessionCount(INITIAL_COUNT, 1);
    state = beginStep(state, 1, 2);
    expect(shownCount(state)).toBe(3);
    state = settleStep(state, 1, 3);
    expect(state).toEqual({ confirmed: 3, pending: [] });
  });

  it('rolls a refused step back and keeps later steps on top of Wix answers', () => {
    let state = loadSessionCount(INITIAL_COUNT, 1);
    state = beginStep(state, 1, 2);
    state = beginStep(state, 2, 5);
    expect(shownCount(state)).toBe(8);
    state = settleStep(state, 1);
    expect(shownCount(state)).toBe(6);
    state = settleStep(state, 2, 6);
    expect(shownCount(state)).toBe(6);
  });

  it('never goes below zero, and an old session count never overrides Wix', () => {
    let state = beginStep(loadSessionCount(INITIAL_COUNT, 1), 1, -4);
    expect(shownCount(state)).toBe(0);
    state = settleStep(state, 1, 0);
    expect(shownCount(loadSessionCount(state, 9))).toBe(0);
  });
});

describe('cartLinkLabel', () => {
  it.each([
    [null, 'Cart'],
    [0, 'Cart, 0 items'],
    [1, 'Cart, 1 item'],
    [12, 'Cart, 12 items'],
  ])('%s → %s', (count, label) => {
    expect(cartLinkLabel(count)).toBe(label);
  });
});
