import { describe, expect, it } from 'vitest';
import { checkCoupon, couponDiscount } from './coupons';
import { seedEcom } from './state';

const { coupons } = seedEcom();
const NOW = Date.parse('2025-06-01T00:00:00Z');

describe('coupon rules', () => {
  it('accepts SAVE10 in any case and with spaces', () => {
    for (const code of ['SAVE10', 'save10', '  Save10 ']) {
      const check = checkCoupon(coupons, code, NOW);
      expect(check.ok && check.coupon.code).toBe('SAVE10');
    }
  });

  it('refuses an unknown code and an expired one, with the reason', () => {
    expect(checkCoupon(coupons, 'NOPE', NOW)).toEqual({
      ok: false,
      reason: 'unknown',
      code: 'NOPE',
    });
    expect(checkCoupon(coupons, 'expired20', NOW)).toEqual({
      ok: false,
      reason: 'expired',
      code: 'EXPIRED20',
    });
  });

  it('treats EXPIRED20 as valid before its end date', () => {
    expect(checkCoupon(coupons, 'EXPIRED20', Date.parse('2023-12-31T23:59:59Z')).ok).toBe(true);
  });

  it('does not let prototype keys pass as codes', () => {
    expect(checkCoupon(coupons, 'constructor', NOW).ok).toBe(false);
  });

  it('takes 10% of the subtotal in cents, rounded half up', () => {
    const save10 = coupons.SAVE10;
    if (!save10) throw new Error('seed has SAVE10');
    expect(couponDiscount(save10, 3120)).toBe(312);
    expect(couponDiscount(save10, 12345)).toBe(1235);
    expect(couponDiscount(save10, 0)).toBe(0);
  });
});
