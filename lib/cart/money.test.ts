import { describe, expect, it } from 'vitest';
import { formatWixMoney, isZeroMoney, UNKNOWN_AMOUNT } from './money';

describe('formatWixMoney', () => {
  it('shows Wix’s formatted copy when there is one (the converted one first)', () => {
    expect(formatWixMoney({ amount: '25', formattedAmount: '$25.00' }, 'USD')).toBe('$25.00');
    expect(
      formatWixMoney({ formattedAmount: '$25.00', formattedConvertedAmount: '€23.10' }, 'USD'),
    ).toBe('€23.10');
  });

  it('formats the exact decimal string otherwise, never through a float', () => {
    expect(formatWixMoney({ amount: '67.5' }, 'USD')).toBe('$67.50');
    expect(formatWixMoney({ amount: '0.1', convertedAmount: '0.3' }, 'EUR')).toBe('€0.30');
    expect(formatWixMoney({ amount: '999999999999999.995' }, 'USD')).toBe(
      '$1,000,000,000,000,000.00',
    );
  });

  it('says nothing rather than inventing a figure for a bad answer', () => {
    expect(formatWixMoney(null, 'USD')).toBe(UNKNOWN_AMOUNT);
    expect(formatWixMoney({ amount: 'NaN' }, 'USD')).toBe(UNKNOWN_AMOUNT);
    expect(formatWixMoney({ amount: '-1' }, 'USD')).toBe(UNKNOWN_AMOUNT);
    expect(formatWixMoney({ amount: '1' }, 'dollars')).toBe('$1.00');
  });
});

describe('isZeroMoney', () => {
  it.each([
    [{ amount: '0' }, true],
    [{ amount: '0.00' }, true],
    [{}, true],
    [null, true],
    [{ amount: '7.50' }, false],
    [{ amount: '0', convertedAmount: '0.01' }, false],
  ])('%j → %s', (money, expected) => {
    expect(isZeroMoney(money)).toBe(expected);
  });
});
