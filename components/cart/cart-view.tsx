'use client';

import Link from 'next/link';
import { useEffect, useOptimistic, useState, useTransition, type FormEvent } from 'react';
import { cartReducer, countDelta, type CartAction } from '@/lib/cart/optimistic';
import type { Cart, CartLine } from '@/lib/wix/cart-types';
import type { CartActionResult } from './cart-action';
import { applyCoupon, getCart, removeCoupon, removeItem, updateItemQuantity } from './actions';
import { CartLineRow } from './cart-line-row';
import { CheckoutButton } from './checkout-button';
import { TotalsList } from './line-details';
import { PromoCode } from './promo-code';
import { cartCount } from './session-store';
import { scriptedFormData } from './use-cart-form';

type Notice = { tone: 'status' | 'alert'; text: string } | null;
type Props = { initialCart: Cart; countIsStale: boolean; notice: Notice };

/** The cart page's interactive part: optimistic over the pure reducer, settled by Wix's answers. */
export function CartView({ initialCart, countIsStale, notice }: Props) {
  const [cart, setCart] = useState(initialCart);
  const [shown, apply] = useOptimistic(cart, cartReducer);
  const [status, setStatus] = useState(notice?.tone === 'status' ? notice.text : '');
  const [error, setError] = useState(notice?.tone === 'alert' ? notice.text : null);
  const [couponError, setCouponError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    cartCount.settle(null, initialCart.count);
    // The session's count was older than Wix's cart: store Wix's (an action may write cookies).
    if (countIsStale) void getCart();
  }, [initialCart.count, countIsStale]);

  function run(
    data: FormData,
    action: CartAction | null,
    call: (data: FormData) => Promise<CartActionResult>,
    done: (result: Extract<CartActionResult, { ok: true }>) => string,
    onError: (message: string) => void = setError,
  ) {
    setError(null);
    setCouponError(null);
    const step = action ? cartCount.begin(countDelta(shown, action)) : null;
    startTransition(async () => {
      if (action) apply(action);
      const result = await call(data).catch(() => null);
      cartCount.settle(step, result?.cart?.count);
      // React 19: state set after an await needs its own transition to land with it.
      startTransition(() => {
        if (result?.cart) setCart(result.cart);
        if (result?.ok) setStatus(done(result));
        else onError(result?.error ?? "We could not reach the shop's cart, nothing was changed.");
      });
    });
  }

  function changeQuantity(event: FormEvent<HTMLFormElement>, line: CartLine) {
    const data = scriptedFormData(event);
    const quantity = Number(data.get('quantity')) + Number(data.get('step') ?? 0);
    const valid = Number.isInteger(quantity) && quantity >= 1;
    const action: CartAction | null = valid
      ? { type: 'set-quantity', lineId: line.id, quantity }
      : null;
    run(data, action, updateItemQuantity, () => `Quantity of ${line.name} updated`);
  }

  function remove(event: FormEvent<HTMLFormElement>, line: CartLine) {
    const data = scriptedFormData(event);
    run(data, { type: 'remove', lineId: line.id }, removeItem, () => `Removed ${line.name}`);
  }

  function applyCode(event: FormEvent<HTMLFormElement>) {
    const data = scriptedFormData(event);
    if (pending) return;
    run(
      data,
      null,
      applyCoupon,
      // Not the summary's own words, so the page never says them twice.
      (r) => `Applied ${r.cart.coupon?.code ?? 'the code'}: the total includes the discount`,
      setCouponError,
    );
  }

  function removeCode(event: FormEvent<HTMLFormElement>) {
    run(scriptedFormData(event), null, removeCoupon, () => 'Promo code removed');
  }

  return (
    <div className="mt-8">
      <p role="status" className="min-h-5 text-sm text-zinc-700">
        {status}
      </p>
      {error ? (
        <p role="alert" className="mt-2 rounded border border-red-200 bg-red-50 p-3 text-red-800">
          {error}
        </p>
      ) : null}
      {shown.lines.length === 0 ? (
        <div className="mt-6">
          <p className="text-lg">Your cart is empty</p>
          <Link href="/products" className="mt-4 inline-block font-semibold underline">
            Continue shopping
          </Link>
        </div>
      ) : (
        <div className="mt-4 grid gap-10 lg:grid-cols-[1fr_20rem]">
          <ul aria-label="Cart items">
            {shown.lines.map((line) => (
              <CartLineRow
                key={line.id}
                line={line}
                onQuantity={changeQuantity}
                onRemove={remove}
              />
            ))}
          </ul>
          <section aria-label="Order summary" className="flex flex-col gap-6">
            <PromoCode
              coupon={shown.coupon}
              pending={pending}
              error={couponError}
              onApply={applyCode}
              onRemove={removeCode}
            />
            <TotalsList totals={shown.totals} testIds />
            <CheckoutButton />
          </section>
        </div>
      )}
    </div>
  );
}
