import { describe, expect, it } from 'vitest';
import { discountPercent, formatPrice, parseAmount } from './price';

describe('formatPrice', () => {
  it.each([
    [25, 'USD', '$25.00'],
    [1234.5, 'USD', '$1,234.50'],
    [0, 'USD', '$0.00'],
    [19.99, 'EUR', '€19.99'],
  ])('%s %s → %s', (amount, currency, expected) => {
    expect(formatPrice(amount, currency)).toBe(expected);
  });

  it('survives an unknown currency code', () => {
    expect(formatPrice(5, 'NOT-A-CURRENCY')).toBe('5.00');
  });
});

describe('discountPercent', () => {
  it('computes the saving', () => {
    expect(discountPercent(20, 25)).toBe(20);
    expect(discountPercent(66.66, 100)).toBe(33);
  });

  it.each([
    [25, null],
    [25, 25],
    [25, 20],
    [0, 0],
  ])('no discount for %s vs %s', (price, compare) => {
    expect(discountPercent(price, compare)).toBeNull();
  });
});

describe('parseAmount', () => {
  it.each([
    ['25.50', 25.5],
    [12, 12],
    ['', null],
    [null, null],
    ['NaN', null],
    ['abc', null],
  ] as const)('%j → %j', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });
});
