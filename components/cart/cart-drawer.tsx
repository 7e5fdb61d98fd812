'use client';

import Link from 'next/link';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Cart } from '@/lib/wix/cart-types';
import { CheckoutButton } from './checkout-button';
import { LineDetails, TotalsList } from './line-details';

type Props = { cart: Cart; onClose: () => void };

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]';

/**
 * The cart after an add: a modal dialog (the page behind is inert), focus inside and kept
 * there, closed by Escape or "Close cart", focus back where it was.
 */
export function CartDrawer({ cart, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  // A modal dialog lets Tab leave the page for the browser's own UI: wrap around instead.
  function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialog.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="cart-drawer-title"
      aria-modal="true"
      onKeyDown={trapTab}
      // Escape: the browser would close the dialog itself; let React own the state instead.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Browsers may close a modal dialog themselves (a repeated Escape): follow them.
      onClose={onClose}
      className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-full max-w-md overflow-y-auto bg-white p-6 shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between gap-4">
        <h2 id="cart-drawer-title" className="text-xl font-bold">
          Your cart
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100"
        >
          Close cart
        </button>
      </div>
      {cart.lines.length ? (
        <ul className="mt-6 flex flex-col gap-4" aria-label="Items in your cart">
          {cart.lines.map((line) => (
            <li key={line.id} className="flex justify-between gap-4">
              <LineDetails line={line} />
              <div className="shrink-0 text-right text-sm">
                <p>Qty {line.requestedQuantity}</p>
                <p className="font-medium">{line.linePrice}</p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-zinc-600">Your cart is empty</p>
      )}
      <div className="mt-6 border-t border-zinc-200 pt-4">
        <TotalsList totals={cart.totals} subtotal={cart.subtotal} testIds={false} />
      </div>
      <div className="mt-6 flex flex-col gap-3">
        <Link
          href="/cart"
          prefetch={false}
          onClick={onClose}
          className="rounded-md border border-zinc-300 px-5 py-3 text-center font-semibold hover:bg-zinc-100"
        >
          View cart
        </Link>
        <CheckoutButton disabled={!cart.lines.length} />
      </div>
    </dialog>
  );
}
