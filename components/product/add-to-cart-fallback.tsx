import { addItem } from '@/components/cart/actions';
import { asFormAction } from '@/components/cart/form-action';
import { MAX_QUANTITY, MIN_QUANTITY } from '@/lib/cart/limits';
import type { Product } from '@/lib/wix/types';

type Props = { product: Pick<Product, 'id' | 'slug' | 'options' | 'variants'> };

/**
 * What stands in for the variant picker until it runs in the browser. Without JavaScript it is
 * a plain form: its option fields, or else the options in the page's URL, choose the variant on
 * the server. With JavaScript the form never appears (it is inside <noscript>).
 */
export function AddToCartFallback({ product }: Props) {
  const purchasable = product.variants.some((v) => v.inStock);
  return (
    <>
      <div
        aria-hidden="true"
        className="h-28 animate-pulse rounded bg-zinc-100 [@media(scripting:none)]:hidden"
      />
      <noscript>
        <form action={asFormAction(addItem)} className="flex flex-col gap-4">
          <input type="hidden" name="productId" value={product.id} />
          <input type="hidden" name="slug" value={product.slug} />
          {product.options.map((option) => (
            <fieldset key={option.name}>
              <legend className="text-sm font-medium">{option.name}</legend>
              <div className="mt-2 flex flex-wrap gap-3 text-sm">
                {option.choices.map((choice) => (
                  <label key={choice.value} className="flex items-center gap-1.5">
                    <input type="radio" name={`option.${option.name}`} value={choice.value} />
                    {choice.value}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <div className="flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Quantity
              <input
                name="quantity"
                type="number"
                min={MIN_QUANTITY}
                max={MAX_QUANTITY}
                defaultValue={1}
                required
                className="w-24 rounded border border-zinc-300 px-3 py-2 font-normal"
              />
            </label>
            <button
              type="submit"
              disabled={!purchasable}
              aria-describedby={purchasable ? undefined : 'add-to-cart-sold-out'}
              className="rounded-md bg-zinc-900 px-6 py-2.5 font-semibold text-white disabled:opacity-40"
            >
              Add to cart
            </button>
          </div>
          {purchasable ? null : (
            <p id="add-to-cart-sold-out" className="text-sm text-zinc-600">
              Out of stock
            </p>
          )}
        </form>
      </noscript>
    </>
  );
}
