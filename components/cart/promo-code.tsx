'use client';

import type { FormEvent } from 'react';
import type { Cart } from '@/lib/wix/cart-types';
import { applyCoupon, removeCoupon } from './actions';
import { asFormAction } from './form-action';

type Props = {
  coupon: Cart['coupon'];
  pending: boolean;
  error: string | null;
  onApply: (event: FormEvent<HTMLFormElement>) => void;
  onRemove: (event: FormEvent<HTMLFormElement>) => void;
};

/** The promo code field, or the applied code with a way to take it off. */
export function PromoCode({ coupon, pending, error, onApply, onRemove }: Props) {
  if (coupon) {
    return (
      <form
        action={asFormAction(removeCoupon)}
        onSubmit={onRemove}
        className="flex flex-wrap items-center gap-3 text-sm"
      >
        <input type="hidden" name="couponId" value={coupon.id} />
        <p>Promo code {coupon.code} applied</p>
        <button type="submit" className="underline hover:no-underline">
          Remove promo code
        </button>
      </form>
    );
  }
  return (
    <form action={asFormAction(applyCoupon)} onSubmit={onApply} className="flex flex-col gap-2">
      <label htmlFor="promo-code" className="text-sm font-medium">
        Promo code
      </label>
      <div className="flex gap-2">
        <input
          id="promo-code"
          name="code"
          required
          maxLength={30}
          autoComplete="off"
          aria-describedby={error ? 'promo-code-error' : undefined}
          className="min-w-0 flex-1 rounded border border-zinc-300 px-3 py-2"
        />
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className="rounded border border-zinc-900 px-4 py-2 font-semibold hover:bg-zinc-100"
        >
          Apply
        </button>
      </div>
      {error ? (
        <p id="promo-code-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
