import { describe, expect, it } from 'vitest';
import { percentile } from './percentile';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it('takes the nearest rank, whatever the order given', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('answers the one value of a single sample and null for none', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('gives the slow tail its weight in small samples', () => {
    expect(percentile([1, 2, 3, 4, 1000], 99)).toBe(1000);
    expect(percentile([1, 2, 3, 4, 1000], 50)).toBe(3);
  });
});
