'use client';

import { useId, useState, useTransition, type FormEvent } from 'react';
import { addItem } from '@/components/cart/actions';
import { CartDrawer } from '@/components/cart/cart-drawer';
import { asFormAction } from '@/components/cart/form-action';
import { cartCount } from '@/components/cart/session-store';
import { scriptedFormData } from '@/components/cart/use-cart-form';
import { MAX_QUANTITY, MIN_QUANTITY } from '@/lib/cart/limits';
import type { PurchaseCheck } from '@/lib/cart/purchasable';
import type { Cart } from '@/lib/wix/cart-types';

type Props = { product: { id: string; slug: string }; check: PurchaseCheck };

function quantityOf(data: FormData): number | null {
  const value = Number(data.get('quantity'));
  return Number.isInteger(value) && value >= MIN_QUANTITY && value <= MAX_QUANTITY ? value : null;
}

/**
 * "Add to cart" for the variant the picker resolved: the header count moves at once and
 * settles on Wix's answer; the cart drawer opens on success, a refusal is said next to the button.
 */
export function AddToCartForm({ product, check }: Props) {
  const ids = useId();
  const [error, setError] = useState<string | null>(null);
  const [drawer, setDrawer] = useState<Cart | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    const data = scriptedFormData(event);
    if (pending || !check.ok) return;
    const quantity = quantityOf(data);
    if (quantity === null) {
      setError(
        `Enter a whole number from ${MIN_QUANTITY} to ${MAX_QUANTITY.toLocaleString('en-US')}`,
      );
      return;
    }
    setError(null);
    const step = cartCount.begin(quantity);
    startTransition(async () => {
      const result = await addItem(data).catch(() => null);
      cartCount.settle(step, result?.cart?.count);
      if (result?.ok) setDrawer(result.cart);
      else setError(result?.error ?? "We could not reach the shop's cart, nothing was changed.");
    });
  }

  const reasonId = `${ids}-reason`;
  return (
    <>
      <form
        action={asFormAction(addItem)}
        onSubmit={submit}
        className="flex flex-wrap items-end gap-3"
      >
        <input type="hidden" name="productId" value={product.id} />
        <input type="hidden" name="slug" value={product.slug} />
        <input type="hidden" name="variantId" value={check.ok ? check.variant.id : ''} />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${ids}-quantity`} className="text-sm font-medium">
            Quantity
          </label>
          <input
            id={`${ids}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={MIN_QUANTITY}
            max={MAX_QUANTITY}
            step={1}
            defaultValue={1}
            required
            className="w-24 rounded border border-zinc-300 px-3 py-2"
          />
        </div>
        <button
          type="submit"
          disabled={!check.ok}
          aria-disabled={pending || undefined}
          aria-describedby={check.ok ? undefined : reasonId}
          className="rounded-md bg-zinc-900 px-6 py-2.5 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-40"
        >
          Add to cart
        </button>
        {check.ok ? null : (
          <p id={reasonId} className="basis-full text-sm text-zinc-600">
            {check.reason}
          </p>
        )}
        {error ? (
          <p role="alert" className="basis-full text-sm text-red-700">
            {error}
          </p>
        ) : null}
        {pending ? (
          <p role="status" className="basis-full text-sm text-zinc-600">
            Adding to your cart…
          </p>
        ) : null}
      </form>
      {drawer ? <CartDrawer cart={drawer} onClose={() => setDrawer(null)} /> : null}
    </>
  );
}
