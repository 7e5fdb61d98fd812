import { percentOf, type Cents } from './money';
import type { Coupon } from './model';

export type CouponCheck =
  { ok: true; coupon: Coupon } | { ok: false; reason: 'unknown' | 'expired'; code: string };

/** Codes are matched case-insensitively, ignoring surrounding spaces. */
export const normaliseCode = (code: string): string => code.trim().toUpperCase();

/** Whether a code can be applied at `now`. */
export function checkCoupon(
  coupons: Readonly<Record<string, Coupon>>,
  code: string,
  now: number,
): CouponCheck {
  const key = normaliseCode(code);
  const coupon = Object.hasOwn(coupons, key) ? coupons[key] : undefined;
  if (!coupon) return { ok: false, reason: 'unknown', code: code.trim() };
  if (coupon.expiresAt !== null && Date.parse(coupon.expiresAt) <= now) {
    return { ok: false, reason: 'expired', code: coupon.code };
  }
  return { ok: true, coupon };
}

/** A percentage off the subtotal, never more than the subtotal. */
export const couponDiscount = (coupon: Coupon, subtotal: Cents): Cents =>
  Math.min(subtotal, percentOf(subtotal, coupon.percentOff));
