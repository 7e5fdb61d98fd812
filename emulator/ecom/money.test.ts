import { describe, expect, it } from 'vitest';
import { decimalString, formatMoney, multiCurrency, percentOf, sumCents, toCents } from './money';

describe('money in cents', () => {
  it('converts catalog prices without floating-point drift', () => {
    expect(toCents(31.2)).toBe(3120);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(59)).toBe(5900);
    expect(sumCents([toCents(0.1), toCents(0.2)])).toBe(30);
  });

  it('prints Wix decimal strings without trailing zeros', () => {
    expect(decimalString(1250)).toBe('12.5');
    expect(decimalString(4000)).toBe('40');
    expect(decimalString(5)).toBe('0.05');
    expect(decimalString(0)).toBe('0');
    expect(decimalString(123456789)).toBe('1234567.89');
  });

  it('formats with the currency symbol and two decimals', () => {
    expect(formatMoney(1250, 'USD')).toBe('$12.50');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
    expect(formatMoney(123456, 'USD')).toBe('$1,234.56');
    expect(formatMoney(990, 'EUR')).toBe('€9.90');
  });

  it('takes percentages rounded half up to the cent', () => {
    expect(percentOf(3120, 10)).toBe(312);
    expect(percentOf(5, 10)).toBe(1); // 0.5 cent rounds up
    expect(percentOf(4, 10)).toBe(0);
    expect(percentOf(9999, 10)).toBe(1000);
  });

  it('builds MultiCurrencyPrice with strings only', () => {
    expect(multiCurrency(1250, 'USD')).toEqual({
      amount: '12.5',
      convertedAmount: '12.5',
      formattedAmount: '$12.50',
      formattedConvertedAmount: '$12.50',
    });
  });
});
