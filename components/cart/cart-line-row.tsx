'use client';

import type { FormEvent } from 'react';
import { MAX_QUANTITY, MIN_QUANTITY } from '@/lib/cart/limits';
import type { CartLine } from '@/lib/wix/cart-types';
import { removeItem, updateItemQuantity } from './actions';
import { asFormAction } from './form-action';
import { LineDetails } from './line-details';

type Props = {
  line: CartLine;
  onQuantity: (event: FormEvent<HTMLFormElement>, line: CartLine) => void;
  onRemove: (event: FormEvent<HTMLFormElement>, line: CartLine) => void;
};

const stepButton =
  'size-9 rounded border border-zinc-300 text-lg leading-none hover:bg-zinc-100 disabled:opacity-40';

/** One line of the cart page: every control is a form that also works without JavaScript. */
export function CartLineRow({ line, onQuantity, onRemove }: Props) {
  const quantity = line.requestedQuantity;
  return (
    <li className="flex flex-wrap items-start justify-between gap-4 border-b border-zinc-200 py-5">
      <LineDetails line={line} />
      <div className="flex flex-col items-end gap-3 text-sm">
        <p>
          <span className="text-zinc-600">Each </span>
          {line.unitPrice}
        </p>
        <p className="text-base font-semibold">{line.linePrice}</p>
        <form
          action={asFormAction(updateItemQuantity)}
          onSubmit={(event) => onQuantity(event, line)}
          className="flex items-center gap-1.5"
        >
          <input type="hidden" name="lineId" value={line.id} />
          {/* Enter in the field submits with the first button: make that a plain update. */}
          <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">
            Update
          </button>
          <button
            type="submit"
            name="step"
            value="-1"
            disabled={quantity <= MIN_QUANTITY}
            aria-label={`Decrease quantity of ${line.name}`}
            className={stepButton}
          >
            −
          </button>
          <label htmlFor={`quantity-${line.id}`} className="sr-only">
            Quantity of {line.name}
          </label>
          <input
            // A new quantity from Wix (or an optimistic one) resets what the field shows.
            key={quantity}
            id={`quantity-${line.id}`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={MIN_QUANTITY}
            max={MAX_QUANTITY}
            defaultValue={quantity}
            required
            className="w-20 rounded border border-zinc-300 px-2 py-1.5 text-center"
          />
          <button
            type="submit"
            name="step"
            value="1"
            disabled={quantity >= MAX_QUANTITY}
            aria-label={`Increase quantity of ${line.name}`}
            className={stepButton}
          >
            +
          </button>
          <button
            type="submit"
            aria-label={`Update quantity of ${line.name}`}
            className="ml-1 underline hover:no-underline"
          >
            Update
          </button>
        </form>
        <form action={asFormAction(removeItem)} onSubmit={(event) => onRemove(event, line)}>
          <input type="hidden" name="lineId" value={line.id} />
          <button
            type="submit"
            aria-label={`Remove ${line.name}`}
            className="text-red-700 underline hover:no-underline"
          >
            Remove
          </button>
        </form>
      </div>
    </li>
  );
}
